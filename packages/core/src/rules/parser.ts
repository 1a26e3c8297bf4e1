// Pratt parser for the formula language: text → AST with spans. It never throws; the first
// syntax error is returned with its offsets and a Vietnamese message.
import {
  FUNCTION_NAMES,
  type BinaryOp,
  type Expr,
  type ExpressionError,
  type FunctionName,
} from './ast'
import {
  BINDING_POWER,
  infixOperator,
  isComparison,
  NEGATE_BINDING_POWER,
  NOT_BINDING_POWER,
} from './grammar'
import { tokenizeExpression, type Token } from './tokenizer'

export type ParseResult = { ok: true; ast: Expr } | { ok: false; error: ExpressionError }

/** Longer formulas and deeper nesting are refused: plans never need them, attackers might. */
export const MAX_EXPRESSION_LENGTH = 4000
export const MAX_EXPRESSION_DEPTH = 48

// Thrown inside the parser only, to unwind to parseExpression, which returns it as a value.
class SyntaxFailure extends Error {
  constructor(readonly error: ExpressionError) {
    super(error.message)
  }
}

/**
 * Parse a formula.
 * @example parseExpression('share(units, antt.recognized) >= 95%')
 */
export function parseExpression(source: string): ParseResult {
  if (source.length > MAX_EXPRESSION_LENGTH)
    return fail(`Công thức quá dài (tối đa ${MAX_EXPRESSION_LENGTH} ký tự)`, 0, source.length)
  const { tokens, error } = tokenizeExpression(source)
  if (error) return { ok: false, error }
  if (tokens.length === 1) return fail('Công thức rỗng', 0, source.length)
  const parser = new Parser(tokens)
  try {
    const ast = parser.parse(0)
    const next = parser.peek()
    if (next.type !== 'end') throw unexpected(next)
    return { ok: true, ast }
  } catch (caught) {
    if (caught instanceof SyntaxFailure) return { ok: false, error: caught.error }
    throw caught
  }
}

function fail(message: string, start: number, end: number): ParseResult {
  return { ok: false, error: { message, start, end } }
}

function unexpected(token: Token): SyntaxFailure {
  if (token.type === 'end')
    return new SyntaxFailure({
      message: 'Công thức chưa kết thúc',
      start: token.start,
      end: token.end,
    })
  const message = `Không mong đợi '${token.text}' ở đây`
  return new SyntaxFailure({ message, start: token.start, end: token.end })
}

class Parser {
  private index = 0
  private depth = 0
  private readonly endToken: Token
  constructor(private readonly tokens: Token[]) {
    const last = tokens[tokens.length - 1]
    this.endToken = last ?? { type: 'end', text: '', value: '', start: 0, end: 0 }
  }

  peek(): Token {
    return this.tokens[this.index] ?? this.endToken
  }

  private advance(): Token {
    const token = this.peek()
    if (token.type !== 'end') this.index++
    return token
  }

  private expect(value: string, message: string): Token {
    const token = this.peek()
    if (token.value !== value || token.type === 'string')
      throw new SyntaxFailure({
        message,
        start: token.start,
        end: Math.max(token.end, token.start + 1),
      })
    return this.advance()
  }

  parse(minPower: number): Expr {
    if (++this.depth > MAX_EXPRESSION_DEPTH) {
      const token = this.peek()
      throw new SyntaxFailure({
        message: 'Công thức lồng quá sâu',
        start: token.start,
        end: token.end,
      })
    }
    let left = this.parsePrefix()
    for (;;) {
      const token = this.peek()
      const op = infixOperator(token)
      if (!op || BINDING_POWER[op] <= minPower) break
      this.advance()
      left = op === 'in' ? this.parseIn(left) : this.parseBinary(op, left)
      const next = this.peek()
      if (isComparison(op) && isComparison(infixOperator(next))) {
        const message = 'Không thể viết liền hai phép so sánh; hãy nối bằng and'
        throw new SyntaxFailure({ message, start: next.start, end: next.end })
      }
    }
    this.depth--
    return left
  }

  private parseBinary(op: BinaryOp, left: Expr): Expr {
    const right = this.parse(BINDING_POWER[op])
    return {
      kind: 'binary',
      op,
      left,
      right,
      span: { start: left.span.start, end: right.span.end },
    }
  }

  private parseIn(value: Expr): Expr {
    this.expect('[', 'Sau \'in\' cần một danh sách trong ngoặc vuông, ví dụ ["kha", "tot"]')
    const items = this.parseList(']')
    const end = this.expect(']', "Thiếu dấu ']'").end
    if (items.length === 0) {
      throw new SyntaxFailure({ message: 'Danh sách rỗng', start: value.span.start, end })
    }
    return { kind: 'in', value, items, span: { start: value.span.start, end } }
  }

  private parseList(close: string): Expr[] {
    const items: Expr[] = []
    if (this.peek().value === close && this.peek().type === 'punct') return items
    for (;;) {
      items.push(this.parse(0))
      if (this.peek().value !== ',' || this.peek().type !== 'punct') return items
      this.advance()
    }
  }

  private parsePrefix(): Expr {
    const token = this.advance()
    const span = { start: token.start, end: token.end }
    switch (token.type) {
      case 'number':
        return { kind: 'number', value: Number(token.value), percent: false, span }
      case 'percent':
        return { kind: 'number', value: Number(token.value), percent: true, span }
      case 'string':
        return { kind: 'string', value: token.value, span }
      case 'identifier':
        return this.peek().value === '(' && this.peek().type === 'punct'
          ? this.parseCall(token)
          : { kind: 'field', name: token.value, span }
      case 'keyword':
        if (token.value === 'true' || token.value === 'false')
          return { kind: 'boolean', value: token.value === 'true', span }
        if (token.value === 'not') return this.parseUnary('not', token, NOT_BINDING_POWER)
        break
      case 'operator':
        if (token.value === '-') return this.parseUnary('-', token, NEGATE_BINDING_POWER)
        break
      case 'punct':
        if (token.value === '(') {
          const inner = this.parse(0)
          this.expect(')', "Thiếu dấu ')'")
          return inner
        }
        break
      case 'end':
        break
    }
    throw unexpected(token)
  }

  private parseUnary(op: '-' | 'not', token: Token, power: number): Expr {
    const operand = this.parse(power)
    return { kind: 'unary', op, operand, span: { start: token.start, end: operand.span.end } }
  }

  private parseCall(nameToken: Token): Expr {
    const name = nameToken.value
    if (!(FUNCTION_NAMES as readonly string[]).includes(name)) {
      const message = `Hàm không xác định: '${name}' (có: ${FUNCTION_NAMES.join(', ')})`
      throw new SyntaxFailure({ message, start: nameToken.start, end: nameToken.end })
    }
    this.advance()
    const args = this.parseList(')')
    const end = this.expect(')', "Thiếu dấu ')' hoặc ','").end
    return { kind: 'call', name: name as FunctionName, args, span: { start: nameToken.start, end } }
  }
}
