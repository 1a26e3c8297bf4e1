// The values an import cell may hold for a fixed set: the code stored in the database
// ("residential_area") or the Vietnamese label the template shows and its drop-down offers
// ("Khu dân cư"), in any case and spacing; without accents only when that names one value.
import { foldAccents, normalizeName } from '../text/vietnamese'

/** The code a cell names among `labels` (code → label), or undefined. */
export function resolveChoice<T extends string>(
  raw: string,
  labels: Readonly<Record<T, string>>,
): T | undefined {
  const codes = Object.keys(labels) as T[]
  const text = normalizeName(raw)
  if (codes.includes(text as T)) return text as T
  const lower = text.toLocaleLowerCase('vi')
  const byLabel = codes.find((code) => labels[code].toLocaleLowerCase('vi') === lower)
  if (byLabel) return byLabel
  const folded = codes.filter((code) => foldAccents(labels[code]) === foldAccents(text))
  return folded.length === 1 ? folded[0] : undefined
}

/** "Khu dân cư, Cơ quan, …" for a refusal message: what the drop-down offers. */
export function describeChoices(labels: Readonly<Record<string, string>>): string {
  return Object.values(labels).join('; ')
}
