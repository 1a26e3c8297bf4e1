// Vietnamese names for the fields plan formulas read and for their enum values, so a formula
// can be shown to people as a sentence (describe.ts). Records-backed kinds reuse the labels
// their own modules carry; a plan's declared fields and classifications bring their own.
import { CRIME_STATISTIC_KINDS, CRIME_STATISTICS_PREFIX } from '../statistics/crime-statistics'
import { STANDARDS_PREFIX, UNIT_STANDARD_KINDS } from '../standards/unit-standards'
import { ACTIVITY_LOG_PREFIX } from '../activities/activity-log'
import { MODEL_REGISTER_FIGURES, MODEL_REGISTER_PREFIX } from '../models/model-facts'
import { MODEL_RATING_LABELS } from '../models/model-register'
import {
  AREA_TYPE_LABELS,
  ENTERPRISE_SIZE_LABELS,
  SCHOOL_LEVEL_LABELS,
  UNIT_KIND_LABELS,
  UNIT_SUBTYPES,
} from '../units/unit-kinds'

/** Field names → Vietnamese phrase; value labels per field. */
export type DescribeLabels = {
  fields: Readonly<Record<string, string>>
  values: Readonly<Record<string, Readonly<Record<string, string>>>>
}

const BASE_FIELD_LABELS: Record<string, string> = {
  'unit.kind': 'loại đơn vị',
  'unit.subtype': 'phân loại đơn vị',
  'unit.area': 'khu vực',
  'unit.school_level': 'cấp học',
  'unit.enterprise_size': 'quy mô doanh nghiệp',
  'unit.managing_kind': 'loại đơn vị quản lý',
  'unit.households': 'số hộ gia đình',
  'unit.staff': 'số cán bộ, công chức, viên chức, người lao động',
  'unit.pupils': 'số học sinh, sinh viên',
  'registration.registered': 'đã đăng ký thi đua',
  'antt.registered': 'đã đăng ký xây dựng đạt tiêu chuẩn “An toàn về an ninh, trật tự”',
  'antt.recognized': 'được công nhận đạt tiêu chuẩn “An toàn về an ninh, trật tự”',
  'movement.class': 'xếp loại phong trào',
  'movement.score': 'điểm chấm phong trào',
  'models.count': 'số mô hình',
  'models.effective': 'số mô hình hoạt động hiệu quả',
  'exemplary.registered': 'đã đăng ký xây dựng điển hình tiên tiến',
  'exemplary.recognized': 'được công nhận điển hình tiên tiến',
  'ntm.indicator_19_2': 'đạt chỉ tiêu 19.2 nông thôn mới',
  'ntm.indicator_19_2_enhanced': 'đạt chỉ tiêu 19.2 nông thôn mới nâng cao',
  'ntm.achieved': 'đạt chuẩn nông thôn mới',
  'propaganda.households_reached': 'số hộ gia đình được tuyên truyền',
  'propaganda.staff_reached': 'số cán bộ, công chức, viên chức, người lao động được tuyên truyền',
  'propaganda.pupils_reached': 'số học sinh, sinh viên được tuyên truyền',
  [`${ACTIVITY_LOG_PREFIX}households_reached`]: 'số hộ gia đình được tuyên truyền (sổ hoạt động)',
  [`${ACTIVITY_LOG_PREFIX}staff_reached`]:
    'số cán bộ, công chức, viên chức, người lao động được tuyên truyền (sổ hoạt động)',
  [`${ACTIVITY_LOG_PREFIX}pupils_reached`]:
    'số học sinh, sinh viên được tuyên truyền (sổ hoạt động)',
  [`${ACTIVITY_LOG_PREFIX}propagandists_trained`]:
    'số báo cáo viên, tuyên truyền viên được tập huấn (sổ hoạt động)',
  [`${ACTIVITY_LOG_PREFIX}provincial_articles`]: 'số tin, bài trên báo, đài tỉnh (sổ hoạt động)',
  [`${ACTIVITY_LOG_PREFIX}district_broadcasts`]:
    'số tin, bài phát sóng trên đài huyện (sổ hoạt động)',
  'person.role': 'đối tượng',
  'person.is_leader': 'là lãnh đạo',
  'person.family_cultural': 'gia đình đạt danh hiệu “Gia đình văn hóa”',
  'person.task_rating': 'xếp loại mức độ hoàn thành nhiệm vụ',
  'model.plan_at_start': 'có kế hoạch hoạt động từ đầu năm',
  'model.targets_completed_share': 'tỷ lệ chỉ tiêu đã hoàn thành',
  'model.rating': 'xếp loại mô hình',
  'target.baseline': 'mức của năm gốc',
  ...Object.fromEntries(
    CRIME_STATISTIC_KINDS.map((kind) => [`${CRIME_STATISTICS_PREFIX}${kind.id}`, kind.label]),
  ),
  ...Object.fromEntries(
    UNIT_STANDARD_KINDS.map((kind) => [`${STANDARDS_PREFIX}${kind.id}`, kind.label]),
  ),
  ...Object.fromEntries(
    Object.entries(MODEL_REGISTER_FIGURES).map(([id, label]) => [
      `${MODEL_REGISTER_PREFIX}${id}`,
      label,
    ]),
  ),
}

const SUBTYPE_LABELS: Record<string, string> = Object.fromEntries(
  Object.values(UNIT_SUBTYPES).flatMap((subtypes) => Object.entries(subtypes)),
)
const MOVEMENT_CLASS_LABELS = {
  xuat_sac: 'Xuất sắc',
  kha: 'Khá',
  trung_binh: 'Trung bình',
  yeu: 'Yếu',
}
const TASK_RATING_LABELS = {
  htxs: 'Hoàn thành xuất sắc nhiệm vụ',
  htt: 'Hoàn thành tốt nhiệm vụ',
  ht: 'Hoàn thành nhiệm vụ',
  kht: 'Không hoàn thành nhiệm vụ',
}

const BASE_VALUE_LABELS: Record<string, Record<string, string>> = {
  'unit.kind': UNIT_KIND_LABELS,
  'unit.managing_kind': UNIT_KIND_LABELS,
  'unit.subtype': SUBTYPE_LABELS,
  'unit.area': AREA_TYPE_LABELS,
  'unit.school_level': SCHOOL_LEVEL_LABELS,
  'unit.enterprise_size': ENTERPRISE_SIZE_LABELS,
  'movement.class': MOVEMENT_CLASS_LABELS,
  'person.task_rating': TASK_RATING_LABELS,
  'model.rating': MODEL_RATING_LABELS,
}

type PlanLabelParts = {
  fields: readonly { id: string; label: string; values?: readonly string[] }[]
  classifications: readonly {
    field: string
    label: string
    classes: readonly { value: string; label: string }[]
  }[]
}

/**
 * The labels for one plan's formulas: the base tables, the plan's declared fields and
 * classifications, and any extra value labels the caller holds (e.g. person roles in web text).
 */
export function buildDescribeLabels(
  plan?: PlanLabelParts,
  extraValues: Record<string, Record<string, string>> = {},
): DescribeLabels {
  const fields = { ...BASE_FIELD_LABELS }
  const values: Record<string, Record<string, string>> = { ...BASE_VALUE_LABELS, ...extraValues }
  for (const declared of plan?.fields ?? []) fields[declared.id] = declared.label
  for (const classification of plan?.classifications ?? []) {
    fields[classification.field] = classification.label
    values[classification.field] = Object.fromEntries(
      classification.classes.map((item) => [item.value, item.label]),
    )
  }
  return { fields, values }
}
