// Issue 14 items 2 and 3: every award document rendered from records made through the API is
// signable — place names in full, dates from the number register, the structured signer chosen
// from the issuing body's list (KT. CHỦ TỊCH for a deputy), one body in letterhead, symbol,
// authority and signature, the council's own biên bản with its CHỦ TỌA, complete legal bases
// with the plan's number and date, collectives with their superior unit, the flag's blank with
// its số sổ — and no placeholder left. The danh sách and the vote table keep their borders in
// LibreOffice's PDF (two conversions).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findSoffice } from '../src/features/documents/pdf-convert'
import { findPlanId, findProvince, FLAG_FORM, PLAN_004 } from './awards-fixture'
import { makeSignableRecords, SIGNABLE_LOCAL_GOVERNMENT } from './documents-signable-fixture'
import { createTestContext, signIn, type Client, type TestContext } from './harness'
import { errorOf } from './helpers'
import { isRuledAround, readRulings, readWords } from './pdf-rulings'

let context: TestContext
let admin: Client
let ids = { nomination: 0, meeting: 0, decision: 0, recognition: 0 }
const LOCAL_GOVERNMENT = SIGNABLE_LOCAL_GOVERNMENT

beforeAll(async () => {
  context = await createTestContext()
  admin = await signIn(context.app, 'admin')
  ids = await makeSignableRecords(context, admin)
}, 240_000)
afterAll(() => context.close())

async function render(kind: string, id: number, format = 'docx') {
  const response = await admin.request({
    method: 'GET',
    url: `/api/documents/${kind}/${id}?format=${format}`,
  })
  expect(response.statusCode, `${kind}: ${response.body.slice(0, 300)}`).toBe(200)
  if (process.env.DUMP_DOCS) writeFileSync(`/tmp/h12/${kind}-${id}.${format}`, response.rawPayload)
  return response.rawPayload
}

async function textOf(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes)
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  return {
    xml,
    text: xml
      .replace(/<w:br\/>/g, ' ')
      .replace(/<\/w:p>/g, ' ')
      .replace(/<[^>]+>/g, ''),
  }
}

const PLACEHOLDERS = ['…', 'THỦ TRƯỞNG ĐƠN VỊ', 'Thủ trưởng đơn vị', '[', 'undefined', 'null']

