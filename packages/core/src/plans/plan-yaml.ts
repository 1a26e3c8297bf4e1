// Load a plan from YAML text: size and depth limits, YAML syntax, schema, cross-references and
// formulas, every problem reported at line:column with a Vietnamese message. Never throws.
import { LineCounter, parseDocument, type Document } from 'yaml'
import { formatPath, type PlanIssue } from './plan-issues'
import type { Plan } from './plan-schema'
import { validatePlan } from './plan-validate'
import {
  MAX_PLAN_BYTES,
  MAX_PLAN_DEPTH,
  findDeepFlow,
  findDeepNode,
  measureBytes,
} from './plan-yaml-limits'
import { findNode, offsetInScalar, toPosition } from './plan-yaml-positions'

export type PlanYamlError = { line: number; column: number; path: string; message: string }
export type PlanYamlResult = { plan: Plan } | { errors: PlanYamlError[] }

const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'Khóa bị lặp lại trong cùng một đối tượng',
  BAD_INDENT: 'Thụt lề không đúng',
  TAB_AS_INDENT: 'Không dùng phím Tab để thụt lề, hãy dùng dấu cách',
  MISSING_CHAR: 'Thiếu ký tự đóng (dấu nháy, ngoặc)',
  MULTIPLE_DOCS: 'Tệp chỉ được chứa một tài liệu YAML',
  BAD_SCALAR_START: 'Giá trị không được bắt đầu bằng ký tự này; hãy đặt trong dấu nháy',
  BLOCK_AS_IMPLICIT_KEY: 'Khóa không hợp lệ',
  MULTILINE_IMPLICIT_KEY: 'Khóa không được trải trên nhiều dòng',
  UNEXPECTED_TOKEN: 'Ký hiệu không mong đợi',
  BAD_DQ_ESCAPE: 'Ký tự thoát không hợp lệ trong chuỗi nháy kép',
  BAD_ALIAS: 'Tham chiếu (alias) không hợp lệ',
  KEY_OVER_1024_CHARS: 'Khóa dài quá 1024 ký tự',
}

/**
 * @example
 * const result = parsePlanYaml(text)
 * if ('errors' in result) for (const e of result.errors) console.log(`${e.line}:${e.column} ${e.path} ${e.message}`)
 */
export function parsePlanYaml(text: string): PlanYamlResult {
  try {
    return parseUnsafe(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return {
      errors: [{ line: 1, column: 1, path: '', message: `Không đọc được tệp kế hoạch: ${detail}` }],
    }
  }
}

function parseUnsafe(text: string): PlanYamlResult {
  const at = (line: number, column: number, message: string): PlanYamlResult => ({
    errors: [{ line, column, path: '', message }],
  })
  if (typeof text !== 'string') return at(1, 1, 'Nội dung tệp phải là văn bản')
  const bytes = measureBytes(text)
  if (bytes > MAX_PLAN_BYTES)
    return at(1, 1, `Tệp quá lớn: ${(bytes / 1_000_000).toFixed(1)} MB (tối đa 1 MB)`)
  const deepFlow = findDeepFlow(text)
  if (deepFlow !== undefined) {
    const before = text.slice(0, deepFlow).split('\n')
    const column = (before[before.length - 1]?.length ?? 0) + 1
    return at(before.length, column, `Cấu trúc lồng quá sâu (tối đa ${MAX_PLAN_DEPTH} cấp)`)
  }
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    merge: false,
    logLevel: 'error',
  })
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((error) => {
        const { line, column } = toPosition(lineCounter, error.pos[0])
        const message = YAML_MESSAGES[error.code] ?? `Lỗi cú pháp YAML (${error.code})`
        return { line, column, path: '', message }
      }),
    }
  }
  const deepNode = findDeepNode(doc)
  if (deepNode) {
    const { line, column } = toPosition(lineCounter, deepNode.range?.[0] ?? 0)
    return at(line, column, `Cấu trúc lồng quá sâu (tối đa ${MAX_PLAN_DEPTH} cấp)`)
  }
  const data = toData(doc)
  if (data === ALIAS_BOMB) return at(1, 1, 'Tệp dùng quá nhiều tham chiếu (alias) lồng nhau')
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return at(1, 1, 'Tệp kế hoạch phải là một đối tượng YAML (các dòng "khóa: giá trị")')
  const result = validatePlan(data)
  if (result.ok) return { plan: result.plan }
  return { errors: result.issues.map((issue) => locateIssue(text, doc, lineCounter, issue)) }
}

/**
 * Place issues found on a loaded plan (e.g. by checkChildPlan) at line:column of its YAML text.
 * @example locatePlanIssues(childYaml, checkChildPlan(parent, child))
 */
export function locatePlanIssues(text: string, issues: readonly PlanIssue[]): PlanYamlError[] {
  try {
    const lineCounter = new LineCounter()
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, logLevel: 'error' })
    return issues.map((issue) => locateIssue(text, doc, lineCounter, issue))
  } catch {
    return issues.map((issue) => ({
      line: 1,
      column: 1,
      path: formatPath(issue.path),
      message: issue.message,
    }))
  }
}

const ALIAS_BOMB = Symbol('alias bomb')

// yaml refuses to expand an alias "bomb" by throwing; that is a property of the file, not a bug.
function toData(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    if (error instanceof ReferenceError) return ALIAS_BOMB
    throw error
  }
}

function locateIssue(
  text: string,
  doc: Document,
  lineCounter: LineCounter,
  issue: PlanIssue,
): PlanYamlError {
  const node = findNode(doc, issue.path, issue.atKey ?? false)
  const start = node?.range?.[0] ?? 0
  const offset = node && issue.span ? offsetInScalar(text, node, issue.span.start) : start
  const { line, column } = toPosition(lineCounter, offset)
  return { line, column, path: formatPath(issue.path), message: issue.message }
}
