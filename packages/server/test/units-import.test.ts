// The unit importer's happy paths: all-or-nothing, idempotent re-import, updates with
// audit and dry runs (XLSX files: units-import-xlsx.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, findUnitId, signIn, type Client, type TestContext } from './harness'
import { countAudit, countUnits, importFile, toCsv } from './helpers'

const COLUMNS = [
  'code',
  'name',
  'kind',
  'subtype',
  'parent_code',
  'area_type',
  'enterprise_size',
  'school_level',
  'households',
  'staff',
  'pupils',
  'valid_from',
]

/** Six units under Xã Bắc Quang; an agency's parent is another agency further down the file. */
const ROWS = [
  {
    code: '01153.N1',
    name: 'Thôn Nậm Mới',
    kind: 'residential_area',
    subtype: 'thon',
    parent_code: '01153',
    area_type: 'rural',
    households: 120,
  },
  {
    code: '01153.N2',
    name: 'Trường Tiểu học Nậm Mới',
    kind: 'school',
    parent_code: '01153',
    school_level: 'primary',
    staff: 20,
    pupils: 310,
  },
  {
    code: '01153.N3',
    name: 'Công ty TNHH Chè Nậm Mới',
    kind: 'enterprise',
    parent_code: '01153',
    enterprise_size: 'medium',
    staff: 85,
  },
  {
    code: '01153.N4',
    name: 'Tổ bảo vệ rừng',
    kind: 'agency',
    subtype: 'public_service',
    parent_code: '01153.N5',
  },
  {
    code: '01153.N5',
    name: 'Hạt Kiểm lâm Bắc Quang',
    kind: 'agency',
    subtype: 'state_body',
    parent_code: '01153',
    valid_from: '01/07/2025',
  },
  {
    code: '01153.N6',
    name: 'Hội Phụ nữ thôn Nậm Mới',
    kind: 'organisation',
    subtype: 'political_social',
    parent_code: '01153',
  },
]

let context: TestContext
let owner: Client
beforeAll(async () => {
  context = await createTestContext()
  owner = await signIn(context.app, 'congan.tuyenquang')
})
afterAll(() => context.close())

