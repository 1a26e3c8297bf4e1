// A byte-comparable sort key for Vietnamese order. PGlite has no Vietnamese ICU data and a
// server's default collation may sort by code point, so the database stores this key and
// orders by it with COLLATE "C": the same order as Intl.Collator('vi') on every engine.

const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz'
// Tones in Vietnamese order: ngang, huyền, hỏi, ngã, sắc, nặng.
const TONES: Record<string, number> = {
  '\u0300': 1,
  '\u0309': 2,
  '\u0303': 3,
  '\u0301': 4,
  '\u0323': 5,
}
const LETTER_MARKS: Record<string, Record<string, string>> = {
  a: { '\u0306': 'ă', '\u0302': 'â' },
  e: { '\u0302': 'ê' },
  o: { '\u0302': 'ô', '\u031b': 'ơ' },
  u: { '\u031b': 'ư' },
}
const LETTER_BASE = 0x100

const ENCODED = new Map(
  [...ALPHABET].map((letter, i) => [letter, String.fromCharCode(LETTER_BASE + i)]),
)
const isMark = (char: string) => char >= '\u0300' && char <= '\u036f'

function encodeLetter(letter: string): string {
  return ENCODED.get(letter) ?? letter
}

/** Sort key: letters by Vietnamese alphabet, digit runs numerically, then tones as a tie-break. */
export function viSortKey(text: string): string {
  const decomposed = text.toLowerCase().normalize('NFD')
  let primary = ''
  let tones = ''
  let digits = ''
  const flushDigits = () => {
    if (digits) primary += digits.replace(/^0+(?=\d)/, '').padStart(10, '0')
    digits = ''
  }
  for (let i = 0; i < decomposed.length; i++) {
    const char = decomposed.charAt(i)
    if (char >= '0' && char <= '9') {
      digits += char
      continue
    }
    flushDigits()
    if (TONES[char] !== undefined) {
      tones = tones.slice(0, -1) + String(TONES[char])
      continue
    }
    const modified = LETTER_MARKS[primary.length > 0 ? lastLetter(decomposed, i) : '']?.[char]
    if (modified) {
      primary = primary.slice(0, -1) + encodeLetter(modified)
      continue
    }
    if (isMark(char)) continue
    primary += encodeLetter(char)
    tones += '0'
  }
  flushDigits()
  return `${primary}\u0001${tones}`
}

function lastLetter(text: string, index: number): string {
  for (let i = index - 1; i >= 0; i--) {
    const char = text.charAt(i)
    if (!isMark(char)) return char
  }
  return ''
}
