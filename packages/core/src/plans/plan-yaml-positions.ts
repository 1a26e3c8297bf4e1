// Map a plan path (and an offset inside a formula string) back to line:column in the YAML
// source, using the yaml package's node ranges and LineCounter.
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  Scalar,
  type Document,
  type LineCounter,
  type Node,
} from 'yaml'
import type { PathSegment } from './plan-issues'

export type SourcePosition = { line: number; column: number }

/** The deepest node on the path; for a missing key, the map that should hold it. */
export function findNode(
  doc: Document,
  path: readonly PathSegment[],
  atKey: boolean,
): Node | undefined {
  let node: unknown = doc.contents
  for (const [index, segment] of path.entries()) {
    const isLast = index === path.length - 1
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      )
      if (!pair) return node
      if (isLast && atKey) return pair.key as Node
      node = pair.value ?? pair.key
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment]
      if (item === undefined) return node
      node = item
    } else return asNode(node)
  }
  return asNode(node)
}

function asNode(value: unknown): Node | undefined {
  return value && typeof value === 'object' && 'range' in value ? (value as Node) : undefined
}

/** The source offset of a character inside a scalar's value (for formula spans). */
export function offsetInScalar(source: string, node: Node, valueOffset: number): number {
  const start = node.range?.[0] ?? 0
  if (!(node instanceof Scalar)) return start
  const end = node.range?.[1] ?? start
  const raw = source.slice(start, end)
  switch (node.type) {
    case Scalar.PLAIN:
      return raw.includes('\n') ? start : start + valueOffset
    case Scalar.QUOTE_SINGLE:
    case Scalar.QUOTE_DOUBLE:
      return raw.includes('\n') ? start : start + 1 + rawIndex(raw.slice(1), valueOffset, node.type)
    case Scalar.BLOCK_LITERAL:
      return offsetInBlock(source, start, valueOffset)
    case Scalar.BLOCK_FOLDED:
    case undefined:
      return start
  }
}

// Walk the quoted text counting decoded characters: '' and \x each decode to one character.
function rawIndex(raw: string, valueOffset: number, type: Scalar.Type): number {
  let decoded = 0
  let i = 0
  while (decoded < valueOffset && i < raw.length) {
    const escape = type === Scalar.QUOTE_SINGLE ? raw.startsWith("''", i) : raw.charAt(i) === '\\'
    i += escape ? 2 : 1
    decoded++
  }
  return i
}

// A literal block keeps its lines: value line n is source line header+1+n, after the indent.
function offsetInBlock(source: string, start: number, valueOffset: number): number {
  const headerEnd = source.indexOf('\n', start)
  if (headerEnd < 0) return start
  const firstLine = source.slice(headerEnd + 1).split('\n', 1)[0] ?? ''
  const indent = firstLine.length - firstLine.trimStart().length
  let position = headerEnd + 1
  let remaining = valueOffset
  for (;;) {
    const lineEnd = source.indexOf('\n', position)
    const contentLength = (lineEnd < 0 ? source.length : lineEnd) - position - indent
    if (remaining <= contentLength || lineEnd < 0) return position + indent + Math.max(0, remaining)
    remaining -= contentLength + 1
    position = lineEnd + 1
  }
}

export function toPosition(lineCounter: LineCounter, offset: number): SourcePosition {
  const { line, col } = lineCounter.linePos(offset)
  return { line, column: col }
}
