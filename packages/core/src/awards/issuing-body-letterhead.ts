// The letterhead (NĐ 30 ô 2: cơ quan chủ quản over cơ quan ban hành) and the body's name in a
// sentence, for each issuing body of a unit, so the header, the authority line, the number's
// symbol and the signing block of one document always name the same body.
import { nameInText, type IssuingBody } from './issuing-body'

export type LetterheadUnit = {
  name: string
  kind: string
  parentName: string | null
  /** The reward council's own name, for council documents. */
  councilName?: string | null
}

export type BodyLetterhead = {
  superiorBody: string | null
  issuerName: string
  /** The body as a sentence names it, e.g. "Ủy ban nhân dân tỉnh Đồng Tháp". */
  bodyName: string
}

const upper = (text: string) => text.toLocaleUpperCase('vi-VN')
const ADMINISTRATIVE = new Set(['province', 'district', 'commune'])

export function bodyLetterhead(body: IssuingBody, unit: LetterheadUnit): BodyLetterhead {
  const place = nameInText(unit.name)
  const committee = `Ủy ban nhân dân ${place}`
  if (body === 'people_committee')
    return { superiorBody: null, issuerName: upper(committee), bodyName: committee }
  if (body === 'police') {
    const superior =
      unit.kind === 'province' || !unit.parentName
        ? 'BỘ CÔNG AN'
        : upper(`Công an ${nameInText(unit.parentName)}`)
    return {
      superiorBody: superior,
      issuerName: upper(`Công an ${place}`),
      bodyName: `Công an ${place}`,
    }
  }
  if (body === 'steering')
    return {
      superiorBody: upper(committee),
      issuerName: 'BAN CHỈ ĐẠO 138',
      bodyName: `Ban Chỉ đạo 138 ${place}`,
    }
  if (body === 'council') {
    const name = (unit.councilName ?? 'Hội đồng Thi đua - Khen thưởng').replace(
      /\s*[–—]\s*/gu,
      ' - ',
    )
    return { superiorBody: upper(committee), issuerName: upper(name), bodyName: name }
  }
  return {
    superiorBody: unit.parentName ? upper(unit.parentName) : null,
    issuerName: upper(ADMINISTRATIVE.has(unit.kind) ? committee : unit.name),
    bodyName: ADMINISTRATIVE.has(unit.kind) ? committee : unit.name,
  }
}
