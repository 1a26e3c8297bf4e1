// The body a document is issued by (its Ủy ban nhân dân, police, Ban Chỉ đạo, reward council, or
// the unit itself), and how that body's letterhead, authority line, place name and signing block
// read (NĐ 30/2020 Phụ lục I). Who signs and which legal bases a body cites are data its
// administrator edits (issuing_body_settings, ADR 030); this file only composes them.
import type { AwardDecider } from './award-decider'

export const ISSUING_BODIES = ['people_committee', 'police', 'steering', 'council', 'unit'] as const
export type IssuingBody = (typeof ISSUING_BODIES)[number]

/** head: the office holder; KT.: a deputy signing for the head; Q.: an acting head. */
export const SIGNING_MODES = ['head', 'KT.', 'Q.'] as const
export type SigningMode = (typeof SIGNING_MODES)[number]

export type BodySigner = { key: string; name: string; title: string; mode: SigningMode }
/** A "Căn cứ …" line cited by documents dated from `from` to `to` (yyyy-mm-dd; null = open). */
export type LegalBasis = { text: string; from: string | null; to: string | null }
export type IssuingBodySettings = {
  /** The head's title, e.g. "Chủ tịch", "Giám đốc", "Trưởng ban", "Hiệu trưởng". */
  headTitle: string
  signers: BodySigner[]
  legalBases: LegalBasis[]
}

/** A signing block as NĐ 30 prints it, outer authority first (same shape as the renderers'). */
export type SigningBlock = {
  authority: { prefix: 'TM.' | 'KT.' | 'Q.'; title: string }[]
  title: string | null
  position: null
  name: string | null
}

type BodyInfo = { collective: string | null; headTitle: string; label: string }
export const ISSUING_BODY_INFO: Record<IssuingBody, BodyInfo> = {
  people_committee: {
    collective: 'Ủy ban nhân dân',
    headTitle: 'Chủ tịch',
    label: 'Ủy ban nhân dân',
  },
  police: { collective: null, headTitle: 'Giám đốc', label: 'Công an' },
  steering: { collective: 'Ban Chỉ đạo', headTitle: 'Trưởng ban', label: 'Ban Chỉ đạo 138' },
  council: {
    collective: 'Hội đồng',
    headTitle: 'Chủ tịch Hội đồng',
    label: 'Hội đồng Thi đua - Khen thưởng',
  },
  unit: { collective: null, headTitle: '', label: 'Đơn vị' },
}

/**
 * Legal bases known with high confidence (legal.md §5: the Law of 15/6/2022 in force 1/1/2024,
 * NĐ 98/2023 of 31/12/2023). A body starts from these; the Law on local government and any
 * other basis (numbers NOT VERIFIED in legal.md §8.2) are added by its administrator.
 */
