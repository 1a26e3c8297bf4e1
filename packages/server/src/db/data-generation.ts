// A per-database counter that moves on every write, so a read cache can tell "nothing has been
// written since I loaded this" without asking the database. Four sources bump it: this Kysely
// plugin (writes of this process, as each statement completes), the dialect below when a
// transaction that saw one ends (the plugin's bump came before the commit), the HTTP layer after
// a write request and, on PostgreSQL, the change listener (writes of other processes).
import { PostgresDialect, type PostgresDialectConfig } from 'kysely'
import type {
  DatabaseConnection,
  Driver,
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

/**
 * A PostgresDialect whose transactions bump the generation again when they end, if any write
 * was counted while they ran: a read between the write statement and the commit may have been
 * kept under the new generation with the old rows. Read-only transactions bump nothing.
 */
export class GenerationDialect extends PostgresDialect {
  constructor(
    config: PostgresDialectConfig,
    private readonly generation: DataGeneration,
  ) {
    super(config)
  }

  override createDriver(): Driver {
    const driver = super.createDriver()
    const generation = this.generation
    const started = new WeakMap<DatabaseConnection, number>()
    const end = (connection: DatabaseConnection) => {
      if (started.get(connection) !== generation.value) generation.bump()
      started.delete(connection)
    }
    const begin = driver.beginTransaction.bind(driver)
    const commit = driver.commitTransaction.bind(driver)
    const rollback = driver.rollbackTransaction.bind(driver)
    driver.beginTransaction = async (connection, settings) => {
      await begin(connection, settings)
      started.set(connection, generation.value)
    }
    driver.commitTransaction = async (connection) => {
      await commit(connection)
      end(connection)
    }
    driver.rollbackTransaction = async (connection) => {
      await rollback(connection)
      end(connection)
    }
    return driver
  }
}
