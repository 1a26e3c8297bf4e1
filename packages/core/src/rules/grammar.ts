// Operator binding powers, shared by the parser and the printer so the two always agree.
import type { BinaryOp } from './ast'

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