export const DEFAULT_LEGAL_BASES: readonly LegalBasis[] = [
  { text: 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022', from: '2024-01-01', to: null },
  {
    text: 'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    from: '2024-01-01',
    to: null,
  },
]

export function defaultBodySettings(body: IssuingBody): IssuingBodySettings {
  return {
    headTitle: ISSUING_BODY_INFO[body].headTitle,
    signers: [],
    legalBases: [...DEFAULT_LEGAL_BASES],
  }
}

/** The body whose decision an award form's decider names. */
export function bodyOfDecider(decider: AwardDecider): IssuingBody {
  if (
    decider.body === 'people_committee' ||
    decider.body === 'police' ||
    decider.body === 'steering'
  )
    return decider.body
  return 'unit'
}

/** The body a number's issuer code names: UBND, CA…, BCĐ, HĐTĐKT; any other is the unit's own. */
export function bodyOfIssuerCode(code: string): IssuingBody {
  if (code === 'UBND') return 'people_committee'
  if (/^CA/u.test(code)) return 'police'
  if (code === 'BCĐ') return 'steering'
  if (code === 'HĐTĐKT') return 'council'
  return 'unit'
}

/**
 * The signing block: "TM. <body>" when the document is the collective body's, then the head's
 * title, "KT. <head>" over a deputy's own title, or "Q. <head>" for an acting head.
 * @example composeSigningBlock('people_committee', 'Chủ tịch', deputy, false) // KT. CHỦ TỊCH / PHÓ CHỦ TỊCH
 */
export function composeSigningBlock(
  body: IssuingBody,
  headTitle: string,
  signer: Pick<BodySigner, 'name' | 'title' | 'mode'>,
  onBehalfOfBody: boolean,
): SigningBlock {
  const collective = ISSUING_BODY_INFO[body].collective
  const authority: SigningBlock['authority'] =
    onBehalfOfBody && collective ? [{ prefix: 'TM.', title: collective }] : []
  if (signer.mode === 'KT.') authority.push({ prefix: 'KT.', title: headTitle })
  if (signer.mode === 'Q.') authority.push({ prefix: 'Q.', title: headTitle })
  const title = signer.mode === 'head' ? headTitle : signer.mode === 'KT.' ? signer.title : null
  return { authority, title, position: null, name: signer.name }
}

/** A signer typed by title only: "Phó …" signs KT., "Quyền …" signs Q., any other as head. */
export function readSigningMode(title: string): SigningMode {
  if (/^(phó\s|kt\.)/iu.test(title.trim())) return 'KT.'
  if (/^quyền\b/iu.test(title.trim())) return 'Q.'
  return 'head'
}

/** A typed title as a signer: "KT. Giám đốc - Phó Giám đốc" is a deputy titled "Phó Giám đốc". */
export function readTypedSigner(title: string): { mode: SigningMode; title: string } {
  const deputy = /^KT\.\s*[^-–]+[-–]\s*(.+)$/iu.exec(title.trim())
  if (deputy?.[1]) return { mode: 'KT.', title: deputy[1].trim() }
  return { mode: readSigningMode(title), title: title.trim() }
}

/** The bases a document dated `date` cites, in the order kept. */
export function legalBasesOn(bases: readonly LegalBasis[], date: string | null): string[] {
  const day = date ?? '9999-12-31'
  return bases
    .filter((basis) => (basis.from ?? '0000') <= day && day <= (basis.to ?? '9999-12-31'))
    .map((basis) => basis.text)
}

const KIND_WORDS = /^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu)\s+(.+)$/u

/**
 * The địa danh before the date (NĐ 30 Phụ lục I): the unit's name without its kind, except a
 * unit named by a number keeps its full name ("Phường 1", "Quận 3").
 */
export function placeNameOf(unitName: string): string {
  const match = KIND_WORDS.exec(unitName.trim())
  if (!match?.[2]) return unitName.trim()
  return /^\d/u.test(match[2]) ? unitName.trim() : match[2]
}

/** A unit's name inside a sentence: "Tỉnh Đồng Tháp" → "tỉnh Đồng Tháp" ("Phường 1" kept). */
export function nameInText(unitName: string): string {
  const match = KIND_WORDS.exec(unitName.trim())
  if (!match?.[1] || !match[2] || /^\d/u.test(match[2])) return unitName.trim()
  return `${match[1].toLocaleLowerCase('vi-VN')} ${match[2]}`
}

/** The reward council's abbreviation in its biên bản's number: "Số: 3/BB-HĐTĐKT". */
export const COUNCIL_ISSUER_CODE = 'HĐTĐKT'

/**
 * Who decides, in words: the head's title before the body's name, "Chủ tịch Ủy ban nhân dân
 * tỉnh Đồng Tháp"; a "Trưởng ban" of a Ban Chỉ đạo reads "Trưởng Ban Chỉ đạo 138 huyện X".
 */
export function describeAuthority(headTitle: string, bodyName: string): string {
  const title = headTitle.trim()
  if (/\bban$/iu.test(title) && /^Ban\s/u.test(bodyName))
    return `${title.replace(/\s+ban$/iu, '')} ${bodyName}`
  return `${title} ${bodyName}`
}
