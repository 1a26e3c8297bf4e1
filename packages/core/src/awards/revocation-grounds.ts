// Revoking an award decision (hủy bỏ quyết định khen thưởng): the Law on Emulation and
// Rewards 2022, chapter on violations (legal.md §5.5, confidence H), names four grounds; the
// award item and money are recovered and the quota the award used becomes free again.

export const REVOCATION_GROUNDS = [
  'false_declaration',
  'forged_dossier',
  'unlawful_appraisal',
  'later_violation',
] as const
export type RevocationGround = (typeof REVOCATION_GROUNDS)[number]

export type RevocationGroundInfo = { code: 'a' | 'b' | 'c' | 'd'; label: string; source: string }

const SOURCE = 'Luật Thi đua, khen thưởng 2022, chương xử lý vi phạm (legal.md §5.5)'

export const REVOCATION_GROUND_INFO: Record<RevocationGround, RevocationGroundInfo> = {
  false_declaration: { code: 'a', label: 'Gian dối trong việc kê khai thành tích', source: SOURCE },
  forged_dossier: {
    code: 'b',
    label: 'Cung cấp thông tin sai sự thật hoặc làm giả hồ sơ, giấy tờ',
    source: SOURCE,
  },
  unlawful_appraisal: {
    code: 'c',
    label: 'Thẩm định, xét duyệt, đề nghị khen thưởng trái pháp luật',
    source: SOURCE,
  },
  later_violation: {
    code: 'd',
    label:
      'Có kết luận, bản án của cơ quan có thẩm quyền xác định vi phạm trong thời gian được tính để xét khen thưởng, không còn đủ tiêu chuẩn',
    source: SOURCE,
  },
}

export function isRevocationGround(value: string): value is RevocationGround {
  return (REVOCATION_GROUNDS as readonly string[]).includes(value)
}

/** "điểm b: Cung cấp thông tin sai sự thật…" for the minutes and the revoking decision. */
export function describeRevocationGround(ground: RevocationGround): string {
  const info = REVOCATION_GROUND_INFO[ground]
  return `điểm ${info.code}: ${info.label}`
}

/** Problems with a revocation request: a known ground and a written reason. */
export function findRevocationProblems(input: { ground: string; reason: string }): string[] {
  const problems: string[] = []
  if (!isRevocationGround(input.ground))
    problems.push(`Căn cứ hủy bỏ "${input.ground}" không có trong Luật Thi đua, khen thưởng`)
  if (input.reason.trim().length < 10) problems.push('Cần ghi rõ lý do hủy bỏ (ít nhất 10 ký tự)')
  return problems
}