describe('documents from records are signable', () => {
  it('prints every kind with its body, place, date, signer and bases, and no placeholder', async () => {
    const plan = 'Kế hoạch số 25/KH-BCĐ ngày 17/01/2024 của Ban Chỉ đạo 138 tỉnh Đồng Tháp'
    const cases: [string, number, string[], string[]][] = [
      [
        'submission-letter',
        ids.nomination,
        [
          'Số: 1/TTr-UBND',
          'Phường 1, ngày 05 tháng 11 năm 2024',
          'Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp',
          plan,
          'TM. ỦY BAN NHÂN DÂN',
          'CHỦ TỊCH',
          'Nguyễn Văn Tâm',
        ],
        ['KT.'],
      ],
      [
        'award-list',
        ids.nomination,
        ['Kèm theo Tờ trình số 1/TTr-UBND ngày 05/11/2024', 'Phường 1', 'Nguyễn Văn Tâm'],
        [],
      ],
      [
        'council-minutes',
        ids.meeting,
        [
          'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
          'Số: 1/BB-HĐTĐKT',
          'Đồng Tháp, ngày 10 tháng 12 năm 2024',
          'CHỦ TỌA',
          'Nguyễn Văn Chủ',
        ],
        ['BB-UBND', 'CHỦ TRÌ'],
      ],
      [
        'award-decision',
        ids.decision,
        [
          'Số: 1/QĐ-UBND',
          'Đồng Tháp, ngày 15 tháng 12 năm 2024',
          'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP',
          `Căn cứ ${LOCAL_GOVERNMENT};`,
          'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
          'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023',
          `Căn cứ ${plan}`,
          'Theo đề nghị của Hội đồng Thi đua - Khen thưởng tỉnh.',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Đoàn Tấn Bửu',
          'Kèm theo Quyết định số 1/QĐ-UBND ngày 15/12/2024 của Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp',
          'Phường 1',
        ],
        ['UBND tỉnh'],
      ],
      [
        'award-certificate',
        ids.decision,
        [
          'Đơn vị dẫn đầu phong trào thi đua',
          'Số sổ: 1',
          'Số sổ: 2',
          'KT. CHỦ TỊCH',
          'Đoàn Tấn Bửu',
          'Phường 1',
          'Đồng Tháp, ngày 15 tháng 12 năm 2024',
        ],
        [],
      ],
      [
        'recognition-certificate',
        ids.recognition,
        [
          'BAN CHỈ ĐẠO 138',
          'TRƯỞNG BAN CHỈ ĐẠO 138',
          'Quyết định số 1/QĐ-BCĐ ngày 20/10/2024',
          'Võ Văn Hưng',
        ],
        [],
      ],
    ]
    for (const [kind, id, expected, absent] of cases) {
      const { text } = await textOf(await render(kind, id))
      for (const each of expected) expect(text, kind).toContain(each)
      for (const each of [...absent, ...PLACEHOLDERS]) expect(text, kind).not.toContain(each)
    }
  })

  it('prints the flag on its own blank and keeps a paragraph between adjacent tables', async () => {
    const certificate = await JSZip.loadAsync(await render('award-certificate', ids.decision))
    expect(await certificate.file('docProps/core.xml')?.async('string')).toContain('Cờ thi đua')
    const { xml } = await textOf(await render('award-list', ids.nomination))
    expect(xml).not.toMatch(/<\/w:tbl>\s*<w:tbl>/)
    expect(xml).toContain('<w:tblHeader/>')
  })

  it("keeps a body's signers at a row version, audited, and refuses an unknown signer", async () => {
    const province = await findProvince(context.deps, '87', 'legacy')
    const url = `/api/units/${province.id}/issuing-bodies/people_committee`
    const current = (await admin.request({ method: 'GET', url })).json<{
      rowVersion: number
      settings: { signers: { key: string; mode: string }[] }
    }>()
    expect(current.settings.signers.map((signer) => [signer.key, signer.mode])).toEqual([
      ['chu-tich', 'head'],
      ['pho-chu-tich', 'KT.'],
    ])
    const signer = { key: 'a', name: 'Lê Văn A', title: 'Chủ tịch', mode: 'head' }
    const put = (payload: object) => admin.request({ method: 'PUT', url, payload })
    const base = { headTitle: 'Chủ tịch', legalBases: [], rowVersion: current.rowVersion }
    expect(errorOf(await put({ ...base, signers: [signer, signer] }))).toEqual({
      status: 400,
      code: 'VALIDATION',
    })
    expect(errorOf(await put({ ...base, signers: [], rowVersion: 99 }))).toEqual({
      status: 409,
      code: 'CONFLICT',
    })
    const audit = await context.deps.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'issuing_body.save')
      .execute()
    expect(audit.map((row) => row.entity_id)).toContain(`${province.id}:people_committee`)
    const refused = await admin.request({
      method: 'POST',
      url: '/api/decisions',
      payload: {
        ...{ issuerUnitId: province.id, planId: await findPlanId(context.deps, PLAN_004) },
        ...{ awardFormId: FLAG_FORM, nominationIds: [ids.nomination], date: '2024-12-16' },
        signerKey: 'khong-co',
      },
    })
    expect(errorOf(refused)).toEqual({ status: 400, code: 'VALIDATION' })
  })

  it('keeps the borders of the danh sách and the vote table in the PDF', async () => {
    if (!(await findSoffice())) return
    const dir = mkdtempSync(join(tmpdir(), 'antq-signable-'))
    try {
      for (const [kind, id] of [
        ['award-list', ids.nomination],
        ['council-minutes', ids.meeting],
      ] as const) {
        const pdf = join(dir, `${kind}.pdf`)
        writeFileSync(pdf, await render(kind, id, 'pdf'))
        const words = readWords(pdf)
        const headers = words.filter((word) => word.text === 'STT')
        expect(headers.length, kind).toBeGreaterThan(0)
        // The header never wraps inside "STT", and every row number sits in a ruled cell.
        expect(
          words.some((word) => word.text === 'ST'),
          kind,
        ).toBe(false)
        for (const word of headers)
          expect(isRuledAround(word, readRulings(pdf, word.page)), `${kind} STT`).toBe(true)
        const first = words.find(
          (word) =>
            word.text === '1' &&
            word.page === headers[0]?.page &&
            word.yMin > (headers[0]?.yMax ?? 0),
        )
        expect(first, kind).toBeDefined()
        if (first)
          expect(isRuledAround(first, readRulings(pdf, first.page)), `${kind} row 1`).toBe(true)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 240_000)
})
