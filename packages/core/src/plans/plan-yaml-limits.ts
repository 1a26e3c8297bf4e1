// Limits for plan files, checked before and after parsing so a hostile or broken file is
// refused with a clear message instead of exhausting memory or the stack.
import { isCollection, isPair, type Document, type Node } from 'yaml'

export const MAX_PLAN_BYTES = 1_000_000
export const MAX_PLAN_DEPTH = 32

/** UTF-8 size; a text longer than the limit in characters is over it in bytes too. */
export function measureBytes(text: string): number {
  return text.length > MAX_PLAN_BYTES ? text.length : new TextEncoder().encode(text).length
}

/** Offset where flow brackets ([ {) nest deeper than the limit, outside quotes and comments. */
export function findDeepFlow(text: string): number | undefined {
  let depth = 0
  let quote: string | undefined
  let comment = false
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i)
    if (comment) {
      if (ch === '\n') comment = false
    } else if (quote) {
      if (ch === quote && !(quote === '"' && text.charAt(i - 1) === '\\')) quote = undefined
    } else if (ch === '"' || ch === "'") {
      // A quote only opens a string at the start of a scalar, not inside words like "Nhân dân's".
      if (/[\s[{,:-]/.test(text.charAt(i - 1) || ' ')) quote = ch
    } else if (ch === '#' && /\s/.test(text.charAt(i - 1) || ' ')) comment = true
    else if (ch === '[' || ch === '{') {
      if (++depth > MAX_PLAN_DEPTH) return i
    } else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1)
  }
  return undefined
}

/** The first node nested deeper than the limit (block or flow), found without recursion. */
export function findDeepNode(doc: Document): Node | undefined {
  const stack: [unknown, number][] = [[doc.contents, 1]]
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry
    if (!isCollection(node)) continue
    if (depth > MAX_PLAN_DEPTH) return node
    for (const item of node.items) {
      const child = isPair(item) ? item.value : item
      stack.push([child, depth + 1])
    }
  }
  return undefined
}
