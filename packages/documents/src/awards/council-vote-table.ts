// The vote tally of a council meeting as a bordered table: per nomination the members
// convened and present, for and against, the share for, and the outcome.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx'
import { TEXT_WIDTH, createRun, fitColumnWidths } from '../layout'
import type { CouncilMinutesView, CouncilVoteOutcome } from './council-minutes-view'
import { formatNumberVi, formatPercentVi } from './format-award-values'

export const VOTE_OUTCOME_LABELS: Record<CouncilVoteOutcome, string> = {
  approved: 'Đề nghị khen thưởng',
  rejected: 'Không đề nghị',
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE }
const WEIGHTS = [6, 27, 9, 8, 8, 9, 12, 19]

export function createVoteTable(view: CouncilMinutesView): Table {
  const base = view.voteBase === 'convened' ? 'triệu tập' : 'có mặt'
  const header = [
    'STT',
    'Tập thể, cá nhân được đề nghị',
    'Triệu tập',
    'Có mặt',
    'Đồng ý',
    'Không đồng ý',
    `Tỷ lệ đồng ý (/${base})`,
    'Kết quả',
  ]
  // Every header word fits its column (STT never wraps to "ST/T").
  const widths = fitColumnWidths(header, WEIGHTS, TEXT_WIDTH, 12, 120)
  const rows = view.votes.map((vote, index) => [
    String(index + 1),
    `${vote.nominee} (${vote.awardForm})`,
    formatNumberVi(vote.convened),
    formatNumberVi(vote.present),
    formatNumberVi(vote.votesFor),
    formatNumberVi(vote.votesAgainst),
    formatPercentVi(vote.votesFor, view.voteBase === 'convened' ? vote.convened : vote.present),
    VOTE_OUTCOME_LABELS[vote.outcome],
  ])
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    rows: [header, ...rows].map(
      (cells, rowIndex) =>
        new TableRow({
          tableHeader: rowIndex === 0,
          cantSplit: true,
          children: cells.map(
            (text, at) =>
              new TableCell({
                width: { size: widths[at] ?? 0, type: WidthType.DXA },
                margins: { top: 40, bottom: 40, left: 60, right: 60 },
                verticalAlign: VerticalAlignTable.CENTER,
                children: [
                  new Paragraph({
                    alignment: at === 1 && rowIndex > 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
                    spacing: { before: 0, after: 0, line: 240 },
                    children: [createRun(text, { size: 12, bold: rowIndex === 0 })],
                  }),
                ],
              }),
          ),
        }),
    ),
  })
}
