// Eligibility of one nominee for one award form, condition by condition: the plan's computed
// conditions (formulas over the nominee's facts), its attested conditions (met only with an
// evidence file and the person who confirms it) and its award gates (plan 002: no award
// unless ANTT recognised and the movement not weak). Each condition carries the data behind
// its verdict, so a reviewer never has to trust a bare "đạt".
import type { Expr } from '../rules/ast'
import { evaluate } from '../rules/evaluator'
import { compileFormula } from '../rules/formula'
import { buildPlanFieldSchema } from '../plans/plan-fields'
import type { Plan } from '../plans/plan-schema'
import { formatDateVi } from '../text/dates'
import type { NomineeFacts } from './nomination-facts'

export type ConditionStatus = 'pass' | 'fail' | 'unknown'

export type Attestation = {
  conditionKey: string
  evidenceFileId: number | null
  evidenceFilename: string | null
  confirmedBy: string
  /** yyyy-mm-dd */
  confirmedAt: string
  note?: string
}

export type EligibilityCondition = {
  /** `<criteria id>/<condition id>`, or `gate/<gate id>`. */
  key: string
  kind: 'computed' | 'attested' | 'gate'
  source: string
  text: string
  formula: string | null
  /** For attested conditions, the evidence the plan asks for. */
  evidence: string | null
  status: ConditionStatus
  /** The data behind the verdict, in Vietnamese. */
  data: string
  attestation: Attestation | null
}

export type Eligibility = {
  eligible: boolean
  conditions: EligibilityCondition[]
  /** "Đạt 4/5 điều kiện; chưa đạt: …" */
  summary: string
}

export type EligibilityInput = {
  plan: Pick<Plan, 'fields' | 'classifications' | 'awardCriteria' | 'awardGates'>
  formId: string
  subjectId: string
  /** The nominee's unit kind (an individual's: the unit they work in). */
  unitKind: string
  facts: NomineeFacts
  attestations: readonly Attestation[]
}

/** Every field name a formula reads. */
export function formulaFieldNames(node: Expr, into: string[] = []): string[] {
  if (node.kind === 'field' && !into.includes(node.name)) into.push(node.name)
  if (node.kind === 'unary') formulaFieldNames(node.operand, into)
  if (node.kind === 'binary') [node.left, node.right].forEach((n) => formulaFieldNames(n, into))
  if (node.kind === 'in') [node.value, ...node.items].forEach((n) => formulaFieldNames(n, into))
  if (node.kind === 'call') node.args.forEach((n) => formulaFieldNames(n, into))
  return into
}

/**
 * @example checkEligibility({ plan: plan000, formId: 'gk-ca-tinh', subjectId: 'xa-thi-tran', unitKind: 'commune', facts, attestations: [] })
 *   // { eligible: false, conditions: [{ key: 'tieu-chuan-xa/antt', status: 'pass', data: 'ANTT 2024: đạt, QĐ số 15/QĐ-UBND ngày 20/11/2024' }, …] }
 */
export function checkEligibility(input: EligibilityInput): Eligibility {
  const { plan, formId, subjectId } = input
  const schema = buildPlanFieldSchema(plan)
  const conditions: EligibilityCondition[] = []
  const computed = (key: string, kind: 'computed' | 'gate', clause: Clause, formula: string) =>
    conditions.push(judgeFormula(key, kind, clause, formula, schema, input.facts))
  for (const criteria of plan.awardCriteria) {
    if (!criteria.subjects.includes(subjectId)) continue
    if (criteria.awards.length > 0 && !criteria.awards.includes(formId)) continue
    for (const condition of criteria.computed)
      computed(`${criteria.id}/${condition.id}`, 'computed', condition, condition.formula)
    for (const condition of criteria.attested) {
      const key = `${criteria.id}/${condition.id}`
      const attestation = input.attestations.find((item) => item.conditionKey === key) ?? null
      conditions.push(judgeAttested(key, condition, attestation))
    }
  }
  for (const gate of plan.awardGates) {
    if (gate.subjects.length > 0 && !gate.subjects.includes(subjectId)) continue
    if (
      gate.unitKinds.length > 0 &&
      !(gate.unitKinds as readonly string[]).includes(input.unitKind)
    )
      continue
    computed(`gate/${gate.id}`, 'gate', gate, gate.condition)
  }
  const failed = conditions.filter((condition) => condition.status !== 'pass')
  return { eligible: failed.length === 0, conditions, summary: summarise(conditions, failed) }
}

type Clause = { source: string; text: string }

function judgeFormula(
  key: string,
  kind: 'computed' | 'gate',
  clause: Clause,
  formula: string,
  schema: ReturnType<typeof buildPlanFieldSchema>,
  facts: NomineeFacts,
): EligibilityCondition {
  const base = { key, kind, source: clause.source, text: clause.text, formula, evidence: null }
  const compiled = compileFormula(formula, schema, { expect: 'boolean' })
  if (!compiled.ok)
    return {
      ...base,
      status: 'unknown',
      data: 'Công thức của kế hoạch không hợp lệ',
      attestation: null,
    }
  const value = evaluate(compiled.ast, { values: facts.values })
  const lines = formulaFieldNames(compiled.ast).map(
    (field) => facts.lines[field] ?? `${field}: chưa có số liệu`,
  )
  const data = [...new Set(lines)].join('; ')
  const status: ConditionStatus = value === true ? 'pass' : value === false ? 'fail' : 'unknown'
  const suffix = status === 'unknown' ? ' (chưa đủ dữ liệu để kết luận)' : ''
  return { ...base, status, data: `${data}${suffix}`, attestation: null }
}

function judgeAttested(
  key: string,
  condition: Clause & { evidence: string },
  attestation: Attestation | null,
): EligibilityCondition {
  const base = {
    key,
    kind: 'attested' as const,
    source: condition.source,
    text: condition.text,
    formula: null,
    evidence: condition.evidence,
    attestation,
  }
  if (!attestation || attestation.evidenceFileId === null || !attestation.confirmedBy.trim())
    return {
      ...base,
      status: 'fail',
      data: `Chưa có minh chứng và người xác nhận (cần: ${condition.evidence})`,
    }
  const file = attestation.evidenceFilename ? `, minh chứng: ${attestation.evidenceFilename}` : ''
  return {
    ...base,
    status: 'pass',
    data: `Xác nhận: ${attestation.confirmedBy} ngày ${formatDateVi(attestation.confirmedAt)}${file}`,
  }
}

function summarise(all: EligibilityCondition[], failed: EligibilityCondition[]): string {
  if (all.length === 0) return 'Kế hoạch không quy định tiêu chuẩn riêng cho đối tượng này'
  const head = `Đạt ${all.length - failed.length}/${all.length} điều kiện`
  if (failed.length === 0) return `${head}; đủ điều kiện đề nghị`
  return `${head}; chưa đạt: ${failed.map((condition) => condition.key).join(', ')}`
}
