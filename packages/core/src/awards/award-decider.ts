// Who decides an award form (the plan's `decider`, e.g. "Giám đốc Công an tỉnh", "Chủ tịch UBND
// huyện") read as the body that issues the decision: its level, the chữ viết tắt in the number
// (QĐ-CAT, QĐ-UBND — NĐ 30/2020 Phụ lục III), the signer's office and the letterhead. A decision
// takes all four from here, so a Công an tỉnh Giấy khen cannot be issued under a UBND huyện
// letterhead. A decider the reading does not recognise ("Thủ trưởng cơ quan, đơn vị có thẩm
// quyền", plan 003) constrains nothing and says so (body 'other').

export type DeciderLevel = 'central' | 'province' | 'district' | 'commune'
export type AwardDecider = {
  body: 'ministry' | 'police' | 'people_committee' | 'steering' | 'other'
  /** The levels of the issuing unit; empty for a body outside the unit register (the ministry). */
  levels: readonly DeciderLevel[]
  /** Chữ viết tắt of the issuing body in the number; null when not known. */
  code: string | null
  /** The office that signs (a deputy signs "KT." for it), lower case; null when not known. */
  office: string | null
  /** The plan's own words. */
  text: string
}

const lower = (text: string) => text.toLocaleLowerCase('vi-VN')

function levelsIn(text: string): DeciderLevel[] {
  const levels: DeciderLevel[] = []
  if (/tỉnh|thành phố trực thuộc/u.test(text)) levels.push('province')
  if (/huyện|quận|thị xã/u.test(text)) levels.push('district')
  if (/xã|phường|thị trấn/u.test(text.replace(/thị xã/gu, ''))) levels.push('commune')
  return levels
}

/**
 * The issuing body an award form's decider names.
 * @example readAwardDecider('Giám đốc Công an tỉnh') // { body: 'police', levels: ['province'], code: 'CAT', office: 'giám đốc', … }
 */
export function readAwardDecider(decider: string): AwardDecider {
  const text = lower(decider)
  if (/bộ trưởng bộ công an/u.test(text))
    return { body: 'ministry', levels: [], code: 'BCA', office: 'bộ trưởng', text: decider }
  if (/công an/u.test(text)) {
    const levels = levelsIn(text.replace(/bộ công an/gu, ''))
    const code = levels[0] === 'district' ? 'CAH' : levels[0] === 'commune' ? 'CAX' : 'CAT'
    const office = /giám đốc/u.test(text) ? 'giám đốc' : 'trưởng'
    return { body: 'police', levels, code, office, text: decider }
  }
  if (/ubnd|ủy ban nhân dân|uỷ ban nhân dân/u.test(text))
    return {
      body: 'people_committee',
      levels: levelsIn(text),
      code: 'UBND',
      office: 'chủ tịch',
      text: decider,
    }
  if (/ban chỉ đạo/u.test(text))
    return { body: 'steering', levels: [], code: 'BCĐ', office: null, text: decider }
  return { body: 'other', levels: [], code: null, office: null, text: decider }
}

const LEVEL_NAMES: Record<DeciderLevel, string> = {
  central: 'trung ương',
  province: 'cấp tỉnh',
  district: 'cấp huyện',
  commune: 'cấp xã',
}

/**
 * Why a decision of `formName` cannot be issued by this unit, number symbol and signer; empty
 * when the decider allows it. The unit's kind is its level (province, district, commune).
 */
export function findDeciderProblems(
  formName: string,
  decider: AwardDecider,
  issue: { unitKind: string; unitName: string; issuerCode?: string | null; signerTitle: string },
): string[] {
  const problems: string[] = []
  const who = `${formName} do ${decider.text} quyết định`
  if (decider.body === 'ministry')
    problems.push(`${who}; quyết định do Bộ Công an ban hành, không lập tại ${issue.unitName}`)
  else if (decider.levels.length > 0 && !decider.levels.includes(issue.unitKind as DeciderLevel))
    problems.push(
      `${who}: đơn vị ban hành phải là ${decider.levels.map((level) => LEVEL_NAMES[level]).join(' hoặc ')}, không phải ${issue.unitName}`,
    )
  if (decider.code && issue.issuerCode && issue.issuerCode !== decider.code)
    problems.push(
      `${who}: số ký hiệu phải là QĐ-${decider.code}, không phải QĐ-${issue.issuerCode}`,
    )
  if (decider.office && !lower(issue.signerTitle).includes(decider.office))
    problems.push(
      `${who}: người ký phải là ${decider.office} (hoặc cấp phó ký thay), không phải "${issue.signerTitle}"`,
    )
  return problems
}

/** The letterhead's two lines and the body's name, e.g. "BỘ CÔNG AN" / "CÔNG AN TỈNH TUYÊN QUANG". */
export function deciderLetterhead(
  decider: AwardDecider,
  unit: { name: string; parentName: string | null; administrative: boolean },
): { superiorBody: string | null; issuerName: string } {
  const upper = (text: string) => text.toLocaleUpperCase('vi-VN')
  if (decider.body === 'ministry') return { superiorBody: null, issuerName: 'BỘ CÔNG AN' }
  if (decider.body === 'police')
    return { superiorBody: 'BỘ CÔNG AN', issuerName: upper(`Công an ${unit.name}`) }
  if (decider.body === 'steering')
    return { superiorBody: upper(`Ủy ban nhân dân ${unit.name}`), issuerName: 'BAN CHỈ ĐẠO 138' }
  return {
    superiorBody: unit.parentName ? upper(unit.parentName) : null,
    issuerName: upper(unit.administrative ? `Ủy ban nhân dân ${unit.name}` : unit.name),
  }
}
