// From a plan definition to the printed Kế hoạch's view model. The definition holds what the
// system enforces; what only the paper has (superior body, recipients, purposes, closing
// sentence) comes from the caller.
import { describeTaskOwners, type AwardCriteria, type Deadline, type Plan } from '@antq/core'
import { mergeClauseTexts, orderWithinClause } from './clause-texts'
import { describeDocumentRef } from './describe-document-ref'
import { describeExclusion } from './describe-exclusion'
import {
  DEADLINE_LABELS,
  type PlanAwardCriteriaView,
  type PlanDeadlineView,
  type PlanDocumentView,
} from './plan-document-view'

export type PlanDocumentContext = {
  /** Tên cơ quan chủ quản, e.g. "UBND huyện Bắc Quang"; the definition does not hold it. */
  superiorBody: string | null
  /** Nơi nhận, the last line usually "Lưu: VT, …". */
  recipients: readonly string[]
  /** Opening paragraphs; by default "Thực hiện {parent plan}, {issuer} ban hành Kế hoạch như sau:". */
  preamble?: readonly string[]
  /** Section I; left out when absent. */
  purposes?: readonly string[]
  /** Last body paragraph ("Căn cứ kế hoạch này, …"); none when absent. */
  closing?: string | null
}

export function toPlanDocumentView(plan: Plan, context: PlanDocumentContext): PlanDocumentView {
  const { metadata } = plan
  return {
    header: {
      superiorBody: context.superiorBody,
      issuerName: metadata.issuer.name,
      number: metadata.number ?? { sequence: null, symbol: `KH-${metadata.issuer.code}` },
      place: metadata.place ?? '……',
      date: metadata.date,
    },
    title: metadata.title,
    preamble: context.preamble ?? describeParentPlan(plan),
    purposes: context.purposes ?? [],
    subjects: plan.subjects.map((subject) => ({ kind: subject.kind, label: subject.label })),
    exclusions: plan.exclusions.map(describeExclusion),
    targets: mergeClauseTexts(plan.targets).map((text) => ({ text })),
    awardForms: plan.awardForms.map((form) => ({
      name: form.name,
      proposer: form.proposer,
      decider: form.decider,
      quota: form.quota,
      dossier:
        form.dossier === null
          ? null
          : { sets: form.dossier.sets, originals: form.dossier.originals },
    })),
    awardCriteria: plan.awardCriteria.map((criteria) => toCriteriaView(plan, criteria)),
    dossierItems: plan.dossierItems.map((item) => ({
      name: item.name,
      optional: item.optional,
      certifiedBy: item.certifiedBy,
    })),
    deadlines: plan.deadlines.flatMap(toDeadlineView),
    tasks: plan.tasks.map((task) => ({
      ...describeTaskOwners(plan, task),
      task: task.task,
      due: task.due,
    })),
    closing: context.closing ?? null,
    recipients: context.recipients,
    signer: {
      authority: metadata.signer.authority,
      title: metadata.signer.title,
      position: metadata.signer.position,
      name: metadata.signer.name,
    },
  }
}

function toCriteriaView(plan: Plan, criteria: AwardCriteria): PlanAwardCriteriaView {
  const labels = criteria.subjects.map(
    (id) => plan.subjects.find((subject) => subject.id === id)?.label ?? id,
  )
  const conditions = [...criteria.attested, ...criteria.computed].map((condition) => condition.text)
  return {
    heading: `Đối với ${labels.join('; ')}`,
    items: conditions.length === 0 ? [criteria.text] : orderWithinClause(criteria.text, conditions),
  }
}

function toDeadlineView(deadline: Deadline): PlanDeadlineView[] {
  const date = deadline.date ?? deadline.annual
  if (date === null) return []
  return [{ label: DEADLINE_LABELS[deadline.closes], date, by: deadline.by, to: deadline.to }]
}

/** The parent plan's own clause is often a fragment, so the sentence is composed instead. */
function describeParentPlan(plan: Plan): string[] {
  const parent = plan.metadata.parentPlan
  if (parent === null) return []
  const cited = describeDocumentRef(parent.ref, parent.date, parent.issuer)
  return [`Thực hiện ${cited}, ${plan.metadata.issuer.name} ban hành Kế hoạch như sau:`]
}
