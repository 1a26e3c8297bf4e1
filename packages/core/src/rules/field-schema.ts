// The types a formula can see. A schema names scalar fields (the unit, person or plan values a
// rule reads) and collections (rows an aggregate ranges over, e.g. `units`).
import { z } from 'zod'

export const FIELD_TYPE_NAMES = ['number', 'boolean', 'string', 'enum'] as const

export const FieldType = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('number') }),
  z.strictObject({ type: z.literal('boolean') }),
  z.strictObject({ type: z.literal('string') }),
  z.strictObject({ type: z.literal('enum'), values: z.array(z.string()).min(1) }),
])
export type FieldType = z.infer<typeof FieldType>

export type FieldMap = Readonly<Record<string, FieldType>>

export type FieldSchema = {
  /** Fields visible everywhere (outside and inside aggregates). */
  fields: FieldMap
  /** Collections an aggregate may range over, with the fields of one row. */
  collections: Readonly<Record<string, FieldMap>>
}

export const NUMBER: FieldType = { type: 'number' }
export const BOOLEAN: FieldType = { type: 'boolean' }
export const STRING: FieldType = { type: 'string' }

export function enumOf(values: readonly string[]): FieldType {
  return { type: 'enum', values: [...values] }
}

export const FIELD_TYPE_LABELS: Record<FieldType['type'], string> = {
  number: 'số',
  boolean: 'đúng/sai',
  string: 'chuỗi',
  enum: 'danh mục',
}

/** Closest known name, to suggest a fix for a misspelt field (edit distance ≤ 3). */
export function suggestName(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = 4
  for (const candidate of known) {
    const distance = editDistance(name, candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      )
    }
    previous = current
  }
  return previous[b.length] ?? 99
}
