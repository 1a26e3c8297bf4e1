// Upward reports on plan 001 (Quảng Trị) in a small world: each district owes the province the
// yearly report by 25/10 (and the registration report by 30/3). District D1 drafts it (its
// computed parts drawn from the record: the targets equal the dashboard's), writes its
// sections, downloads the DOCX and sends it; a second sending, another district and the
// province cannot act on its side; the province sees who reported, receives it, and its own
// yearly review gathers its districts' reports. After 25/10 the unsent report is late.
import JSZip from 'jszip'
import { describeTargetResult } from '@antq/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findSoffice } from '../src/features/documents/pdf-convert'
import { signIn, type Client, TEST_PASSWORD } from './harness'
import { errorOf, type ErrorBody } from './helpers'
import { createWorld, unit, type UnitSpec, type World } from './world-fixture'

const UNITS: UnitSpec[] = [
  unit('P45', 'province'),
  unit('D1', 'district', 'P45'),
  unit('D1.CQ', 'agency', 'D1', { staff: 30 }),
  unit('C1', 'commune', 'D1', { subtype: 'xa' }),
  unit('C1.TH', 'school', 'C1', { level: 'lower_secondary', staff: 25, pupils: 400 }),
  unit('D2', 'district', 'P45'),
  unit('C3', 'commune', 'D2', { subtype: 'xa' }),
]
const YEARLY = 'bao-cao-hang-nam'
const NARRATIVE = 'Huyện D1 đã ban hành kế hoạch triển khai và tổ chức hội nghị quán triệt.'

let world: World
let district: Client
let otherDistrict: Client
let province: Client

type Report = {
  status: string
  timing: string
  sections: { narrative: string; shortcomings: string; proposals: string }
  parts: { title: string; paragraphs: string[]; table: { rows: string[][] } | null }[]
  rowVersion: number | null
  actions: string[]
}
type Lower = {
  expected: number
  sent: number
  items: { unit: { name: string }; status: string; timing: string }[]
}

async function account(username: string, role: string, code: string) {
  const created = await world.request({
    method: 'POST',
    url: '/api/accounts',
    payload: {
      username,
      fullName: `Cán bộ ${code}`,
      password: TEST_PASSWORD,
      roles: [role],
      scopeUnitId: world.id(code),
    },
  })
  expect(created.statusCode, created.body).toBe(200)
  return signIn(world.context.app, username)
}

const reportUrl = (code: string, obligation = YEARLY, period = '2024') =>
  `/api/plans/${world.planId}/upward-reports/${obligation}/${period}/units/${world.id(code)}`

/** The targets at D1 as the dashboard shows them. */
async function dashboardAtD1() {
  const url = `/api/plans/${world.planId}/targets?scopeUnitId=${world.id('D1')}&year=2024`
  const response = await district.request({ method: 'GET', url })
  type Item = Parameters<typeof describeTargetResult>[0] & { label: string }
  return response.json<{ items: Item[] }>().items
}

const act = (client: Client, code: string, action: string) =>
  client.request({ method: 'POST', url: `${reportUrl(code)}/actions`, payload: { action } })

async function docxText(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes)
  return (await zip.file('word/document.xml')?.async('string'))?.replace(/<[^>]+>/g, '') ?? ''
}

beforeAll(async () => {
  world = await createWorld({
    seedFile: '001-quang-tri-dien-hinh.yaml',
    issuerCode: 'P45',
    units: UNITS,
    start: '2024-03-01',
  })
  await world.register(2024, ['D1.CQ', 'C1', 'C1.TH'], {
    strivesForAntt: true,
    buildsExemplary: true,
  })
  await world.at('2024-10-20')
  district = await account('canbo.d1', 'unit_clerk', 'D1')
  otherDistrict = await account('canbo.d2', 'unit_clerk', 'D2')
  province = await account('congan.p45', 'plan_owner', 'P45')
}, 180_000)
afterAll(() => world.close())

