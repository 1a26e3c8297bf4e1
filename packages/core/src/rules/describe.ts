// A formula told as a Vietnamese sentence, for people who are not administrators: fields by
// their names, enum values by their labels, aggregates and comparisons in words. Nothing of
// the formula's own spelling (identifiers, codes, operators) reaches the sentence: an unknown
// field or value becomes a neutral phrase.
import { isComparisonOp, type Expr } from './ast'
import { parseExpression } from './parser'
import type { DescribeLabels } from './describe-labels'

const UNKNOWN_FIELD = 'một số liệu của kế hoạch'
const UNKNOWN_VALUE = 'giá trị được quy định'
const UNREADABLE = 'điều kiện do hệ thống tính'
const COLLECTION = 'units'

const ORDER_WORDS = {
  '>=': (l: string, r: string) => `${l} từ ${r} trở lên`,
  '>': (l: string, r: string) => `${l} trên ${r}`,
  '<': (l: string, r: string) => `${l} dưới ${r}`,
  '<=': (l: string, r: string) => `${l} không quá ${r}`,
} as const
const ARITHMETIC_WORDS = { '+': 'cộng', '-': 'trừ', '*': 'nhân với', '/': 'chia cho' } as const

/**
 * A formula's text as a Vietnamese sentence (capitalised), or a neutral phrase if unreadable.
 * @example describeFormula('share(units, antt.recognized) >= 90%', buildDescribeLabels()) // 'Tỷ lệ đơn vị được công nhận … từ 90% trở lên'
 */
export function describeFormula(formula: string, labels: DescribeLabels): string {
  const parsed = parseExpression(formula)
  return capitalise(parsed.ok ? describeExpression(parsed.ast, labels) : UNREADABLE)
}

/** An expression as a Vietnamese phrase (not capitalised). */
export function describeExpression(node: Expr, labels: DescribeLabels): string {
  const say = (child: Expr) => describeExpression(child, labels)
  switch (node.kind) {
    case 'number':
      return formatNumber(node.value, node.percent)
    case 'string':
      return findValueLabel(labels, undefined, node.value)
    case 'boolean':
      return node.value ? 'đúng' : 'sai'
    case 'field':
      return fieldLabel(labels, node.name)
    case 'unary':
      return node.op === '-' ? `âm ${say(node.operand)}` : negate(node.operand, labels)
    case 'in': {
      const field = node.value.kind === 'field' ? node.value.name : undefined
      const items = node.items.map((item) => describeValue(item, field, labels))
      const choice = items.length === 1 ? items[0] : `một trong: ${items.join(', ')}`
      return `${say(node.value)} là ${choice}`
    }
    case 'call':
      return describeCall(node.name, node.args, labels)
    case 'binary':
      return describeBinary(node, labels)
  }
}

function describeBinary(node: Extract<Expr, { kind: 'binary' }>, labels: DescribeLabels): string {
  const { op, left, right } = node
  if (op === 'and' || op === 'or') {
    const part = (child: Expr) => {
      const text = describeExpression(child, labels)
      return child.kind === 'binary' && child.op !== op && isLogical(child.op) ? `(${text})` : text
    }
    return `${part(left)} ${op === 'and' ? 'và' : 'hoặc'} ${part(right)}`
  }
  if (isComparisonOp(op)) {
    const field = left.kind === 'field' ? left.name : undefined
    if (right.kind === 'boolean' && (op === '=' || op === '!=')) {
      const holds = right.value === (op === '=')
      return holds ? describeExpression(left, labels) : negate(left, labels)
    }
    const l = describeExpression(left, labels)
    const r = describeValue(right, field, labels)
    if (op === '=') return right.kind === 'string' ? `${l} là ${r}` : `${l} bằng ${r}`
    if (op === '!=') return right.kind === 'string' ? `${l} không phải là ${r}` : `${l} khác ${r}`
    return ORDER_WORDS[op](l, r)
  }
  const wrap = (child: Expr) => {
    const text = describeExpression(child, labels)
    return child.kind === 'binary' ? `(${text})` : text
  }
  return `${wrap(left)} ${ARITHMETIC_WORDS[op]} ${wrap(right)}`
}

function describeCall(name: string, args: Expr[], labels: DescribeLabels): string {
  const say = (child: Expr) => describeExpression(child, labels)
  const overUnits = args[0]?.kind === 'field' && args[0].name === COLLECTION
  const [, inner] = args
  if (overUnits) {
    if (name === 'count') return inner ? `số đơn vị ${predicate(inner, labels)}` : 'số đơn vị'
    if (name === 'share') return inner ? `tỷ lệ đơn vị ${predicate(inner, labels)}` : 'tỷ lệ đơn vị'
    if (name === 'sum' && inner) return `tổng ${say(inner)} của các đơn vị`
    if (name === 'min' && inner) return `${say(inner)} thấp nhất trong các đơn vị`
    if (name === 'max' && inner) return `${say(inner)} cao nhất trong các đơn vị`
  }
  const [condition, then, otherwise] = args
  if (name === 'if' && condition && then && otherwise)
    return `nếu ${say(condition)} thì ${say(then)}, nếu không thì ${say(otherwise)}`
  const list = args.map(say).join(', ')
  if (name === 'min') return `giá trị nhỏ nhất trong: ${list}`
  if (name === 'max') return `giá trị lớn nhất trong: ${list}`
  return UNREADABLE
}

// A condition on a unit, read after "số đơn vị" / "tỷ lệ đơn vị": a comparison of a figure
// takes "có" ("số đơn vị có số hộ … từ 100 trở lên"); a yes/no field reads on its own.
function predicate(node: Expr, labels: DescribeLabels): string {
  const text = describeExpression(node, labels)
  const comparesFigure =
    (node.kind === 'binary' && isComparisonOp(node.op) && node.right.kind !== 'boolean') ||
    node.kind === 'in'
  return comparesFigure ? `có ${text}` : text
}

function negate(node: Expr, labels: DescribeLabels): string {
  const text = describeExpression(node, labels)
  if (node.kind !== 'field') return `không thỏa mãn điều kiện: ${text}`
  if (text.startsWith('đã ')) return `chưa ${text.slice(3)}`
  return text.startsWith('là ') ? `không phải ${text}` : `không ${text}`
}

function describeValue(node: Expr, field: string | undefined, labels: DescribeLabels): string {
  return node.kind === 'string'
    ? findValueLabel(labels, field, node.value)
    : describeExpression(node, labels)
}

function findValueLabel(labels: DescribeLabels, field: string | undefined, value: string): string {
  const own = field ? labels.values[field]?.[value] : undefined
  if (own) return own
  for (const table of Object.values(labels.values)) if (table[value]) return table[value]
  return UNKNOWN_VALUE
}

function fieldLabel(labels: DescribeLabels, name: string): string {
  const label = labels.fields[name]
  return label ? lowerFirst(label) : UNKNOWN_FIELD
}

function isLogical(op: string): boolean {
  return op === 'and' || op === 'or'
}

function formatNumber(value: number, percent: boolean): string {
  const [whole = '0', fraction] = String(Math.abs(value)).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  const text = `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`
  return percent ? `${text}%` : text
}

// "Tổng số vụ …" inside a sentence reads "tổng số vụ …"; an abbreviation ("ANTT") stays.
function lowerFirst(text: string): string {
  const second = text.charAt(1)
  if (second && second === second.toUpperCase() && second !== second.toLowerCase()) return text
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
