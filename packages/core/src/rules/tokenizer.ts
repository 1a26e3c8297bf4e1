// Hand-written tokenizer for the formula language. It never throws: an unknown character or
// an unclosed string becomes an error with its offset, which the parser reports.
import type { ExpressionError } from './ast'

export type TokenType =
  'number' | 'percent' | 'string' | 'identifier' | 'keyword' | 'operator' | 'punct' | 'end'

export type Token = { type: TokenType; text: string; value: string; start: number; end: number }

export const KEYWORDS = ['and', 'or', 'not', 'in', 'true', 'false'] as const
const OPERATORS = ['<=', '>=', '!=', '==', '=', '<', '>', '+', '-', '*', '/'] as const
const PUNCTUATION = ['(', ')', '[', ']', ','] as const

const IDENT_START = /[A-Za-z_]/
const IDENT_PART = /[A-Za-z0-9_]/
const DIGIT = /[0-9]/

export type TokenizeResult = { tokens: Token[]; error?: ExpressionError }

export function tokenizeExpression(source: string): TokenizeResult {
  const tokens: Token[] = []
  let i = 0
  while (i < source.length) {
    const ch = source.charAt(i)
    if (/\s/.test(ch)) {
      i++
      continue
    }
    const start = i
    if (DIGIT.test(ch)) {
      i = readNumber(source, i)
      const text = source.slice(start, i)
      if (source.charAt(i) === '%') {
        i++
        tokens.push({ type: 'percent', text: source.slice(start, i), value: text, start, end: i })
      } else tokens.push({ type: 'number', text, value: text, start, end: i })
      continue
    }
    if (IDENT_START.test(ch)) {
      const read = readIdentifier(source, i)
      if ('error' in read) return { tokens, error: read.error }
      i = read.end
      const text = source.slice(start, i)
      const type = (KEYWORDS as readonly string[]).includes(text) ? 'keyword' : 'identifier'
      tokens.push({ type, text, value: text, start, end: i })
      continue
    }
    if (ch === '"' || ch === "'") {
      const read = readString(source, i)
      if ('error' in read) return { tokens, error: read.error }
      i = read.end
      tokens.push({
        type: 'string',
        text: source.slice(start, i),
        value: read.value,
        start,
        end: i,
      })
      continue
    }
    const op = OPERATORS.find((candidate) => source.startsWith(candidate, i))
    if (op) {
      i += op.length
      const value = op === '==' ? '=' : op
      tokens.push({ type: 'operator', text: op, value, start, end: i })
      continue
    }
    if ((PUNCTUATION as readonly string[]).includes(ch)) {
      i++
      tokens.push({ type: 'punct', text: ch, value: ch, start, end: i })
      continue
    }
    return { tokens, error: { message: `Ký tự không hợp lệ: '${ch}'`, start, end: start + 1 } }
  }
  tokens.push({ type: 'end', text: '', value: '', start: source.length, end: source.length })
  return { tokens }
}

function readNumber(source: string, from: number): number {
  let i = from
  while (DIGIT.test(source.charAt(i))) i++
  if (source.charAt(i) === '.' && DIGIT.test(source.charAt(i + 1))) {
    i++
    while (DIGIT.test(source.charAt(i))) i++
  }
  return i
}

// Identifiers may contain dots between parts (`unit.households`); a dangling dot is an error.
function readIdentifier(
  source: string,
  from: number,
): { end: number } | { error: ExpressionError } {
  let i = from
  for (;;) {
    while (IDENT_PART.test(source.charAt(i))) i++
    if (source.charAt(i) !== '.') return { end: i }
    if (!IDENT_START.test(source.charAt(i + 1)))
      return { error: { message: 'Tên trường không hợp lệ sau dấu chấm', start: i, end: i + 1 } }
    i++
  }
}

function readString(
  source: string,
  from: number,
): { end: number; value: string } | { error: ExpressionError } {
  const quote = source.charAt(from)
  let value = ''
  let i = from + 1
  while (i < source.length) {
    const ch = source.charAt(i)
    if (ch === quote) return { end: i + 1, value }
    if (ch === '\\' && i + 1 < source.length) {
      value += source.charAt(i + 1)
      i += 2
      continue
    }
    value += ch
    i++
  }
  return {
    error: { message: 'Chuỗi chưa được đóng bằng dấu nháy', start: from, end: source.length },
  }
}