describe('a district’s obligations', () => {
  it('lists 30/3 (late by 20/10), 25/10 (open) and the yearly review with their due dates', async () => {
    const response = await district.request({
      method: 'GET',
      url: `/api/plans/${world.planId}/upward-reports?unitId=${world.id('D1')}&year=2024`,
    })
    expect(response.statusCode, response.body).toBe(200)
    const body = response.json<{
      owed: {
        obligationId: string
        due: string
        timing: string
        recipient: { name: string } | null
      }[]
      late: { label: string; own: boolean }[]
    }>()
    expect(body.owed.map((each) => [each.obligationId, each.due, each.timing])).toEqual([
      ['bao-cao-dang-ky', '2024-03-30', 'late'],
      [YEARLY, '2024-10-25', 'open'],
      ['so-ket-tong-ket', '2024-12-14', 'open'],
    ])
    expect(body.owed[1]?.recipient?.name).toBe('Đơn vị P45')
    expect(body.late).toEqual([
      expect.objectContaining({ own: true, label: expect.stringContaining('30/03/2024') }),
    ])
  })
})

describe('drafting, writing and sending', () => {
  it('draws the targets as the dashboard shows them, and the registrations', async () => {
    const draft = (await district.request({ method: 'GET', url: reportUrl('D1') })).json<Report>()
    expect(draft).toMatchObject({
      status: 'not_started',
      rowVersion: null,
      actions: ['save', 'submit'],
    })
    const items = await dashboardAtD1()
    expect(items.length).toBeGreaterThan(0)
    const targets = draft.parts.find((part) => part.title === 'Kết quả thực hiện các chỉ tiêu')
    expect(targets?.table?.rows).toEqual(
      items.map((item, index) => [
        String(index + 1),
        item.label,
        describeTargetResult(item).split(' · ')[0],
        item.statusLabel,
      ]),
    )
    const registrations = draft.parts.find((part) => part.title === 'Đăng ký tham gia')
    expect(registrations?.paragraphs[0]).toContain('Số đơn vị đăng ký tham gia: 3;')
  })

  it('keeps the written sections', async () => {
    const sections = {
      narrative: NARRATIVE,
      shortcomings: 'Một số xã báo cáo chậm.',
      proposals: '',
    }
    const saved = await district.request({
      method: 'PUT',
      url: reportUrl('D1'),
      payload: { sections },
    })
    expect(saved.statusCode, saved.body).toBe(200)
    expect(saved.json<Report>()).toMatchObject({ status: 'draft', rowVersion: 1, sections })
    const again = (await district.request({ method: 'GET', url: reportUrl('D1') })).json<Report>()
    expect(again.sections).toEqual(sections)
    const tooLong = await district.request({
      method: 'PUT',
      url: reportUrl('D1'),
      payload: { sections: { ...sections, narrative: 'x'.repeat(20_001) } },
    })
    expect(errorOf(tooLong)).toEqual({ status: 400, code: 'VALIDATION' })
  })

  it('downloads the DOCX with the written narrative and the computed figures', async () => {
    const response = await district.request({ method: 'GET', url: `${reportUrl('D1')}/document` })
    expect(response.statusCode).toBe(200)
    const text = await docxText(response.rawPayload)
    expect(text).toContain('BÁO CÁO')
    expect(text).toContain('Kính gửi: UBND tỉnh (qua Công an tỉnh)')
    expect(text).toContain(NARRATIVE)
    expect(text).toContain('II. KẾT QUẢ THỰC HIỆN')
    expect(text).toContain('Số đơn vị đăng ký tham gia: 3;')
    // Each target's label and figures as the dashboard shows them.
    for (const item of await dashboardAtD1())
      expect(text).toContain(`${item.label}${describeTargetResult(item).split(' · ')[0]}`)
  })

  it('converts to PDF when LibreOffice is installed, and says so otherwise', async () => {
    const response = await district.request({
      method: 'GET',
      url: `${reportUrl('D1')}/document?format=pdf`,
    })
    if (await findSoffice()) {
      expect(response.statusCode).toBe(200)
      expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-')
    } else {
      expect(response.json<ErrorBody>().error.message).toContain('LibreOffice')
    }
  }, 120_000)

  it('refuses another district and the province on the reporting side', async () => {
    const other = await act(otherDistrict, 'D1', 'submit')
    expect(errorOf(other)).toEqual({ status: 403, code: 'OUT_OF_SCOPE' })
    const above = await act(province, 'D1', 'submit')
    expect(errorOf(above)).toEqual({ status: 403, code: 'FORBIDDEN' })
    expect(above.json<ErrorBody>().error.message).toBe(
      'Chỉ đơn vị có nghĩa vụ báo cáo mới soạn và gửi được báo cáo này',
    )
    const commune = await district.request({ method: 'GET', url: reportUrl('C1') })
    expect(errorOf(commune)).toEqual({ status: 404, code: 'NOT_FOUND' })
  })

  it('sends once: a second sending and a later edit are refused in Vietnamese', async () => {
    const sent = await act(district, 'D1', 'submit')
    expect(sent.statusCode, sent.body).toBe(200)
    expect(sent.json<Report>()).toMatchObject({
      status: 'submitted',
      timing: 'on_time',
      actions: [],
    })
    const twice = await act(district, 'D1', 'submit')
    expect(errorOf(twice)).toEqual({ status: 409, code: 'INVALID_TRANSITION' })
    expect(twice.json<ErrorBody>().error.message).toBe(
      'Báo cáo đã gửi lên cấp trên, không sửa hay gửi lại được',
    )
    const edit = await district.request({
      method: 'PUT',
      url: reportUrl('D1'),
      payload: { sections: { narrative: 'Sửa sau khi gửi', shortcomings: '', proposals: '' } },
    })
    expect(errorOf(edit)).toEqual({ status: 409, code: 'INVALID_TRANSITION' })
    const history = await world.context.deps.db
      .selectFrom('upward_report_history')
      .select(['action', 'to_status'])
      .orderBy('id')
      .execute()
    expect(history).toEqual([
      { action: 'save', to_status: 'draft' },
      { action: 'submit', to_status: 'submitted' },
    ])
  })
})

