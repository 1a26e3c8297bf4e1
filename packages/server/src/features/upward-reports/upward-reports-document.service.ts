// The upward report as a document: the written sections around the computed parts (frozen
// ones once sent), in the NĐ 30 "BÁO CÁO" layout, as DOCX or PDF (LibreOffice).
import type { Actor } from '@antq/core'
import { renderUpwardReportDocx, type UpwardReportView } from '@antq/documents'
import type { Deps } from '../../deps'
import { convertToPdf } from '../documents/pdf-convert'
import type { OccurrenceKey } from './upward-reports.context'
import { getUpwardReport } from './upward-reports.service'

type Report = Awaited<ReturnType<typeof getUpwardReport>>

const PLACE_PREFIX = /^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+/i
const LEVEL_AUTHORITY = new Set(['province', 'district', 'commune'])

const paragraphsOf = (text: string, empty: string) => {
  const lines = text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
  return lines.length > 0 ? lines : [empty]
}

/** The document's view: header, title, addressee, sections I–IV, closing. */
export function toUpwardReportView(report: Report, date: string): UpwardReportView {
  const unitName = report.unit.name
  const level = LEVEL_AUTHORITY.has(report.unit.kind)
  return {
    header: {
      superiorBody: level ? null : (report.recipient?.name.toLocaleUpperCase('vi') ?? null),
      issuerName: (level ? `UBND ${unitName}` : unitName).toLocaleUpperCase('vi'),
      number: { sequence: null, symbol: 'BC' },
      place: unitName.replace(PLACE_PREFIX, ''),
      date,
    },
    summary: `${report.obligation.label} ${report.occurrence.periodLabel}`,
    addressees: [report.obligation.recipientText],
    sections: [
      {
        title: 'Tình hình triển khai',
        paragraphs: paragraphsOf(report.sections.narrative, '(Chưa viết)'),
        parts: [],
      },
      { title: 'Kết quả thực hiện', paragraphs: [], parts: report.parts },
      {
        title: 'Tồn tại, hạn chế',
        paragraphs: paragraphsOf(report.sections.shortcomings, '(Chưa viết)'),
        parts: [],
      },
      {
        title: 'Phương hướng, đề xuất, kiến nghị',
        paragraphs: paragraphsOf(report.sections.proposals, '(Chưa viết)'),
        parts: [],
      },
    ],
    recipients: ['Như trên;', 'Lưu: VT.'],
    signer: {
      authority: level ? [{ prefix: 'TM.', title: 'ỦY BAN NHÂN DÂN' }] : [],
      title: level ? 'CHỦ TỊCH' : 'THỦ TRƯỞNG ĐƠN VỊ',
      position: null,
      name: null,
    },
  }
}

export async function renderUpwardReport(
  deps: Deps,
  actor: Actor,
  key: OccurrenceKey,
  format: 'docx' | 'pdf',
) {
  const report = await getUpwardReport(deps, actor, key)
  const date = report.submittedOn ?? report.today
  const bytes = await renderUpwardReportDocx(toUpwardReportView(report, date))
  const baseName = `bao-cao-${key.obligationId}-${key.periodKey}-${key.unitId}`
  if (format === 'pdf')
    return { fileName: `${baseName}.pdf`, bytes: await convertToPdf(bytes, baseName) }
  return { fileName: `${baseName}.docx`, bytes }
}
