// `antq documents …` as a person runs it (a child process on an empty in-memory database), and
// the demo awards year: plan 004's nine flags through the council to one decision (9/9), the
// record `--demo` renders.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoAwards } from '../src/demo/seed-awards'
import { SYSTEM_ACTOR } from '../src/demo/seed-demo'
import { seedDemoNominations } from '../src/demo/seed-nominations'
import { findDemoRecord } from '../src/features/documents/documents.repository'
import { renderDocument } from '../src/features/documents/documents.service'
import { createTestContext, type TestContext } from './harness'

const run = promisify(execFile)
const BIN = path.resolve(import.meta.dirname, '../bin/antq.mjs')
const env = { ...process.env, DATABASE_URL: 'memory://' }
let dir = ''
let context: TestContext

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antq-cli-'))
  context = await createTestContext()
})
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true })
  await context.close()
})

describe('antq documents', () => {
  it('lists the kinds', async () => {
    const { stdout } = await run('node', [BIN, 'documents', 'kinds'], { env })
    expect(stdout).toContain('award-decision\tdocx, xlsx, pdf\t--id = decision')
    expect(stdout.trim().split('\n')).toHaveLength(6)
  }, 60_000)

  it('renders --demo (the sample on an empty database) and refuses an unknown record', async () => {
    const out = path.join(dir, 'quyet-dinh.docx')
    const { stdout } = await run(
      'node',
      [BIN, 'documents', 'render', 'award-decision', '--demo', '--out', out],
      { env },
    )
    expect(stdout).toContain('Đã ghi')
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK')
    const failed = await run(
      'node',
      [BIN, 'documents', 'render', 'council-minutes', '--id', '999', '--out', out],
      { env },
    ).catch((error: { code: number; stderr: string }) => error)
    expect(failed).toMatchObject({ code: 1 })
    expect((failed as { stderr: string }).stderr).toContain('NOT_FOUND')
  }, 120_000)
})

describe('demo awards year', () => {
  it('decides plan 004 nine flags once, the record --demo renders', async () => {
    await seedDemoNominations(context.deps)
    expect(await seedDemoAwards(context.deps)).toMatchObject({ decided: 9 })
    expect(await seedDemoAwards(context.deps)).toMatchObject({ decided: 0 })
    const decision = await findDemoRecord(context.deps.db, 'decision')
    expect(decision).toBeDefined()
    const row = await context.deps.db
      .selectFrom('decisions')
      .select(['number', 'status'])
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ number: '1/QĐ-UBND', status: 'signed' })
    const file = await renderDocument(
      context.deps.db,
      SYSTEM_ACTOR,
      'award-decision',
      decision ?? 0,
      'xlsx',
    )
    expect(file.fileName).toMatch(/\.xlsx$/)
    const minutes = await findDemoRecord(context.deps.db, 'meeting')
    const docx = await renderDocument(
      context.deps.db,
      SYSTEM_ACTOR,
      'council-minutes',
      minutes ?? 0,
    )
    expect(docx.bytes.length).toBeGreaterThan(1000)
  }, 120_000)
})
