// Derives requests from a route's zod schemas for the fuzz test: a plausible value for every
// field (the first of a few candidates the field's own schema accepts) and, per field, the
// malformed values a careless user or an attacker would send.
type Def = { type: string; [key: string]: unknown }
type Node = { _zod: { def: Def }; safeParse: (value: unknown) => { success: boolean } }

const defOf = (schema: unknown) => (schema as Node)._zod.def

const STRINGS = ['2024-01-15', '2024-01', 'Kiểm thử', 'a', 'abc', 'A1', '001', 'x.y', '12345678']
const NUMBERS = [1, 2024, 0, 2, 10, 100, 0.5]

/** The schema under wrappers (optional, default, pipe…): what the field's value must be. */
export function unwrap(schema: unknown): Def {
  const def = defOf(schema)
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return unwrap(def.innerType)
    case 'pipe':
      return unwrap(def.in)
    case 'lazy':
      return unwrap((def.getter as () => unknown)())
    default:
      return def
  }
}

function firstAccepted(schema: unknown, candidates: readonly unknown[]): unknown {
  return candidates.find((value) => (schema as Node).safeParse(value).success) ?? candidates[0]
}

/** A value the schema probably accepts, so that one mutated field is the only thing wrong. */
export function plausible(schema: unknown, depth = 0): unknown {
  if (!schema || depth > 6) return undefined
  const def = unwrap(schema)
  switch (def.type) {
    case 'string':
      return firstAccepted(schema, STRINGS)
    case 'number':
    case 'bigint':
      return firstAccepted(schema, def.coerce ? NUMBERS.map(String) : NUMBERS)
    case 'boolean':
      return true
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0]
    case 'literal':
      return (def.values as unknown[])[0]
    case 'array':
      return [plausible(def.element, depth + 1)]
    case 'object':
      return Object.fromEntries(
        Object.entries(def.shape as Record<string, unknown>).map(([key, child]) => [
          key,
          plausible(child, depth + 1),
        ]),
      )
    case 'union':
      return plausible((def.options as unknown[])[0], depth + 1)
    case 'record':
      return {}
    default:
      return undefined
  }
}

const deep = (levels: number): unknown => (levels === 0 ? 'đáy' : { x: deep(levels - 1) })

/** Malformed values for one field, chosen by what the field is. */
export function malformed(schema: unknown, key: string): unknown[] {
  const type = unwrap(schema).type
  const common: unknown[] = ['a\u0000b', '99999999999999999999', '\uD800\u202E\uFFFF😀', null]
  const byType: Record<string, unknown[]> = {
    string: [12345, 'x'.repeat(100_000), ['mảng'], '2024-02-31', '   '],
    number: ['abc', -1, 1e300, 1.5, 1e20, {}],
    bigint: ['abc', -1],
    boolean: ['có', 2],
    enum: ['khong_co', 7],
    array: ['abc', Array.from({ length: 6000 }, () => 1), [{}], deep(40)],
    object: ['abc', [], deep(40)],
    record: ['abc', [], Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`k${i}`, i]))],
  }
  void key
  return [...(byType[type] ?? ['abc', {}]), ...common]
}

/** The object's keys and their schemas (empty for anything that is not an object). */
export function fieldsOf(schema: unknown): [string, unknown][] {
  if (!schema) return []
  const def = unwrap(schema)
  return def.type === 'object' ? Object.entries(def.shape as Record<string, unknown>) : []
}

const asText = (value: unknown): string =>
  typeof value === 'string' ? value : JSON.stringify(value)

/** A URL component; a lone surrogate goes out as the invalid UTF-8 bytes it would be. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text)
  } catch {
    const wellFormed = text.replace(/[\uD800-\uDFFF]/g, '\uFFFD')
    return `${encodeURIComponent(wellFormed)}%ED%A0%80`
  }
}

/** Fills `:name` segments of a route's URL. */
export function fillUrl(url: string, params: Record<string, unknown>): string {
  return url.replace(/:(\w+)/g, (_, name: string) => encode(asText(params[name] ?? '1')))
}

export function toQueryString(query: Record<string, unknown>): string {
  const pairs = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      return `${encode(key)}=${encode(asText(value))}`
    })
  return pairs.length ? `?${pairs.join('&')}` : ''
}
