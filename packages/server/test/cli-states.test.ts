// Every CLI command on any database state (issue 15 item 6): on a fresh database, an
// unreachable one or with a wrong command line, a coded Vietnamese message and an exit code
// (1 refused, 2 usage, 3 database or configuration unusable, 4 fault), never raw SQL; `demo
// campaign` on an unseeded database seeds the demo world first, or says how.
import { execFile } from 'node:child_process'
import path from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeError, EXIT } from '../src/cli/cli-errors'
import { prepareDemoCampaign } from '../src/cli/commands/demo'
import { connectDatabase, type DatabaseHandle } from '../src/db/connect'
import { migrateToLatest } from '../src/db/migrate'
import type { Deps } from '../src/deps'
import { SYSTEM_ACTOR } from '../src/demo/seed-demo'
import { importUnits } from '../src/features/units/units-import.service'

const BIN = path.resolve(import.meta.dirname, '../bin/antq.mjs')
const RAW_SQL = /syntax error|relation "|column "|violates|select |insert into/i

async function antq(args: string[], databaseUrl = 'memory://') {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      'node',
      [BIN, ...args],
      { env: { ...process.env, DATABASE_URL: databaseUrl, ANTQ_DEBUG: '' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    )
  })
}

describe('antq on a fresh, empty database', () => {
  it.each([
    [['targets', '000-bac-quang-2024'], EXIT.refused, 'Lỗi [NOT_FOUND]: Không có kế hoạch'],
    [['targets'], EXIT.usage, 'Lỗi [USAGE]: Dùng: antq targets PLAN'],
    [['units', 'stats', '--bogus'], EXIT.usage, 'Lỗi [USAGE]: Tùy chọn dòng lệnh không hợp lệ'],
    [['nothing'], EXIT.usage, 'Lỗi [USAGE]: Không có lệnh "nothing"'],
  ])(
    'antq %j exits %i',
    async (args, code, message) => {
      const result = await antq(args)
      expect(result.code, result.stderr).toBe(code)
      expect(result.stderr).toContain(message)
      expect(result.stderr).not.toMatch(RAW_SQL)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    },
    90_000,
  )

  it('names an unreachable database and exits 3', async () => {
    const result = await antq(['units', 'stats'], 'postgres://antq:antq@127.0.0.1:1/none')
    expect(result.code).toBe(EXIT.unavailable)
    expect(result.stderr).toContain('Lỗi [DATABASE_UNAVAILABLE]: Không kết nối được cơ sở dữ liệu')
  }, 90_000)
})

let handle: DatabaseHandle
let deps: Deps
beforeAll(async () => {
  handle = await connectDatabase('memory://')
  await migrateToLatest(handle.db)
  const now = () => new Date()
  deps = { db: handle.db, dbKind: handle.kind, cache: handle.cache, now, cookieSecure: false }
})
afterAll(() => handle.close())

describe('errors the CLI prints', () => {
  it('hides an SQL error behind a coded message (exit 4)', async () => {
    const error: unknown = await sql`select * from no_such_table`
      .execute(deps.db)
      .catch((e: unknown) => e)
    const described = describeError(error)
    expect(described).toMatchObject({ code: 'DATABASE_ERROR', exitCode: EXIT.internal })
    expect(described.message).toContain('mã 42P01')
    expect(described.message).not.toMatch(RAW_SQL)
  })
})

describe('antq demo campaign before the demo is seeded', () => {
  it('seeds the demo world first on an empty database', async () => {
    const seeded: string[] = []
    const logged: string[] = []
    await prepareDemoCampaign(
      deps,
      (line) => logged.push(line),
      () => {
        seeded.push('demo')
        return Promise.resolve()
      },
    )
    expect(seeded).toEqual(['demo'])
    expect(logged[0]).toContain('nạp trước')
  })

  it('says how when units are there but no plan is published', async () => {
    const csv = 'code,name,level,parent_code\n01,Thành phố Hà Nội,province,\n'
    const imported = await importUnits(deps, SYSTEM_ACTOR, {
      ...{ version: '2025', fileName: 'one.csv', bytes: Buffer.from(csv), dryRun: false },
    })
    expect(imported.ok).toBe(true)
    await expect(prepareDemoCampaign(deps, () => undefined)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('npx antq demo seed') as string,
    })
  })
})
