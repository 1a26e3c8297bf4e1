// The foot of the document (NĐ 30, ô 7–9): "Nơi nhận:" and its list on the left, the signing
// block on the right — authority prefixes, title, room for signature and seal, name.
import { AlignmentType, Paragraph, type Table } from 'docx'
import { createLayoutTable } from './header-block'
import type { SignerView } from './layout-types'
import { ND30_SIZES, TEXT_WIDTH } from './page-setup'
import { createCenteredLine, createRun } from './paragraphs'

const LEFT_WIDTH = 4500
const RIGHT_WIDTH = TEXT_WIDTH - LEFT_WIDTH
/** Blank lines left for the signature and the seal. */
const SIGNATURE_LINES = 5
/** Wrapped recipient lines start under the text, not under the dash. */
const RECIPIENT_HANG = 142

export function createClosingBlock(recipients: readonly string[], signer: SignerView): Table {
  return createLayoutTable(
    [LEFT_WIDTH, RIGHT_WIDTH],
    [[createRecipients(recipients), createSignature(signer)]],
  )
}

export function createRecipients(recipients: readonly string[]): Paragraph[] {
  if (recipients.length === 0) return [new Paragraph({ children: [] })]
  return [
    new Paragraph({
      spacing: { before: 240, after: 0, line: 240 },
      children: [
        createRun('Nơi nhận:', { size: ND30_SIZES.recipientsLabel, bold: true, italics: true }),
      ],
    }),
    ...recipients.map(
      (recipient) =>
        new Paragraph({
          alignment: AlignmentType.LEFT,
          indent: { left: RECIPIENT_HANG, hanging: RECIPIENT_HANG },
          spacing: { before: 0, after: 0, line: 240 },
          children: [
            createRun(recipient.startsWith('-') ? recipient : `- ${recipient}`, {
              size: ND30_SIZES.recipients,
            }),
          ],
        }),
    ),
  ]
}

export function createSignature(signer: SignerView): Paragraph[] {
  const style = { size: ND30_SIZES.signer, bold: true }
  const heading = [
    ...signer.authority.map((line) => `${line.prefix} ${line.title}`.toLocaleUpperCase('vi')),
    ...(signer.title === null ? [] : [signer.title.toLocaleUpperCase('vi')]),
  ]
  const lines = heading.map((text, index) => createCenteredLine(text, style, index === 0 ? 12 : 0))
  const blank = Array.from({ length: SIGNATURE_LINES }, () => createCenteredLine('', style))
  const below = [
    ...(signer.position === null
      ? []
      : [createCenteredLine(signer.position.toLocaleUpperCase('vi'), style)]),
    ...(signer.name === null ? [] : [createCenteredLine(signer.name, style)]),
  ]
  return [...lines, ...blank, ...below]
}
