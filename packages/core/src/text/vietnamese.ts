// Vietnamese text helpers shared by server, web and documents.
// Accent folding cannot rely on Intl.Collator: đ/ă/â are separate letters there.

const COMBINING_MARKS = /[\u0300-\u036f]/g

/** Fold a Vietnamese string for accent-insensitive search: lower case, no diacritics, đ→d. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** Normalise a name as stored: NFC, trimmed, single spaces. */
export function normalizeName(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true })

/** Compare two strings in Vietnamese alphabetical order (A Ă Â B C D Đ E Ê …). */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b)
}

/** Sort a copy of the list in Vietnamese order by the given key. */
export function sortVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareVi(key(x), key(y)))
}
