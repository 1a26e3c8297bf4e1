// The facts eligibility reads for one nominee, each with the Vietnamese line a reviewer sees
// beside the condition ("ANTT 2024: đạt, QĐ số 15/QĐ-UBND ngày 20/11/2024"). The server loads
// the unit's evaluations, registration and latest report; an individual is judged on their
// own facts plus those of the unit they work in. Values are flat field names (`antt.recognized`).
import { formatDateVi } from '../text/dates'

export const EVALUATION_FACT_KINDS = ['antt', 'movement', 'exemplary', 'model', 'ntm'] as const
export type EvaluationFactKind = (typeof EVALUATION_FACT_KINDS)[number]

export type EvaluationFact = {
  kind: EvaluationFactKind
  year: number
  result: string | null
  decisionNumber: string | null
  decisionDate: string | null
  score?: number | null
}

export type PersonFacts = {
  role: string
  position: string
  isLeader: boolean | null
  familyCultural: boolean | null
  taskRating: string | null
}

export type NomineeFactsInput = {
  year: number
  unit: { name: string; kind: string; households?: number | null; staff?: number | null }
  registration: { takePart: boolean; strivesForAntt: boolean; buildsExemplary: boolean } | null
  /** The unit's evaluations of the year and the year before. */
  evaluations: readonly EvaluationFact[]
  /** Figures of the unit's latest submitted report of the year. */
  figures: Readonly<Record<string, unknown>>
  person: PersonFacts | null
}

export type NomineeFacts = {
  values: Record<string, unknown>
  /** Field → the data behind it, in Vietnamese. */
  lines: Record<string, string>
}

const KIND_LABELS: Record<EvaluationFactKind, string> = {
  antt: 'ANTT',
  movement: 'Phân loại phong trào',
  exemplary: 'Điển hình',
  model: 'Mô hình',
  ntm: 'Nông thôn mới',
}
const RESULT_LABELS: Record<string, string> = {
  dat: 'đạt',
  chua_dat: 'chưa đạt',
  xuat_sac: 'Xuất sắc',
  kha: 'Khá',
  trung_binh: 'Trung bình',
  yeu: 'Yếu',
  tot: 'Tốt',
}

/** "ANTT 2024: đạt, QĐ số 15/QĐ-UBND ngày 20/11/2024" or why there is no result. */
export function describeEvaluation(kind: EvaluationFactKind, year: number, fact?: EvaluationFact) {
  const head = `${KIND_LABELS[kind]} ${year}`
  if (!fact || fact.result === null) return `${head}: chưa có kết quả đánh giá`
  const result = RESULT_LABELS[fact.result] ?? fact.result
  if (fact.decisionNumber === null) return `${head}: ${result}, chưa có quyết định công nhận`
  const day = fact.decisionDate === null ? '' : ` ngày ${formatDateVi(fact.decisionDate)}`
  return `${head}: ${result}, QĐ số ${fact.decisionNumber}${day}`
}

const yesNo = (value: boolean | null, yes: string, no: string) =>
  value === null ? 'chưa ghi nhận' : value ? yes : no

export function buildNomineeFacts(input: NomineeFactsInput): NomineeFacts {
  const values: Record<string, unknown> = {}
  const lines: Record<string, string> = {}
  const set = (field: string, value: unknown, line: string) => {
    values[field] = value
    lines[field] = line
  }
  for (const [field, value] of Object.entries(input.figures)) {
    const shown = typeof value === 'boolean' ? (value ? 'có' : 'không') : String(value)
    set(field, value, `${field} = ${shown} (báo cáo năm ${input.year})`)
  }
  addEvaluationFacts(input, set)
  set('unit.kind', input.unit.kind, `Đơn vị: ${input.unit.name}`)
  if (input.unit.households != null && values['unit.households'] === undefined)
    set('unit.households', input.unit.households, `Số hộ: ${input.unit.households}`)
  if (input.unit.staff != null && values['unit.staff'] === undefined)
    set('unit.staff', input.unit.staff, `Số cán bộ: ${input.unit.staff}`)
  const reg = input.registration
  const registered = `Đăng ký thi đua ${input.year}`
  set(
    'registration.registered',
    reg?.takePart ?? false,
    `${registered}: ${reg?.takePart ? 'có' : 'chưa'}`,
  )
  set(
    'antt.registered',
    Boolean(reg?.takePart && reg.strivesForAntt),
    `${registered} (ANTT): ${reg?.strivesForAntt ? 'có' : 'chưa'}`,
  )
  set(
    'exemplary.registered',
    Boolean(reg?.takePart && reg.buildsExemplary),
    `${registered} (điển hình): ${reg?.buildsExemplary ? 'có' : 'chưa'}`,
  )
  if (input.person) addPersonFacts(input.person, set)
  return { values, lines }
}

type Setter = (field: string, value: unknown, line: string) => void

// Field → (evaluation kind, years back, what it reads). Plan 001 chooses candidates on last
// year's results, hence the `prior_year.*` fields.
const EVALUATION_FIELDS: readonly [
  string,
  EvaluationFactKind,
  0 | 1,
  'recognised' | 'result' | 'score',
][] = [
  ['antt.recognized', 'antt', 0, 'recognised'],
  ['exemplary.recognized', 'exemplary', 0, 'recognised'],
  ['movement.class', 'movement', 0, 'result'],
  ['movement.score', 'movement', 0, 'score'],
  ['model.rating', 'model', 0, 'result'],
  ['ntm.achieved', 'ntm', 0, 'recognised'],
  ['prior_year.antt_recognized', 'antt', 1, 'recognised'],
  ['prior_year.movement_class', 'movement', 1, 'result'],
]

function addEvaluationFacts(input: NomineeFactsInput, set: Setter) {
  for (const [field, kind, back, reads] of EVALUATION_FIELDS) {
    const year = input.year - back
    const fact = input.evaluations.find((item) => item.kind === kind && item.year === year)
    const value =
      reads === 'recognised'
        ? fact !== undefined && fact.result === 'dat' && fact.decisionNumber !== null
        : reads === 'score'
          ? (fact?.score ?? null)
          : (fact?.result ?? null)
    set(field, value, describeEvaluation(kind, year, fact))
  }
}

function addPersonFacts(person: PersonFacts, set: Setter) {
  set('person.role', person.role, `Chức vụ: ${person.position}`)
  set(
    'person.is_leader',
    person.isLeader,
    `Lãnh đạo đơn vị: ${yesNo(person.isLeader, 'có', 'không')}`,
  )
  set(
    'person.family_cultural',
    person.familyCultural,
    `Gia đình văn hóa: ${yesNo(person.familyCultural, 'đạt', 'chưa đạt')}`,
  )
  const rating = person.taskRating
  set('person.task_rating', rating, `Xếp loại nhiệm vụ: ${rating ?? 'chưa ghi nhận'}`)
}
