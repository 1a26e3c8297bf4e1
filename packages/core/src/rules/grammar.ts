// Operator binding powers, shared by the parser and the printer so the two always agree.
import type { BinaryOp } from './ast'
import type { Token } from './tokenizer'

/** Binding powers: or < and < not < comparison < additive < multiplicative < unary minus. */
export const BINDING_POWER: Record<BinaryOp | 'in', number> = {
  or: 10,
  and: 20,
  '=': 40,
  '!=': 40,
  '<': 40,
  '<=': 40,
  '>': 40,
  '>=': 40,
  in: 40,
  '+': 50,
  '-': 50,
  '*': 60,
  '/': 60,
}
export const COMPARISON_POWER = 40
export const NOT_BINDING_POWER = 30
export const NEGATE_BINDING_POWER = 70

/** The infix operator a token stands for, if any. */
export function infixOperator(token: Token): BinaryOp | 'in' | undefined {
  if (token.type === 'operator' && token.value in BINDING_POWER && token.value !== 'in')
    return token.value as BinaryOp
  if (
    token.type === 'keyword' &&
    (token.value === 'and' || token.value === 'or' || token.value === 'in')
  )
    return token.value
  return undefined
}

export function isComparison(op: BinaryOp | 'in' | undefined): boolean {
  return op !== undefined && BINDING_POWER[op] === COMPARISON_POWER
}
