// The biên bản kiểm tra of one inspected unit: NĐ 30 header, "BIÊN BẢN", time and place, the
// team and the unit, the findings, the conclusion, the requests, and two signatures — the
// unit's representative (left) and the team lead (right).
import type { Paragraph, Table } from 'docx'
import {
  createBodyParagraph,
  createCenteredLine,
  createDashItem,
  createHeaderBlock,
  createLayoutTable,
  createNd30Document,
  createNumberedHeading,
  createSectionHeading,
  createTitleBlock,
  formatVietnameseDate,
  packDocx,
  TEXT_WIDTH,
  toRomanNumeral,
} from '../layout'
import type { InspectionMinutesView } from './inspection-minutes-view'

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`

export async function renderInspectionMinutesDocx(
  view: InspectionMinutesView,
): Promise<Uint8Array> {
  const sections: [string, Paragraph[]][] = [
    ['Thời gian, địa điểm', describeTimeAndPlace(view)],
    ['Thành phần', describeParties(view)],
    ['Nội dung và kết quả kiểm tra', describeFindings(view)],
    ['Kết luận', splitParagraphs(view.conclusion || '…')],
    [
      'Kiến nghị, yêu cầu',
      view.requests.length === 0
        ? [createBodyParagraph('Không có.')]
        : view.requests.map((request) =>
            createDashItem(
              `${request.what} (đơn vị thực hiện: ${request.ownerName}; thời hạn: ${dmy(request.dueOn)}).`,
            ),
          ),
    ],
  ]
  const document = createNd30Document({
    title: `Biên bản kiểm tra - ${view.unitName}`,
    children: [
      createHeaderBlock(view.header),
      ...createTitleBlock('BIÊN BẢN', view.summary),
      ...sections.flatMap(([title, blocks], index) => [
        createSectionHeading(toRomanNumeral(index + 1), title),
        ...blocks,
      ]),
      createBodyParagraph(
        'Biên bản được lập thành 02 bản có giá trị như nhau, đoàn kiểm tra giữ 01 bản, đơn vị được kiểm tra giữ 01 bản; đã đọc lại cho các thành phần cùng nghe, thống nhất và ký tên./.',
        {},
        true,
      ),
      createSignatures(view),
    ],
  })
  return packDocx(document)
}

function splitParagraphs(text: string): Paragraph[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => createBodyParagraph(line))
}

function describeTimeAndPlace(view: InspectionMinutesView): Paragraph[] {
  const day = view.visitedOn
    ? formatVietnameseDate(view.visitedOn, '').replace(/^, /, '')
    : 'ngày … tháng … năm …'
  return [
    ...(view.reference ? [createBodyParagraph(`Căn cứ ${view.reference}.`)] : []),
    createBodyParagraph(`Thời gian: ${day}.`),
    createBodyParagraph(`Địa điểm: ${view.place}.`),
  ]
}

function describeParties(view: InspectionMinutesView): Paragraph[] {
  const rep = view.representative
  return [
    createNumberedHeading(1, 'Đoàn kiểm tra'),
    ...view.members.map((member) =>
      createDashItem(
        [member.name, member.position, member.unitName].filter((part) => part).join(', ') +
          ` - ${member.roleLabel};`,
      ),
    ),
    createNumberedHeading(2, `Đơn vị được kiểm tra: ${view.unitName}`),
    createDashItem(
      rep ? `Đại diện: ${rep.name}${rep.position ? `, ${rep.position}` : ''}.` : 'Đại diện: …',
    ),
  ]
}

function describeFindings(view: InspectionMinutesView): Paragraph[] {
  if (view.findings.length === 0) return [createBodyParagraph('Chưa ghi nội dung kiểm tra.')]
  return view.findings.map((finding, index) =>
    createBodyParagraph(
      `${index + 1}. ${trimEnd(finding.label)}: ${finding.resultLabel}${finding.note ? `. ${trimEnd(finding.note)}` : ''}.`,
    ),
  )
}

/** Drops the closing punctuation a clause carries, so the sentence ends once. */
function trimEnd(text: string): string {
  return text.trim().replace(/[.;,:]+$/, '')
}

function createSignatures(view: InspectionMinutesView): Table {
  const block = (title: string, name: string) => [
    createCenteredLine(title, { bold: true }, 12),
    createCenteredLine('(Ký, ghi rõ họ tên)', { italics: true }),
    ...Array.from({ length: 4 }, () => createCenteredLine('')),
    createCenteredLine(name, { bold: true }),
  ]
  const half = Math.round(TEXT_WIDTH / 2)
  return createLayoutTable(
    [half, TEXT_WIDTH - half],
    [
      [
        block('ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA', view.representative?.name ?? ''),
        block('TRƯỞNG ĐOÀN KIỂM TRA', view.leadName),
      ],
    ],
  )
}
