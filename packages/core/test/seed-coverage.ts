// Coverage of a seed's numbers by its plan encoding. An element is any object in the plan with
// a `text` (the verbatim clause); its values are every other scalar inside it except `source`
// and `id`. Level 1: every distinct number of the seed is a value somewhere in the plan or in
// `notEnforced`. Level 2 (clean texts): every occurrence lies inside the verbatim text of an
// element that holds it as a value. The plan's own years and the numbers in the issuer's name
// (Ban Chỉ đạo 138) are ambient and may appear anywhere.
import { extractSeedTokens, extractTokens, normalizeText, type Token } from './seed-tokens'

export type Element = { path: string; text: string; values: Token[] }
export type Uncovered = { token: Token; context: string }

const SKIPPED_KEYS = new Set(['text', 'source', 'id'])

export function collectElements(plan: unknown): Element[] {
  const elements: Element[] = []
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((item, index) => visit(item, `${path}[${index}]`))
    if (node === null || typeof node !== 'object') return
    const record = node as Record<string, unknown>
    if (typeof record['text'] === 'string')
      elements.push({ path, text: normalizeText(record['text']), values: valueTokens(record) })
    for (const [key, child] of Object.entries(record)) visit(child, path ? `${path}.${key}` : key)
  }
  visit(plan, '')
  return elements
}

export function valueTokens(node: unknown): Token[] {
  if (typeof node === 'number')
    return [{ kind: 'number', value: String(node), raw: String(node), start: 0, end: 0 }]
  if (typeof node === 'string') return extractTokens(node)
  if (Array.isArray(node)) return node.flatMap(valueTokens)
  if (node === null || typeof node !== 'object') return []
  return Object.entries(node).flatMap(([key, child]) =>
    SKIPPED_KEYS.has(key) ? [] : valueTokens(child),
  )
}

/** Whether a value token encodes a seed token (a year is also encoded by a date in that year). */
export function encodes(value: Token, seed: Token): boolean {
  if (value.kind === seed.kind && value.value === seed.value) return true
  if (seed.kind === 'number')
    return (
      (value.kind === 'date' || value.kind === 'month') && value.value.startsWith(`${seed.value}-`)
    )
  if (seed.kind === 'month')
    return value.kind === 'date' && value.value.startsWith(`${seed.value}-`)
  if (seed.kind === 'daymonth')
    return value.kind === 'date' && value.value.endsWith(`-${seed.value}`)
  if (seed.kind === 'decimal')
    return value.kind === 'number' && Number(value.value) === Number(seed.value)
  return false
}

function isEncodedBy(values: readonly Token[], seed: Token): boolean {
  if (values.some((value) => encodes(value, seed))) return true
  if (seed.kind === 'fraction') {
    const [a, b] = seed.value.split('/')
    return [a, b].every((part) =>
      values.some((value) => value.kind === 'number' && value.value === part),
    )
  }
  if (seed.kind === 'docref') {
    // "Số: 860/KH-UBND" encoded as number 860 and symbol "KH-UBND".
    const match = /^(\d+)\/(.+)$/.exec(seed.value)
    return (
      !!match && values.some((v) => v.kind === 'number' && v.value === String(Number(match[1])))
    )
  }
  return false
}

export function ambientTokens(plan: {
  period: { startYear: number; endYear: number | null }
  metadata: { issuer: { name: string } }
}): Token[] {
  const years: Token[] = []
  for (
    let year = plan.period.startYear;
    year <= (plan.period.endYear ?? plan.period.startYear);
    year++
  )
    years.push({ kind: 'number', value: String(year), raw: String(year), start: 0, end: 0 })
  return [...years, ...extractTokens(plan.metadata.issuer.name)]
}

export function findUncoveredDistinct(seedText: string, plan: unknown): Uncovered[] {
  const { normalized, tokens } = extractSeedTokens(seedText)
  const all = collectElements(plan).flatMap((element) => element.values)
  const seen = new Set<string>()
  return tokens.flatMap((token) => {
    const key = `${token.kind}:${token.value}`
    if (seen.has(key)) return []
    seen.add(key)
    return isEncodedBy(all, token) ? [] : [{ token, context: contextOf(normalized, token) }]
  })
}

export function findUncoveredOccurrences(
  seedText: string,
  plan: Parameters<typeof ambientTokens>[0],
): Uncovered[] {
  const { normalized, tokens } = extractSeedTokens(seedText)
  const ambient = ambientTokens(plan)
  const spans = collectElements(plan).flatMap((element) =>
    occurrencesOf(normalized, element.text).map((start) => ({
      start,
      end: start + element.text.length,
      element,
    })),
  )
  return tokens.flatMap((token) => {
    if (isEncodedBy(ambient, token)) return []
    const covering = spans.filter((span) => span.start <= token.start && token.end <= span.end)
    return covering.some((span) => isEncodedBy(span.element.values, token))
      ? []
      : [{ token, context: contextOf(normalized, token) }]
  })
}

/** Elements whose text is not found verbatim in the seed. */
export function findNonVerbatim(seedText: string, plan: unknown): Element[] {
  const normalized = normalizeText(seedText)
  return collectElements(plan).filter((element) => !normalized.includes(element.text))
}

function occurrencesOf(haystack: string, needle: string): number[] {
  const found: number[] = []
  for (
    let i = haystack.indexOf(needle);
    i >= 0 && needle.length > 0;
    i = haystack.indexOf(needle, i + 1)
  )
    found.push(i)
  return found
}

function contextOf(text: string, token: Token): string {
  return text.slice(Math.max(0, token.start - 50), token.end + 30)
}

const fold = (text: string): string[] =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1)

/**
 * For a seed known only as an OCR copy without diacritics: the share of each element's words
 * (accents folded) found in the OCR text. Restored quotes score high; invented text does not.
 */
export function measureFidelity(
  seedText: string,
  plan: unknown,
): { path: string; score: number }[] {
  const words = new Set(fold(seedText))
  return collectElements(plan).map((element) => {
    const own = fold(element.text)
    const found = own.filter((word) => words.has(word)).length
    return { path: element.path, score: own.length === 0 ? 1 : found / own.length }
  })
}
