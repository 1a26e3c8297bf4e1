// The computed parts of an upward report, one function per part, each from what the record
// holds (read by upward-reports-draft.ts). Adding a part is adding a function and its call.
import {
  describeTargetResult,
  formatDateVi,
  RECOGNITION_KIND_LABELS,
  RECOGNITION_STATUS_LABELS,
  UPWARD_REPORT_STATUS_LABELS,
  type Comparator,
  type Plan,
  type RecognitionKind,
  type RecognitionStatus,
  type Threshold,
  type UpwardReportStatus,
} from '@antq/core'
import type { UpwardReportPartView } from '@antq/documents'
import type { TaskProgress } from './upward-reports-record.repository'

type Part = UpwardReportPartView
const NO_DATA = 'Chưa có số liệu.'
const part = (title: string, paragraphs: string[], table: Part['table'] = null): Part => ({
  title,
  paragraphs,
  table,
})

export type TargetLine = {
  label: string
  numerator: number | null
  denominator: number | null
  value: number | null
  comparator: Comparator
  threshold: Threshold
  statusLabel: string
  missingUnits: number | null
}

/** The plan's targets at the reporting unit, as the dashboard shows them. */
export function describeTargets(targets: readonly TargetLine[]): Part {
  if (targets.length === 0) return part('Kết quả thực hiện các chỉ tiêu', [NO_DATA])
  return part('Kết quả thực hiện các chỉ tiêu', [], {
    columns: ['STT', 'Chỉ tiêu', 'Kết quả', 'Đánh giá'],
    rows: targets.map((target, index) => [
      String(index + 1),
      target.label,
      describeTargetResult(target).split(' · ')[0] ?? '',
      target.statusLabel,
    ]),
  })
}

export function describeRegistrations(counts: {
  takingPart: number
  strivesForAntt: number
  buildsExemplary: number
}): Part {
  return part('Đăng ký tham gia', [
    `Số đơn vị đăng ký tham gia: ${counts.takingPart}; trong đó đăng ký đạt tiêu chuẩn "An toàn về an ninh, trật tự": ${counts.strivesForAntt}, đăng ký xây dựng điển hình: ${counts.buildsExemplary}.`,
  ])
}

const EVALUATION_KINDS: Record<string, string> = {
  antt: 'Đánh giá tiêu chuẩn "An toàn về an ninh, trật tự"',
  movement: 'Phân loại phong trào toàn dân bảo vệ ANTQ',
  exemplary: 'Đánh giá điển hình',
  complexity: 'Đánh giá mức độ phức tạp về ANTT',
  ntm: 'Nông thôn mới',
}
const RESULTS: Record<string, string> = {
  dat: 'đạt',
  chua_dat: 'chưa đạt',
  xuat_sac: 'xuất sắc',
  kha: 'khá',
  trung_binh: 'trung bình',
  yeu: 'yếu',
  tot: 'tốt',
}
type Counted = { kind: string; count: number }
const describeCounts = (rows: readonly (Counted & { result: string | null })[]) =>
  rows.map((row) => `${RESULTS[row.result ?? ''] ?? 'chưa có kết quả'}: ${row.count}`).join('; ')

export function describeEvaluations(
  evaluations: readonly (Counted & { result: string | null })[],
  recognitions: readonly (Counted & { status: string })[],
): Part {
  const kinds = [...new Set(evaluations.map((row) => row.kind))].filter((kind) => kind !== 'model')
  const lines = kinds.map(
    (kind) =>
      `- ${EVALUATION_KINDS[kind] ?? kind}: ${describeCounts(evaluations.filter((row) => row.kind === kind))}.`,
  )
  const recognised = [...new Set(recognitions.map((row) => row.kind))].map((kind) => {
    const counts = recognitions
      .filter((row) => row.kind === kind)
      .map(
        (row) =>
          `${RECOGNITION_STATUS_LABELS[row.status as RecognitionStatus] ?? row.status}: ${row.count}`,
      )
    return `- Công nhận ${RECOGNITION_KIND_LABELS[kind as RecognitionKind] ?? kind}: ${counts.join('; ')}.`
  })
  const all = [...lines, ...recognised]
  return part('Đánh giá, công nhận', all.length > 0 ? all : [NO_DATA])
}

