// Walks a zod (v4) schema and lists every string, number and array without an upper bound.
import type { z } from 'zod'

type Def = { type: string; [key: string]: unknown }
type Node = { _zod: { def: Def } }

export function findUnbounded(schema: z.ZodType, path = '', seen = new Set<unknown>()): string[] {
  const node = schema as unknown as Node
  if (seen.has(node)) return []
  seen.add(node)
  const def = node._zod.def
  const here = path || '(gốc)'
  const inner = (child: unknown, suffix: string) =>
    findUnbounded(child as z.ZodType, `${path}${suffix}`, seen)
  const checks = ((def.checks as Node[] | undefined) ?? []).map((check) => check._zod.def)
  const has = (...kinds: string[]) => checks.some((check) => kinds.includes(String(check.check)))
  switch (def.type) {
    case 'string':
      return has('max_length', 'length_equals') || def.format || checks.some(isClosedPattern)
        ? []
        : [`${here}: chuỗi không giới hạn độ dài`]
    case 'number':
    case 'bigint':
      // A custom rule (refine) may bound it with its own Vietnamese message (quota counts).
      return has('less_than', 'custom') ? [] : [`${here}: số không giới hạn`]
    case 'array':
      return [
        ...(has('max_length', 'length_equals') ? [] : [`${here}: danh sách không giới hạn`]),
        ...inner(def.element, '[]'),
      ]
    case 'object':
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, child]) =>
        inner(child, path ? `.${key}` : key),
      )
    case 'record': {
      // Keys from an enum are bounded; free keys need a refine counting them.
      const keys = (def.keyType as Node)._zod.def
      const bounded = keys.type === 'enum' || has('custom')
      return [
        ...(bounded ? [] : [`${here}: bản ghi khóa tự do không giới hạn số khóa`]),
        ...inner(def.keyType, '{khóa}'),
        ...inner(def.valueType, '{}'),
      ]
    }
    case 'union':
      return (def.options as unknown[]).flatMap((option) => inner(option, ''))
    case 'intersection':
      return [...inner(def.left, ''), ...inner(def.right, '')]
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return inner(def.innerType, '')
    case 'pipe': {
      // A transform's output is checked by the schema it pipes into.
      const out = def.out as Node
      return out._zod.def.type === 'transform' ? inner(def.in, '') : inner(def.out, '')
    }
    case 'lazy':
      return inner((def.getter as () => unknown)(), '')
    case 'tuple':
      return (def.items as unknown[]).flatMap((item, index) => inner(item, `[${index}]`))
    default:
      return []
  }
}

/** A regex anchored at both ends with no unbounded repetition bounds the string's length. */
function isClosedPattern(check: Def): boolean {
  const pattern = check.pattern as RegExp | undefined
  return (
    check.format === 'regex' &&
    !!pattern &&
    /^\^[^*+]*\$$/.test(pattern.source) &&
    !/\{\d+,\}/.test(pattern.source)
  )
}
