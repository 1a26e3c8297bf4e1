// The biên bản of a reward council meeting, written from the meeting record: time and place,
// members convened and present with their roles, the quorum, the agenda, the vote tally per
// nomination, and the signatures of the secretary (left) and the chair (right).
import type { Paragraph, Table } from 'docx'
import {
  createBodyParagraph,
  createCenteredLine,
  createDashItem,
  createLayoutTable,
  createSectionHeading,
  createTitleBlock,
  formatVietnameseDate,
  packDocx,
  TEXT_WIDTH,
  toRomanNumeral,
} from '../layout'
import { createAwardHeader, withEndMark } from './award-blocks'
import { createAwardDocument } from './award-document'
import { AWARD_TYPE_CODES } from './award-views'
import { COUNCIL_ROLE_LABELS, type CouncilMinutesView } from './council-minutes-view'
import { createVoteTable } from './council-vote-table'
import { formatClockVi, formatCountVi, formatPercentVi } from './format-award-values'

export async function renderCouncilMinutesDocx(view: CouncilMinutesView): Promise<Uint8Array> {
  const sections: [string, (Paragraph | Table)[]][] = [
    ['Thời gian, địa điểm', describeTimeAndPlace(view).map((text) => createBodyParagraph(text))],
    ['Thành phần', describeAttendance(view)],
    ['Nội dung', view.agenda.map((item) => createDashItem(item))],
    ['Kết quả biểu quyết', [createVoteTable(view), createBodyParagraph(describeVoteSummary(view))]],
    ...(view.conclusions.length === 0
      ? []
      : [
          ['Kết luận', view.conclusions.map((text) => createBodyParagraph(text))] as [
            string,
            Paragraph[],
          ],
        ]),
  ]
  const document = createAwardDocument(`Biên bản - ${view.summary}`, [
    {
      orientation: 'portrait',
      children: [
        createAwardHeader(view.header, AWARD_TYPE_CODES.minutes),
        ...createTitleBlock('BIÊN BẢN', view.summary),
        ...sections.flatMap(([title, blocks], index) => [
          createSectionHeading(toRomanNumeral(index + 1), title),
          ...blocks,
        ]),
        createBodyParagraph(
          withEndMark(
            `Cuộc họp kết thúc lúc ${formatClockVi(view.endedAt)} cùng ngày; biên bản đã được đọc lại và thông qua trước Hội đồng`,
          ),
          {},
          true,
        ),
        createMinutesSignatures(view),
      ],
    },
  ])
  return packDocx(document)
}

function describeTimeAndPlace(view: CouncilMinutesView): string[] {
  const day = formatVietnameseDate(view.startedAt.slice(0, 10), '').replace(/^, /, '')
  return [
    `Thời gian: bắt đầu lúc ${formatClockVi(view.startedAt)}, ${day}.`,
    `Địa điểm: ${view.location}.`,
  ]
}

function describeAttendance(view: CouncilMinutesView): Paragraph[] {
  const present = view.members.filter((member) => member.present)
  const absent = view.members.filter((member) => !member.present)
  const chair = view.members.find((member) => member.role === 'chair')
  const secretary = view.members.find((member) => member.role === 'secretary')
  const absentNote = absent
    .map((member) => `${member.name}${member.absenceReason ? ` - ${member.absenceReason}` : ''}`)
    .join('; ')
  const met = present.length >= view.quorumRequired
  return [
    ...(chair ? [createBodyParagraph(`Chủ tọa: ${chair.name}, ${chair.position}.`)] : []),
    ...(secretary
      ? [createBodyParagraph(`Thư ký: ${secretary.name}, ${secretary.position}.`)]
      : []),
    createBodyParagraph(
      `Thành viên ${view.councilName} được triệu tập: ${formatCountVi(view.members.length)} người; có mặt: ${formatCountVi(present.length)} người; vắng mặt: ${formatCountVi(absent.length)} người${absent.length > 0 ? ` (${absentNote})` : ''}.`,
    ),
    ...view.members.map((member) =>
      createDashItem(
        `${member.name}, ${member.position} - ${COUNCIL_ROLE_LABELS[member.role]} (${member.present ? 'có mặt' : 'vắng mặt'});`,
      ),
    ),
    createBodyParagraph(
      `Số thành viên có mặt: ${formatCountVi(present.length)}/${formatCountVi(view.members.length)} (${formatPercentVi(present.length, view.members.length)}), ${met ? 'đủ' : 'không đủ'} điều kiện tiến hành cuộc họp theo quy chế (tối thiểu ${formatCountVi(view.quorumRequired)} thành viên).`,
      { bold: true },
    ),
  ]
}

function describeVoteSummary(view: CouncilMinutesView): string {
  const approved = view.votes.filter((vote) => vote.outcome === 'approved').length
  const rejected = view.votes.length - approved
  return `Hội đồng đã biểu quyết ${formatCountVi(view.votes.length)} trường hợp: đề nghị khen thưởng ${formatCountVi(approved)} trường hợp, không đề nghị ${formatCountVi(rejected)} trường hợp.`
}

function createMinutesSignatures(view: CouncilMinutesView): Table {
  const nameOf = (role: 'chair' | 'secretary') =>
    view.members.find((member) => member.role === role)?.name ?? ''
  const block = (title: string, name: string) => [
    createCenteredLine(title, { bold: true }, 12),
    ...Array.from({ length: 5 }, () => createCenteredLine('')),
    createCenteredLine(name, { bold: true }),
  ]
  const half = Math.round(TEXT_WIDTH / 2)
  return createLayoutTable(
    [half, TEXT_WIDTH - half],
    [[block('THƯ KÝ', nameOf('secretary')), block('CHỦ TỌA', nameOf('chair'))]],
  )
}
