// The database types (src/db/schema.ts, what every Kysely query is checked against) against the
// migrated schema: the same tables, the same columns, and a column nullable in one exactly when
// it is in the other (issue 15 item 7). A migration without its types, or types without their
// migration, fails here instead of at the first query that meets the difference.
import path from 'node:path'
import { sql } from 'kysely'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from './harness'

type Columns = Map<string, { nullable: boolean }>

const hasNull = (type: ts.Type) =>
  (type.isUnion() ? type.types : [type]).some((part) => (part.flags & ts.TypeFlags.Null) !== 0)

/**
 * Generated<T> and ColumnType<S, I, U> are read as their select type S; a column read as
 * `unknown` (dates and JSON the code parses itself) is nullable when null may be written.
 */
function isNullable(checker: ts.TypeChecker, declared: ts.Type): boolean {
  const select = declared.getProperty('__select__')
  if (!select) return hasNull(declared)
  const selected = checker.getTypeOfSymbol(select)
  if ((selected.flags & ts.TypeFlags.Unknown) === 0) return hasNull(selected)
  const insert = declared.getProperty('__insert__')
  return insert ? hasNull(checker.getTypeOfSymbol(insert)) : true
}

/** Tables and columns of the `Database` type, read with the TypeScript compiler. */
function readDeclaredTables(): Map<string, Columns> {
  const file = path.resolve(import.meta.dirname, '../src/db/schema.ts')
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
  })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(file)
  if (!source) throw new Error(`${file} not found`)
  const module = checker.getSymbolAtLocation(source)
  const symbol =
    module && checker.getExportsOfModule(module).find((each) => each.name === 'Database')
  if (!symbol) throw new Error('schema.ts declares no Database type')
  const database = checker.getDeclaredTypeOfSymbol(symbol)
  const tables = new Map<string, Columns>()
  for (const table of checker.getPropertiesOfType(database)) {
    const row = checker.getTypeOfSymbol(table)
    const columns: Columns = new Map()
    for (const column of checker.getPropertiesOfType(row)) {
      columns.set(column.name, { nullable: isNullable(checker, checker.getTypeOfSymbol(column)) })
    }
    tables.set(table.name, columns)
  }
  return tables
}

let context: TestContext
beforeAll(async () => {
  context = await createTestContext()
})
afterAll(() => context.close())

async function readMigratedTables(): Promise<Map<string, Columns>> {
  // A generated column reads as nullable in information_schema whatever its expression.
  const { rows } = await sql<{ table_name: string; column_name: string; is_nullable: string }>`
    select c.table_name, c.column_name,
      case when c.is_generated = 'ALWAYS' then 'NO' else c.is_nullable end as is_nullable
    from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
      and c.table_name not like 'kysely_%'
  `.execute(context.deps.db)
  const tables = new Map<string, Columns>()
  for (const row of rows) {
    const columns = tables.get(row.table_name) ?? new Map()
    columns.set(row.column_name, { nullable: row.is_nullable === 'YES' })
    tables.set(row.table_name, columns)
  }
  return tables
}

describe('the database types match the migrated schema', () => {
  it('has the same tables, columns and nullability', async () => {
    const declared = readDeclaredTables()
    const migrated = await readMigratedTables()
    const differences: string[] = []
    for (const name of new Set([...declared.keys(), ...migrated.keys()])) {
      const types = declared.get(name)
      const schema = migrated.get(name)
      if (!types) differences.push(`${name}: table not in schema.ts`)
      else if (!schema) differences.push(`${name}: in schema.ts, not in the database`)
      else
        for (const column of new Set([...types.keys(), ...schema.keys()])) {
          const type = types.get(column)
          const actual = schema.get(column)
          if (!type) differences.push(`${name}.${column}: column not in schema.ts`)
          else if (!actual) differences.push(`${name}.${column}: in schema.ts, not in the database`)
          else if (type.nullable !== actual.nullable)
            differences.push(
              `${name}.${column}: ${actual.nullable ? 'nullable' : 'not null'} in the database, ${type.nullable ? 'nullable' : 'not null'} in schema.ts`,
            )
        }
    }
    expect(differences.sort()).toEqual([])
    expect(declared.size).toBeGreaterThan(30)
  })
})