describe('the province', () => {
  it('sees D1 reported and D2 not yet, and receives D1’s report', async () => {
    const url = `/api/plans/${world.planId}/upward-reports/${YEARLY}/2024/lower?unitId=${world.id('P45')}`
    const lower = (await province.request({ method: 'GET', url })).json<Lower>()
    expect(lower).toMatchObject({ expected: 2, sent: 1 })
    expect(lower.items.map((item) => [item.unit.name, item.status, item.timing])).toEqual([
      ['Đơn vị D1', 'submitted', 'on_time'],
      ['Đơn vị D2', 'not_started', 'open'],
    ])
    const received = await act(province, 'D1', 'receive')
    expect(received.statusCode, received.body).toBe(200)
    expect(received.json<Report>().status).toBe('received')
    const byDistrict = await act(otherDistrict, 'D2', 'receive')
    // A district never marks its own report received.
    expect(errorOf(byDistrict)).toEqual({ status: 403, code: 'FORBIDDEN' })
  })

  it('gathers its districts’ reports in its own yearly review', async () => {
    const own = await province.request({ method: 'GET', url: reportUrl('P45', 'so-ket-tong-ket') })
    expect(own.statusCode, own.body).toBe(200)
    const gathered = own
      .json<Report>()
      .parts.find((part) => part.title === 'Tổng hợp báo cáo của cấp dưới')
    expect(gathered?.paragraphs).toEqual([
      'Đã nhận 1/1 báo cáo của cấp dưới.',
      `- Đơn vị D1: ${NARRATIVE}`,
    ])
    expect(gathered?.table?.rows[0]?.[1]).toBe('Đơn vị D1')
  })

  it('lists D2’s unsent report as late once 25/10 has passed', async () => {
    await world.at('2024-10-26')
    const province2 = await signIn(world.context.app, 'congan.p45')
    const response = await province2.request({
      method: 'GET',
      url: `/api/plans/${world.planId}/upward-reports?unitId=${world.id('P45')}&year=2024`,
    })
    const body = response.json<{ late: { unitName: string; due: string; own: boolean }[] }>()
    expect(body.late.filter((each) => each.due === '2024-10-25')).toEqual([
      {
        unitName: 'Đơn vị D2',
        label: expect.stringContaining('25/10/2024'),
        due: '2024-10-25',
        own: false,
      },
    ])
  })
})
