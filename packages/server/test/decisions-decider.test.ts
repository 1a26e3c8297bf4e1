// A decision's issuing body comes from its award form's decider. Plan 000 (Bắc Quang 2024):
// "Giấy khen của Giám đốc Công an tỉnh" — decider "Giám đốc Công an tỉnh" — is issued by the
// provincial police: letterhead BỘ CÔNG AN / CÔNG AN TỈNH …, number n/QĐ-CAT, signed by the
// Giám đốc (or a deputy for him). Issuing it under the district UBND (Huyện Bắc Quang), with
// the symbol QĐ-UBND or signed by a Chủ tịch is refused (DECIDER_MISMATCH); the DOCX shows the
// police's authority whatever the caller sends. Nominees: units of province 08, as the other
// decision tests use, passed by the province's council.
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  findPlanId,
  findProvince,
  insertNominations,
  listNomineeUnits,
  passThroughCouncil,
} from './awards-fixture'
import { createTestContext, signIn, type Client, type TestContext } from './harness'
import { errorOf } from './helpers'

const PLAN_000 = '000-bac-quang-2024'
let context: TestContext
let leader: Client
let admin: Client
let province: { id: number; path: string; name: string }
let planId = 0
let ids: number[] = []

beforeAll(async () => {
  context = await createTestContext()
  leader = await signIn(context.app, 'lanhdao.tuyenquang')
  admin = await signIn(context.app, 'admin')
  const secretary = await signIn(context.app, 'thuky.tuyenquang')
  province = await findProvince(context.deps)
  planId = await findPlanId(context.deps, PLAN_000)
  const units = await listNomineeUnits(context.deps, province.path, 2)
  ids = await insertNominations(
    context.deps,
    { planKey: PLAN_000, awardFormId: 'gk-ca-tinh', status: 'appraised' },
    units,
  )
  await passThroughCouncil(secretary, province.id, ids)
})
afterAll(() => context.close())

const decide = (client: Client, payload: Record<string, unknown>) =>
  client.request({
    method: 'POST',
    url: '/api/decisions',
    payload: {
      issuerUnitId: province.id,
      planId,
      awardFormId: 'gk-ca-tinh',
      nominationIds: ids,
      date: '2024-12-15',
      signerName: 'Nguyễn Hữu Lộc',
      signerTitle: 'Giám đốc',
      ...payload,
    },
  })
const messageOf = (response: { json: <T>() => T }) =>
  response.json<{ error: { message: string } }>().error.message

describe('a decision takes its issuing body from the award form’s decider', () => {
  it('refuses the Công an tỉnh Giấy khen under the district UBND letterhead', async () => {
    const district = await context.deps.db
      .selectFrom('units')
      .select('id')
      .where('version', '=', 'legacy')
      .where('code', '=', '034')
      .executeTakeFirstOrThrow()
    const refused = await decide(admin, {
      issuerUnitId: district.id,
      issuerCode: 'UBND',
      signerTitle: 'Chủ tịch',
    })
    expect(errorOf(refused)).toEqual({ status: 422, code: 'DECIDER_MISMATCH' })
    expect(messageOf(refused)).toBe(
      'Giấy khen của Giám đốc Công an tỉnh do Giám đốc Công an tỉnh quyết định: đơn vị ban hành phải là cấp tỉnh, không phải Huyện Bắc Quang',
    )
  })

  it('refuses the QĐ-UBND symbol and a Chủ tịch as signer at the right level', async () => {
    const symbol = await decide(leader, { issuerCode: 'UBND' })
    expect(errorOf(symbol)).toEqual({ status: 422, code: 'DECIDER_MISMATCH' })
    expect(messageOf(symbol)).toContain('số ký hiệu phải là QĐ-CAT, không phải QĐ-UBND')
    const signer = await decide(leader, { signerTitle: 'Chủ tịch' })
    expect(errorOf(signer)).toEqual({ status: 422, code: 'DECIDER_MISMATCH' })
    expect(messageOf(signer)).toContain('người ký phải là giám đốc')
    const numbers = await context.deps.db
      .selectFrom('issued_document_numbers')
      .select('number')
      .where('issuer_unit_id', '=', province.id)
      .where('kind', '=', 'decision')
      .execute()
    expect(numbers).toEqual([])
  })

  it('issues it under the Công an tỉnh letterhead and symbol, shown so in the DOCX', async () => {
    const created = await decide(leader, { signerTitle: 'KT. Giám đốc - Phó Giám đốc' })
    expect(created.statusCode).toBe(200)
    const decision = created.json<{ id: number; number: string }>()
    expect(decision.number).toBe('1/QĐ-CAT')
    const docx = await leader.request({
      method: 'GET',
      url: `/api/documents/award-decision/${decision.id}`,
    })
    const zip = await JSZip.loadAsync(docx.rawPayload)
    const text = ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(
      /<[^>]+>/g,
      '',
    )
    expect(text).toContain('BỘ CÔNG AN')
    expect(text).toContain(`CÔNG AN ${province.name.toLocaleUpperCase('vi-VN')}`)
    expect(text).toContain('1/QĐ-CAT')
    expect(text).toContain('GIÁM ĐỐC CÔNG AN TỈNH')
    expect(text).not.toContain('ỦY BAN NHÂN DÂN')
  })
})