describe('POST /api/units/import (CSV)', () => {
  it('writes nothing when one row is bad, and names the row, the column and the problem', async () => {
    const [units, audit] = [await countUnits(context.deps), await countAudit(context.deps)]
    const rows = ROWS.map((row, i) => (i === 2 ? { ...row, parent_code: '01153.KHONGCO' } : row))
    const { response, lines, result } = await importFile(owner, {
      fileName: 'don-vi.csv',
      content: toCsv(COLUMNS, rows),
    })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/^application\/x-ndjson/)
    expect(lines.some((line) => line.type === 'progress')).toBe(true)
    expect(result).toMatchObject({ ok: false, dryRun: false })
    expect(result.errors).toEqual([
      {
        row: 4,
        column: 'parent_code',
        message: expect.stringContaining('Không tìm thấy đơn vị cấp trên mã "01153.KHONGCO"'),
      },
    ])
    expect(await countUnits(context.deps)).toBe(units)
    expect(await countAudit(context.deps)).toBe(audit)
  })

  it('imports the corrected file, placing children under parents listed later in the file', async () => {
    const before = await countUnits(context.deps, '2025')
    const { result } = await importFile(owner, {
      fileName: 'don-vi.csv',
      content: toCsv(COLUMNS, ROWS),
    })
    expect(result).toMatchObject({
      ok: true,
      dryRun: false,
      created: 6,
      updated: 0,
      unchanged: 0,
      errors: [],
    })
    expect(await countUnits(context.deps, '2025')).toBe(before + 6)
    const forest = await context.deps.db
      .selectFrom('units')
      .selectAll()
      .where('version', '=', '2025')
      .where('code', 'in', ['01153', '01153.N4', '01153.N5'])
      .execute()
    const byCode = new Map(forest.map((row) => [row.code, row]))
    const [commune, child, parent] = [
      byCode.get('01153'),
      byCode.get('01153.N4'),
      byCode.get('01153.N5'),
    ]
    expect(parent).toMatchObject({
      parent_id: commune?.id,
      path: `${commune?.path}${parent?.id}.`,
      depth: 2,
      valid_from: '2025-07-01',
    })
    expect(child).toMatchObject({
      parent_id: parent?.id,
      path: `${parent?.path}${child?.id}.`,
      depth: 3,
    })
    const school = await owner.request({
      method: 'GET',
      url: `/api/units/${await findUnitId(context.deps, '2025', '01153.N2')}`,
    })
    expect(school.json()).toMatchObject({
      schoolLevel: 'primary',
      pupils: 310,
      trail: 'Xã Bắc Quang, Tỉnh Tuyên Quang',
      anttExclusion: expect.any(String),
    })
    const entry = await context.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'unit.import')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    expect(entry).toMatchObject({ actor_name: 'congan.tuyenquang', entity_id: 'don-vi.csv' })
  })

  it('re-imports the same file without changing anything', async () => {
    const audit = await countAudit(context.deps)
    const { result } = await importFile(owner, {
      fileName: 'don-vi.csv',
      content: toCsv(COLUMNS, ROWS),
    })
    expect(result).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 6 })
    const versions = await context.deps.db
      .selectFrom('units')
      .select('row_version')
      .where('code', 'like', '01153.N%')
      .execute()
    expect(versions.every((row) => row.row_version === 1)).toBe(true)
    expect(await countAudit(context.deps)).toBe(audit + 1)
  })

  it('updates a changed row and audits the change', async () => {
    const rows = ROWS.map((row) =>
      row.code === '01153.N1' ? { ...row, name: 'Thôn Nậm Mới Hai', households: 150 } : row,
    )
    const { result } = await importFile(owner, {
      fileName: 'sua-ten.csv',
      content: toCsv(COLUMNS, rows),
    })
    expect(result).toMatchObject({ ok: true, created: 0, updated: 1, unchanged: 5 })
    const id = await findUnitId(context.deps, '2025', '01153.N1')
    const unit = await context.deps.db
      .selectFrom('units')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    expect(unit).toMatchObject({ name: 'Thôn Nậm Mới Hai', households: 150, row_version: 2 })
    const entries = await context.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'unit.import_update')
      .where('entity_id', '=', String(id))
      .execute()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      actor_name: 'congan.tuyenquang',
      unit_id: id,
      reason: expect.stringContaining('sua-ten.csv'),
      before: { name: 'Thôn Nậm Mới', households: 120 },
      after: { name: 'Thôn Nậm Mới Hai', households: 150 },
    })
    const search = await owner.request({
      method: 'GET',
      url: '/api/units/search?q=nam%20moi%20hai',
    })
    expect(search.json<{ items: { id: number }[] }>().items.map((item) => item.id)).toContain(id)
  })

  it('reports a dry run without writing, and treats a missing dryRun as a dry run', async () => {
    const [units, audit] = [await countUnits(context.deps), await countAudit(context.deps)]
    const rows = [
      ...ROWS.slice(1),
      { code: '01153.N7', name: 'Thôn Nậm Cũ', kind: 'residential_area', parent_code: '01153' },
    ]
    const dry = await importFile(owner, {
      fileName: 'thu.csv',
      content: toCsv(COLUMNS, rows),
      dryRun: true,
    })
    expect(dry.result).toMatchObject({
      ok: true,
      dryRun: true,
      created: 1,
      updated: 0,
      unchanged: 5,
    })
    const body = toCsv(COLUMNS, rows)
    const boundary = 'antqboundary'
    const response = await owner.request({
      method: 'POST',
      url: '/api/units/import?version=2025',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="thu.csv"\r\nContent-Type: text/csv\r\n\r\n${body}\r\n--${boundary}--\r\n`,
    })
    expect(response.body.trim().split('\n').at(-1)).toContain('"dryRun":true')
    expect(await countUnits(context.deps)).toBe(units)
    expect(await countAudit(context.deps)).toBe(audit)
  })
})