/** Models have no register yet: their rating evaluations (kind `model`) when there are some. */
export function describeModels(evaluations: readonly (Counted & { result: string | null })[]) {
  const models = evaluations.filter((row) => row.kind === 'model')
  if (models.length === 0) return part('Mô hình', ['Chưa có số liệu đánh giá, xếp loại mô hình.'])
  const total = models.reduce((sum, row) => sum + row.count, 0)
  return part('Mô hình', [
    `Số mô hình được đánh giá, xếp loại: ${total} (${describeCounts(models)}).`,
  ])
}

/**
 * The plan's tasks as assigned under the reporting unit (the shares "Giao nhiệm vụ" made): done,
 * of which late, and overdue. Without any share yet, the tasks of the reporter's level are listed
 * as not yet assigned in the system.
 */
export function describeTasks(
  plan: Pick<Plan, 'tasks'>,
  unitKind: string,
  progress: readonly TaskProgress[],
): Part {
  const title = 'Thực hiện nhiệm vụ'
  if (progress.length > 0)
    return part(
      title,
      plan.tasks.flatMap((task) => {
        const each = progress.find((row) => row.taskId === task.id)
        if (!each) return []
        const late = each.doneLate > 0 ? `, trong đó ${each.doneLate} muộn` : ''
        const overdue = each.overdue > 0 ? `; ${each.overdue} quá hạn` : ''
        return [`- ${task.task}: hoàn thành ${each.done}/${each.total}${late}${overdue}.`]
      }),
    )
  const tasks = plan.tasks.filter((task) => (task.ownerLevels as string[]).includes(unitKind))
  if (tasks.length === 0) return part(title, ['Kế hoạch không giao nhiệm vụ riêng cho cấp này.'])
  return part(title, [
    ...tasks.map((task) => {
      const due = task.due ? ` (hạn ${formatDateVi(task.due)})` : ''
      return `- ${task.task}${due}: chưa giao nhiệm vụ trên hệ thống.`
    }),
  ])
}

export function describeAwards(
  awards: readonly { awardForm: string; collectives: number; individuals: number }[],
): Part {
  if (awards.length === 0) return part('Khen thưởng', ['Chưa có quyết định khen thưởng trong năm.'])
  return part(
    'Khen thưởng',
    awards.map(
      (award) =>
        `- ${award.awardForm}: ${award.collectives} tập thể, ${award.individuals} cá nhân.`,
    ),
  )
}

export type LateSummary = {
  registration: { total: number; names: string[] }
  report: { total: number; names: string[]; period: string | null }
}

export function describeLateUnits(late: LateSummary): Part {
  const named = (names: string[], total: number) =>
    names.length === 0 ? '' : ` (${names.join(', ')}${total > names.length ? ', …' : ''})`
  return part('Đơn vị chậm đăng ký, chậm báo cáo', [
    `Số đơn vị chưa đăng ký khi đã hết hạn: ${late.registration.total}${named(late.registration.names, late.registration.total)}.`,
    late.report.period === null
      ? 'Chưa có kỳ báo cáo số liệu nào hết hạn trong năm.'
      : `Số đơn vị chưa gửi báo cáo số liệu ${late.report.period}: ${late.report.total}${named(late.report.names, late.report.total)}.`,
  ])
}

export type LowerReportLine = {
  unitName: string
  obligation: string
  status: UpwardReportStatus | null
  submittedOn: string | null
  late: boolean
  summary: string | null
}

/** The lower levels' reports sent to this unit in the year: who reported, when, what they said. */
export function describeLowerReports(lines: readonly LowerReportLine[]): Part | null {
  if (lines.length === 0) return null
  const sent = lines.filter((line) => line.status === 'submitted' || line.status === 'received')
  return part(
    'Tổng hợp báo cáo của cấp dưới',
    [
      `Đã nhận ${sent.length}/${lines.length} báo cáo của cấp dưới.`,
      ...sent.filter((line) => line.summary).map((line) => `- ${line.unitName}: ${line.summary}`),
    ],
    {
      columns: ['STT', 'Đơn vị', 'Báo cáo', 'Tình trạng'],
      rows: lines.map((line, index) => [
        String(index + 1),
        line.unitName,
        line.obligation,
        line.status === null || line.status === 'draft'
          ? line.late
            ? 'Chậm, chưa gửi'
            : 'Chưa gửi'
          : `${UPWARD_REPORT_STATUS_LABELS[line.status]} ngày ${formatDateVi(line.submittedOn ?? '')}${line.late ? ' (quá hạn)' : ''}`,
      ]),
    },
  )
}
