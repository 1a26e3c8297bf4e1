// The body sections of a printed Kế hoạch, each built from its part of the view model. A
// section with nothing to say is left out; the renderer numbers the rest I, II, III…
import type { Paragraph } from 'docx'
import { formatDeadlineDate } from '../layout/format-document-fields'
import {
  createDashItem,
  createNumberedHeading,
  createNumberedParagraph,
} from '../layout/paragraphs'
import type {
  PlanAwardFormView,
  PlanDeadlineView,
  PlanDocumentView,
  PlanQuotaView,
  PlanTaskView,
} from './plan-document-view'

export type PlanSection = { title: string; blocks: Paragraph[] }

type Part = { title: string; blocks: Paragraph[] }

export function buildPlanSections(view: PlanDocumentView): PlanSection[] {
  const sections: PlanSection[] = [
    {
      title: 'Mục đích, yêu cầu',
      blocks: view.purposes.map((text, i) => createNumberedParagraph(i + 1, text)),
    },
    { title: 'Đối tượng thi đua', blocks: numberParts(buildSubjectParts(view)) },
    {
      title: 'Chỉ tiêu thi đua',
      blocks: uniqueTexts(view.targets.map((target) => target.text)).map((text, i) =>
        createNumberedParagraph(i + 1, text),
      ),
    },
    { title: 'Hình thức khen thưởng', blocks: numberParts(view.awardForms.map(buildAwardPart)) },
    {
      title: 'Tiêu chuẩn khen thưởng',
      blocks: numberParts(
        view.awardCriteria.map((criteria) => ({
          title: criteria.heading,
          blocks: criteria.items.map((item) => createDashItem(item)),
        })),
      ),
    },
    { title: 'Hồ sơ, thời gian', blocks: numberParts(buildDossierParts(view)) },
    {
      title: 'Tổ chức thực hiện',
      blocks: view.tasks.map((task, i) => createNumberedParagraph(i + 1, describeTask(task))),
    },
  ]
  return sections.filter((section) => section.blocks.length > 0)
}

export function describeQuota(quota: PlanQuotaView): string {
  switch (quota.type) {
    case 'fixed':
      return `${quota.count} (${RECIPIENT_LABELS[quota.recipients]})`
    case 'allocated':
      return `theo số lượng do ${quota.by} phân bổ`
    case 'discretion':
      return `do ${quota.by} xem xét, quyết định`
  }
}

export function describeDeadline(deadline: PlanDeadlineView): string {
  const parts = [
    deadline.by,
    deadline.to === null ? null : `gửi về ${deadline.to}`,
    `trước ngày ${formatDeadlineDate(deadline.date)}`,
  ]
  return `${deadline.label}: ${parts.filter((part) => part !== null).join(' ')}.`
}

export function describeTask(task: PlanTaskView): string {
  const coordinate = task.coOwners.length > 0 ? `; phối hợp với ${task.coOwners.join(', ')}` : ''
  const due = task.due === null ? '' : `; hoàn thành trước ngày ${formatDeadlineDate(task.due)}`
  return `${task.owners.join(', ')}: ${stripEndStop(task.task)}${coordinate}${due}.`
}

const RECIPIENT_LABELS = {
  collective: 'tập thể',
  individual: 'cá nhân',
  both: 'tập thể và cá nhân',
} as const

function buildSubjectParts(view: PlanDocumentView): Part[] {
  const collectives = view.subjects.filter((subject) => subject.kind === 'collective')
  const individuals = view.subjects.filter((subject) => subject.kind === 'individual')
  return [
    { title: 'Tập thể', blocks: collectives.map((subject) => createDashItem(subject.label)) },
    { title: 'Cá nhân', blocks: individuals.map((subject) => createDashItem(subject.label)) },
    {
      title: 'Trường hợp không áp dụng',
      blocks: view.exclusions.map((text) => createDashItem(text)),
    },
  ]
}

function buildAwardPart(form: PlanAwardFormView): Part {
  const lines = [
    `Số lượng: ${describeQuota(form.quota)}.`,
    ...(form.proposer === null ? [] : [`Cơ quan đề nghị: ${form.proposer}.`]),
    `Cấp quyết định: ${form.decider}.`,
    ...(form.dossier === null
      ? []
      : [
          `Hồ sơ: ${String(form.dossier.sets).padStart(2, '0')} bộ${form.dossier.originals ? ' (bản chính, dấu đỏ)' : ''}.`,
        ]),
  ]
  return { title: form.name, blocks: lines.map((line) => createDashItem(line)) }
}

function buildDossierParts(view: PlanDocumentView): Part[] {
  const items = view.dossierItems.map((item) => {
    const certified = item.certifiedBy === null ? '' : ` (có xác nhận của ${item.certifiedBy})`
    return createDashItem(`${item.name}${certified}${item.optional ? ' (nếu có)' : ''}.`)
  })
  return [
    { title: 'Hồ sơ đề nghị khen thưởng', blocks: items },
    {
      title: 'Thời gian',
      blocks: view.deadlines.map((deadline) => createDashItem(describeDeadline(deadline))),
    },
  ]
}

/** Number the non-empty parts 1., 2., … each under a bold heading. */
function numberParts(parts: readonly Part[]): Paragraph[] {
  return parts
    .filter((part) => part.blocks.length > 0)
    .flatMap((part, index) => [createNumberedHeading(index + 1, part.title), ...part.blocks])
}

/** Plans split one clause into several targets that may quote the same sentence. */
function uniqueTexts(texts: readonly string[]): string[] {
  return [...new Set(texts.map((text) => text.trim()))]
}

function stripEndStop(text: string): string {
  return text.trim().replace(/[.;]+$/, '')
}
