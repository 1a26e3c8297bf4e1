// How a plan's machine form reads in Vietnamese: the labels of its enumerations and the
// phrases that describe measures, quotas, deadlines and exclusions. Part of the catalog.
import type {
  AwardForm,
  Comparator,
  Deadline,
  DossierItem,
  Exclusion,
  Measure,
  PersonRole,
  Subject,
  TargetScope,
} from '@antq/core'

const number = (value: number) => new Intl.NumberFormat('vi-VN').format(value)

type Population = Extract<Measure, { type: 'population_share' }>['population']
type Aggregate = Extract<Measure, { type: 'reported_value' }>['aggregate']
type Quota = AwardForm['quota']

export const planTerms = {
  comparatorSymbols: { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' } satisfies Record<
    Comparator,
    string
  >,
  comparatorOptions: {
    '>=': '≥ (từ … trở lên)',
    '>': '> (trên)',
    '<=': '≤ (không quá)',
    '<': '< (dưới)',
    '=': '= (đúng bằng)',
  } satisfies Record<Comparator, string>,
  populations: {
    households: 'hộ gia đình',
    staff: 'cán bộ, công chức, viên chức, người lao động',
    pupils: 'học sinh, sinh viên',
    members: 'thành viên',
    people: 'người',
  } satisfies Record<Population, string>,
  aggregates: { sum: 'tổng', min: 'giá trị nhỏ nhất', max: 'giá trị lớn nhất' } satisfies Record<
    Aggregate,
    string
  >,
  /** The goal of a target, after "≥ 95%". */
  measure: {
    unit_share: 'số đơn vị trong phạm vi đạt điều kiện',
    population_share: (population: Population) => `số ${planTermsPopulation(population)} đạt`,
    ratio: 'tỷ lệ giữa hai chỉ số',
    count: (outOf: number | null) =>
      outOf === null ? 'đơn vị đạt điều kiện' : `đơn vị đạt điều kiện (trên tổng số ${outOf})`,
    change_vs_baseline: (direction: 'decrease' | 'increase', year: number) =>
      `mức ${direction === 'decrease' ? 'giảm' : 'tăng'} so với năm ${year}`,
    reported_value: (aggregate: Aggregate) => `${planTerms.aggregates[aggregate]} chỉ số báo cáo`,
  },
  measureParts: {
    condition: 'Điều kiện',
    reached: 'Số đạt',
    total: 'Tổng số',
    numerator: 'Tử số',
    denominator: 'Mẫu số',
    value: 'Chỉ số',
    among: 'Trong số (trong đó)',
  },
  due: (date: string) => `hạn ${date}`,
  yearly: 'hằng năm',
  upper: (upper: string) => `(đến ${upper})`,
  milestones: 'Mốc trung gian',
  milestone: (goal: string, due: string | null) => (due ? `${goal}, hạn ${due}` : goal),
  scope: 'Phạm vi',
  managedBy: {
    issuer: 'thuộc thẩm quyền hoặc được ủy quyền quản lý',
    territory: 'trên địa bàn',
    level: 'thuộc cấp được đánh giá quản lý',
  } satisfies Record<TargetScope['managedBy'], string>,
  per: {
    province: 'tính riêng từng tỉnh',
    district: 'tính riêng từng huyện',
    commune: 'tính riêng từng xã',
  } satisfies Record<NonNullable<TargetScope['per']>, string>,
  criteriaSets: 'Bộ tiêu chí',
  parentTarget: (id: string) => `Cụ thể hóa chỉ tiêu "${id}" của kế hoạch cấp trên`,
  quotaTypes: {
    fixed: 'Số lượng cố định',
    allocated: 'Theo số lượng cấp trên phân bổ',
    discretion: 'Do cấp có thẩm quyền xem xét, quyết định',
  } satisfies Record<Quota['type'], string>,
  recipients: { collective: 'tập thể', individual: 'cá nhân', both: 'tập thể và cá nhân' },
  quota: (quota: Quota) =>
    quota.type === 'fixed'
      ? `${number(quota.count)} (${planTermsRecipients(quota.recipients)})`
      : quota.type === 'allocated'
        ? `Theo số lượng do ${quota.by} phân bổ`
        : `Do ${quota.by} xem xét, quyết định`,
  award: {
    quota: 'Số lượng',
    authority: 'Của',
    proposer: 'Cơ quan đề nghị',
    decider: 'Cấp quyết định',
    subjects: 'Đối tượng',
    registrable: 'Đăng ký đầu năm',
    dossier: 'Hồ sơ',
    dossierSets: (sets: number, originals: boolean) =>
      `${String(sets).padStart(2, '0')} bộ${originals ? ' (bản chính, dấu đỏ)' : ''}`,
  },
  criteria: {
    condition: (index: number) => `Điều kiện ${index}`,
    gate: (index: number) => `Điều kiện chung ${index}`,
    subjects: 'Áp dụng cho',
    awards: 'Hình thức khen thưởng',
    allAwards: 'Mọi hình thức mà đối tượng được xét',
    computed: 'Điều kiện hệ thống tự tính',
    attested: 'Điều kiện cần minh chứng',
    evidence: 'Minh chứng',
    gates: 'Điều kiện chung để được khen thưởng',
    gateUnitKinds: 'Loại đơn vị',
  },
  dossierKinds: {
    submission_letter: 'Tờ trình',
    list: 'Danh sách',
    minutes: 'Biên bản',
    achievement_report: 'Báo cáo thành tích',
    results_report: 'Báo cáo kết quả',
    title_copies: 'Bản sao danh hiệu, hình thức khen thưởng',
    registration: 'Bản đăng ký',
    other: 'Tài liệu khác',
  } satisfies Record<DossierItem['kind'], string>,
  dossier: { kind: 'Loại', certifiedBy: 'Xác nhận của', optional: 'Không bắt buộc (nếu có)' },
  closes: {
    registration: 'Đăng ký thi đua, đăng ký hình thức khen thưởng',
    plan_submission: 'Gửi kế hoạch thực hiện',
    dossier: 'Gửi hồ sơ đề nghị khen thưởng',
    appraisal: 'Thẩm định thành tích, hồ sơ đề nghị khen thưởng',
    recognition: 'Xét, công nhận',
    report: 'Báo cáo',
    campaign_end: 'Kết thúc đợt thi đua',
  } satisfies Record<Deadline['closes'], string>,
  deadline: {
    date: 'Hạn',
    closes: 'Khóa việc',
    by: 'Đơn vị thực hiện',
    to: 'Gửi về',
    awards: 'Hình thức khen thưởng',
    noDate: 'Chưa ghi ngày',
  },
  subjectKinds: { collective: 'Tập thể', individual: 'Cá nhân' } satisfies Record<
    Subject['kind'],
    string
  >,
  bodies: { model: 'Mô hình', ward_protection_board: 'Ban bảo vệ dân phố' },
  subject: {
    unitKinds: 'Loại đơn vị',
    bodies: 'Tổ chức',
    roles: 'Thành phần',
    legalStatus: 'Chỉ tính đơn vị có tư cách pháp nhân',
  },
  exclusions: 'Loại trừ',
  exclusion: { match: 'Đối tượng bị loại trừ', effects: 'Không áp dụng' },
  exclusionEffects: {
    registration: 'không đăng ký thi đua',
    antt: 'không xét công nhận "An toàn về an ninh, trật tự"',
    classification: 'không đánh giá, phân loại phong trào',
    targets: 'không tính vào chỉ tiêu thi đua',
    awards: 'không xét khen thưởng theo kế hoạch này',
    exemplary: 'không xét công nhận điển hình',
  } satisfies Record<Exclusion['appliesTo'][number], string>,
  exclusionMatch: {
    school: 'Cơ sở giáo dục',
    enterprise: 'Doanh nghiệp quy mô',
    agency: 'Cơ quan',
    person: 'Cá nhân thuộc',
  } satisfies Record<Exclusion['match']['kind'], string>,
  personRoles: {
    grassroots_security_force: 'Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
    semi_professional_commune_police: 'Công an xã bán chuyên trách',
    ward_guard: 'Bảo vệ dân phố',
    security_guard: 'Bảo vệ cơ quan, doanh nghiệp',
    model_member: 'Thành viên mô hình',
    cadre: 'Cán bộ',
    civil_servant: 'Công chức',
    public_employee: 'Viên chức',
    worker: 'Người lao động',
    pupil: 'Học sinh',
    student: 'Sinh viên',
    unit_leader: 'Lãnh đạo cơ quan, đơn vị',
    citizen: 'Quần chúng Nhân dân',
    people_police: 'Công an nhân dân',
    people_army: 'Quân đội nhân dân',
  } satisfies Record<PersonRole, string>,
  task: {
    owner: 'Đơn vị chủ trì',
    coOwners: 'Phối hợp',
    due: 'Hạn',
    window: (from: string, due: string) => `Từ ${from} đến ${due}`,
  },
  notEnforced: { values: 'Số liệu, ngày tháng trong đoạn', reason: 'Lý do không kiểm tra' },
}

function planTermsPopulation(population: Population): string {
  return planTerms.populations[population]
}

function planTermsRecipients(recipients: keyof typeof planTerms.recipients): string {
  return planTerms.recipients[recipients]
}
