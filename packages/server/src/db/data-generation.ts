// A per-database counter that moves on every write, so a read cache can tell "nothing has been
// written since I loaded this" without asking the database. Three sources bump it: this Kysely
// plugin (writes of this process), the HTTP layer after a write request (its transaction has
// committed by then) and, on PostgreSQL, the change listener (writes of other processes).
import type {
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryId,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely'

export type DataGeneration = {
  readonly value: number
  bump: () => void
}

export function createDataGeneration(): DataGeneration {
  let value = 0
  return {
    get value() {
      return value
    },
    bump: () => {
      value += 1
    },
  }
}

const WRITE_KINDS = new Set([
  ...['InsertQueryNode', 'UpdateQueryNode', 'DeleteQueryNode', 'MergeQueryNode'],
  ...['CreateTableNode', 'AlterTableNode', 'DropTableNode', 'CreateIndexNode', 'DropIndexNode'],
  ...['CreateViewNode', 'DropViewNode', 'CreateTypeNode', 'DropTypeNode'],
  'RefreshMaterializedViewNode',
])
// Conservative: a raw "select … for update" counts as a write too (one needless re-read).
const WRITE_WORD = /\b(insert|update|delete|merge|truncate|create|drop|alter|copy)\b/i

type RawLike = { kind: 'RawNode'; sqlFragments: readonly string[]; parameters: readonly unknown[] }
type WithLike = { with?: { expressions: readonly { expression: OperationNode }[] } }

function isOperationNode(value: unknown): value is OperationNode {
  return typeof value === 'object' && value !== null && 'kind' in value
}

/** Whether running the node may change data: a write node, or raw SQL naming a write. */
export function isWriteNode(node: OperationNode): boolean {
  if (WRITE_KINDS.has(node.kind)) return true
  if (node.kind === 'RawNode') {
    const raw = node as unknown as RawLike
    if (raw.sqlFragments.some((fragment) => WRITE_WORD.test(fragment))) return true
    // sql`…${db.insertInto(…)}…` nests the write as a parameter.
    return raw.parameters.some((each) => isOperationNode(each) && isWriteNode(each))
  }
  // with x as (insert … returning …) select …
  const ctes = (node as WithLike).with?.expressions ?? []
  return ctes.some((cte) => isWriteNode(cte.expression))
}

/** Bumps the generation after each write statement completes. */
export function createGenerationPlugin(generation: DataGeneration): KyselyPlugin {
  const writes = new WeakMap<QueryId, true>()
  return {
    transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
      if (isWriteNode(node)) writes.set(queryId, true)
      return node
    },
    transformResult({
      result,
      queryId,
    }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      if (writes.has(queryId)) generation.bump()
      return Promise.resolve(result)
    },
  }
}
