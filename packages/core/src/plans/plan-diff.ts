// What changed between two versions of a plan, element by element. Lists of elements with ids
// are matched by id, so reordering is not a change and a path names the element it touches.
export type PlanChange = {
  path: string
  kind: 'added' | 'removed' | 'changed'
  before?: unknown
  after?: unknown
}

/**
 * @example diffPlans(v1, v2) // [{ path: 'targets[antt-recognized].threshold', kind: 'changed', before: '90%', after: '95%' }]
 */
export function diffPlans(before: unknown, after: unknown): PlanChange[] {
  const changes: PlanChange[] = []
  compare(before, after, '', changes)
  return changes
}

function compare(a: unknown, b: unknown, path: string, changes: PlanChange[]): void {
  if (Object.is(a, b)) return
  if (a === undefined) return void changes.push({ path, kind: 'added', after: b })
  if (b === undefined) return void changes.push({ path, kind: 'removed', before: a })
  if (Array.isArray(a) && Array.isArray(b)) return compareArrays(a, b, path, changes)
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    for (const key of keys) compare(a[key], b[key], path ? `${path}.${key}` : key, changes)
    return
  }
  changes.push({ path, kind: 'changed', before: a, after: b })
}

function compareArrays(a: unknown[], b: unknown[], path: string, changes: PlanChange[]): void {
  if (hasIds(a) && hasIds(b) && a.length + b.length > 0) {
    const byId = new Map(b.map((item) => [item.id, item]))
    const seen = new Set<string>()
    for (const item of a) {
      seen.add(item.id)
      compare(item, byId.get(item.id), `${path}[${item.id}]`, changes)
    }
    for (const item of b)
      if (!seen.has(item.id))
        changes.push({ path: `${path}[${item.id}]`, kind: 'added', after: item })
    return
  }
  if (a.every(isScalar) && b.every(isScalar)) {
    if (JSON.stringify(a) !== JSON.stringify(b))
      changes.push({ path, kind: 'changed', before: a, after: b })
    return
  }
  const length = Math.max(a.length, b.length)
  for (let i = 0; i < length; i++) compare(a[i], b[i], `${path}[${i}]`, changes)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

// An empty list counts as a list of elements, so emptying one reports each element removed.
function hasIds(items: unknown[]): items is { id: string }[] {
  return items.every((item) => isRecord(item) && typeof item['id'] === 'string')
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object'
}
