// The tờ trình: header, title, "Kính gửi", the proposal, the counts per award form, the request
// and the closing block.
import { createBodyParagraph, createClosingBlock, createTitleBlock, packDocx } from '../layout'
import { createAddressee, createAwardHeader, withEndMark } from './award-blocks'
import { createAwardDocument } from './award-document'
import { AWARD_TYPE_CODES } from './award-views'
import { countAwardEntries, describeEntryCounts } from './format-award-values'
import type { SubmissionLetterView } from './submission-letter-view'

export async function renderSubmissionLetterDocx(view: SubmissionLetterView): Promise<Uint8Array> {
  const document = createAwardDocument(`Tờ trình - ${view.summary}`, [
    {
      orientation: 'portrait',
      children: [
        createAwardHeader(view.header, AWARD_TYPE_CODES.submissionLetter),
        ...createTitleBlock('TỜ TRÌNH', view.summary),
        ...createAddressee(view.addressees),
        ...view.paragraphs.map((text) => createBodyParagraph(text)),
        ...describeSubmissionCounts(view).map((text) => createBodyParagraph(text)),
        createBodyParagraph(withEndMark(view.closing), {}, true),
        createClosingBlock(view.recipients, view.signer),
      ],
    },
  ])
  return packDocx(document)
}

/** "Tổng số đề nghị: …, cụ thể:", a dash line per award form, and the attachments note. */
export function describeSubmissionCounts(view: SubmissionLetterView): string[] {
  const counts = countAwardEntries(view.entries)
  const lines = counts.byForm.map(
    (form, index) =>
      `- ${form.awardForm}: ${describeEntryCounts(form)}${index === counts.byForm.length - 1 ? '.' : ';'}`,
  )
  return [
    `Tổng số đề nghị khen thưởng: ${describeEntryCounts(counts)}, cụ thể:`,
    ...lines,
    '(Có danh sách và hồ sơ kèm theo)',
  ]
}
