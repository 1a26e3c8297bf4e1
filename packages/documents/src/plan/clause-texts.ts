// A plan definition quotes each clause in pieces: one clause becomes several targets or
// conditions, each carrying the fragment it encodes. These put the printed sentence back.

/** Join the fragments of each clause (grouped by `source`, in order), dropping repeats. */
export function mergeClauseTexts(items: readonly { source: string; text: string }[]): string[] {
  const groups = new Map<string, string[]>()
  for (const item of items) groups.set(item.source, [...(groups.get(item.source) ?? []), item.text])
  return [...groups.values()].map((texts) => joinFragments(dropContained(texts)))
}

/** Order fragments as they stand in the full clause, dropping those another one contains. */
export function orderWithinClause(clause: string, fragments: readonly string[]): string[] {
  const whole = normalize(clause)
  const position = (text: string): number => {
    const index = whole.indexOf(normalize(text))
    return index < 0 ? Number.MAX_SAFE_INTEGER : index
  }
  return [...dropContained(fragments)].sort((a, b) => position(a) - position(b))
}

/** Keep each distinct fragment once, leaving out those quoted inside a longer one. */
export function dropContained(texts: readonly string[]): string[] {
  const distinct = [...new Map(texts.map((text) => [normalize(text), text.trim()])).entries()]
  return distinct
    .filter(([key]) => !distinct.some(([other]) => other !== key && other.includes(key)))
    .map(([, text]) => text)
}

function joinFragments(texts: readonly string[]): string {
  return texts.reduce((joined, text) => {
    if (joined === '') return text
    return /[.;:!?]$/.test(joined) ? `${joined} ${text}` : `${joined}, ${text}`
  }, '')
}

function normalize(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}
