// Extract the numbers and dates of a seed plan text, and the values of a plan encoding, as
// comparable tokens. What counts as a "number" in a seed:
//   - percentages (90%, 05%), counts and years (01, 100, 2024), fractions (2/3, 19/28);
//   - dates dd/mm/yyyy, "ngày 25 tháng 3 năm 2024", ISO timestamps of digital signatures;
//     months ("tháng 8/2020", "tháng 7 năm 2024"); yearly dates with no year ("trước 30/3");
//   - document numbers (66/KH-BCĐ, 124/2021/TT-BCA, 06-NQ/TW) as one token each;
//   - dotted numbers kept as written (chỉ tiêu 19.2, phone 0693.620315).
// Not numbers: clause numbering at the start of a line ("1.", "2.1.", "IV.", OCR "I11."), and
// digits glued to letters (Cục V05, PX03, OCR noise such as "T6 quốc" for "Tổ quốc").

export type TokenKind =
  'number' | 'percent' | 'fraction' | 'date' | 'month' | 'daymonth' | 'docref' | 'decimal'
export type Token = { kind: TokenKind; value: string; raw: string; start: number; end: number }

const CLAUSE_NUMBER =
  /^[ \t]*(?:#+[ \t]*)?(?:\*+[ \t]*)*(?:[IVXl1]+|\d+(?:\.\d+)*)\.(?:\*+)?(?=\s)/gm
const pad = (value: string | number) => String(value).padStart(2, '0')

/** Whitespace-collapsed text without markdown marks, with each character's original offset. */
export function normalizeWithMap(text: string): { text: string; origin: number[] } {
  const source = text.normalize('NFC')
  let out = ''
  const origin: number[] = []
  let pendingSpace = false
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i)
    if (
      ch === '*' ||
      ch === '\\' ||
      (ch === '#' && (i === 0 || /[\n#]/.test(source.charAt(i - 1))))
    )
      continue
    if (/\s/.test(ch)) {
      pendingSpace = out.length > 0
      continue
    }
    if (pendingSpace) {
      out += ' '
      origin.push(i - 1)
      pendingSpace = false
    }
    out += ch
    origin.push(i)
  }
  return { text: out, origin }
}

export function normalizeText(text: string): string {
  return normalizeWithMap(text).text
}

type Made = Omit<Token, 'start' | 'end' | 'raw'> | undefined
type Rule = {
  pattern: RegExp
  make: (match: RegExpExecArray, before: string, after: string) => Made
}

const isDayMonth = (day: number, month: number) =>
  month >= 1 && month <= 12 && day >= 1 && day <= 31

const RULES: Rule[] = [
  {
    pattern: /(\d{4})-(\d{2})-(\d{2})T[\d:]+(?:[+-]\d{4})?/g,
    make: (m) => ({ kind: 'date', value: `${m[1]}-${m[2]}-${m[3]}` }),
  },
  {
    pattern: /(?<![\p{L}\d])(\d+)((?:\/\d{4})?)\s?[/-]([A-ZĐ][\p{L}\d&]*(?:[-/][\p{L}\d&]+)*)/gu,
    make: (m) => ({ kind: 'docref', value: m[0].replace(/\s/g, '') }),
  },
  {
    pattern: /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/g,
    make: (m) => ({ kind: 'date', value: `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}` }),
  },
  {
    pattern: /ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/g,
    make: (m) => ({ kind: 'date', value: `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}` }),
  },
  {
    pattern: /tháng (\d{1,2})(?: năm |\/)(\d{4})/g,
    make: (m) => ({ kind: 'month', value: `${m[2]}-${pad(m[1]!)}` }),
  },
  {
    pattern: /(?<!\d)(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])/g,
    make: (m) => (m[3] ? { kind: 'date', value: m[0] } : { kind: 'month', value: m[0] }),
  },
  {
    pattern: /(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/g,
    make: (m, before, after) => {
      const day = Number(m[1])
      const month = Number(m[2])
      const dated = /(ngày|trước|đến)\s*$/i.test(before) || /^\s*h[àằ]ng năm/.test(after)
      if (isDayMonth(day, month) && dated)
        return { kind: 'daymonth', value: `${pad(month)}-${pad(day)}` }
      return { kind: 'fraction', value: `${day}/${month}` }
    },
  },
  {
    pattern: /(?<!\d)(\d{2})-(\d{2})(?![\d-])/g,
    make: (m) =>
      isDayMonth(Number(m[2]), Number(m[1])) ? { kind: 'daymonth', value: m[0] } : undefined,
  },
  {
    pattern: /(?<![\p{L}\d])(\d+(?:[.,]\d+)?)\s?%/gu,
    make: (m) => ({ kind: 'percent', value: String(Number(m[1]!.replace(',', '.'))) }),
  },
  {
    pattern: /(?<![\p{L}\d.])(\d+\.\d+)(?![\p{L}\d])/gu,
    make: (m) => ({ kind: 'decimal', value: m[1]! }),
  },
  {
    pattern: /(?<![\p{L}\d])(\d+)(?![\p{L}\d])/gu,
    make: (m) => ({ kind: 'number', value: String(Number(m[1])) }),
  },
]

/** Tokens of a text; `masked` offsets (clause numbers) are skipped. */
export function extractTokens(
  text: string,
  masked: (start: number, end: number) => boolean = () => false,
): Token[] {
  const taken = new Array<boolean>(text.length).fill(false)
  const tokens: Token[] = []
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      if (taken.slice(start, end).some(Boolean)) continue
      const made = rule.make(
        m,
        text.slice(Math.max(0, start - 12), start),
        text.slice(end, end + 12),
      )
      if (!made) continue
      for (let i = start; i < end; i++) taken[i] = true
      if (!masked(start, end)) tokens.push({ ...made, raw: m[0], start, end })
    }
  }
  return tokens.sort((a, b) => a.start - b.start)
}

/** Tokens of a seed text, positions in its normalized form, clause numbers excluded. */
export function extractSeedTokens(seed: string): { normalized: string; tokens: Token[] } {
  const source = seed.normalize('NFC')
  const clauseMask = new Array<boolean>(source.length).fill(false)
  for (const m of source.matchAll(CLAUSE_NUMBER))
    for (let i = m.index; i < m.index + m[0].length; i++) clauseMask[i] = true
  const { text, origin } = normalizeWithMap(source)
  const masked = (start: number, end: number) =>
    origin.slice(start, end).some((index) => clauseMask[index])
  return { normalized: text, tokens: extractTokens(text, masked) }
}
