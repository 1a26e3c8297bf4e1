// Shared set-up of the assignments tests: a small legacy tree (district W034 with three
// departments and two communes) imported through the units API, plan 000's text with its own
// bodies and tasks (every schedule) issued by W034 and published, a plan owner over W034 and
// one clerk per department, all created through the API.
import fs from 'node:fs'
import path from 'node:path'
import { expect } from 'vitest'
import type { Client, TestContext } from './harness'
import { signIn, TEST_PASSWORD } from './harness'
import { importWorldUnits, unit, type UnitSpec } from './world-fixture'

const SEED = path.resolve(import.meta.dirname, '../../../plans/seeds/000-bac-quang-2024.yaml')
export const PLAN_KEY = 'asg-000'

export const UNITS: UnitSpec[] = [
  unit('W02', 'province'),
  unit('W034', 'district', 'W02'),
  unit('W1', 'commune', 'W034', { subtype: 'xa' }),
  unit('W2', 'commune', 'W034', { subtype: 'xa' }),
  unit('W034.NV', 'agency', 'W034', { name: 'Phòng Nội vụ huyện Thử', subtype: 'state_body' }),
  unit('W034.TP', 'agency', 'W034', { name: 'Phòng Tư pháp huyện Thử', subtype: 'state_body' }),
  unit('W034.CA', 'agency', 'W034', { name: 'Công an huyện', subtype: 'armed_forces' }),
]

const BODIES = `bodies:
  - { id: noi-vu, name: Phòng Nội vụ, kind: agency, subtype: state_body }
  - { id: tu-phap, name: Phòng Tư pháp, kind: agency, subtype: state_body }
  - { id: cong-an, name: Công an huyện, kind: agency, subtype: armed_forces }
  - { id: mat-tran, name: Ủy ban Mặt trận Tổ quốc Việt Nam huyện, kind: organisation }
`
const task = (id: string, fields: string) => `  - id: ${id}
    source: VI.${id.length}
    text: Điều khoản nguyên văn của nhiệm vụ ${id}.
    task: Nhiệm vụ ${id}
${fields
  .split(';')
  .map((field) => `    ${field.trim()}`)
  .join('\n')}
`
/** Every schedule: 2 + 4 + 2 + 1 + 1 + 2 + 6 = 18 shares in 2024; the Front is not in the tree. */
const TASKS = `tasks:
${task('t-once', "owner: noi-vu; coOwners: [cong-an]; due: '2024-04-20'; output: document")}${task(
  't-quarterly',
  'owner: tu-phap; schedule: quarterly; output: figures',
)}${task('t-six', 'owner: cong-an; schedule: six_monthly')}${task(
  't-yearly',
  "owner: noi-vu; schedule: yearly; annualDue: '10-25'",
)}${task('t-continuous', 'owner: tu-phap; schedule: continuous')}${task(
  't-communes',
  'ownerLevels: [commune]; schedule: yearly; output: event',
)}${task('t-monthly', "owner: cong-an; schedule: monthly; from: '2024-07-01'")}${task(
  't-front',
  'owner: mat-tran; schedule: continuous',
)}`

/** Plan 000's text up to its bodies, re-keyed and issued by `issuerCode`, with `tail` after. */
export function planText(key: string, issuerCode: string, tail: string, extra = '') {
  const text = fs.readFileSync(SEED, 'utf8')
  const head = text.slice(0, text.indexOf('\nbodies:') + 1)
  return (
    head
      .replace(/^id: (.+)$/m, `id: ${key}`)
      .replace(/^( {4}unitCode: ).+$/m, `$1'${issuerCode}'`)
      .replace(/^( {4}ref: 66\/KH-BCĐ)$/m, `$1${extra}`) + tail
  )
}

export async function importPlan(admin: Client, text: string) {
  const created = await admin.request({
    method: 'POST',
    url: '/api/plans/import',
    payload: { text },
  })
  expect(created.statusCode, created.body).toBe(200)
  const planId = created.json<{ id: number }>().id
  const published = await admin.request({
    method: 'POST',
    url: `/api/plans/${planId}/actions`,
    payload: { action: 'publish', reason: 'Kế hoạch thử' },
  })
  expect(published.statusCode, published.body).toBe(200)
  return planId
}

async function createAccount(admin: Client, username: string, role: string, unitId: number) {
  const created = await admin.request({
    method: 'POST',
    url: '/api/accounts',
    payload: {
      username,
      fullName: username,
      password: TEST_PASSWORD,
      roles: [role],
      scopeUnitId: unitId,
    },
  })
  expect(created.statusCode, created.body).toBe(200)
}

export async function setUpAssignments(context: TestContext) {
  const admin = await signIn(context.app, 'admin')
  await importWorldUnits(admin, UNITS)
  const rows = await context.deps.db
    .selectFrom('units')
    .select(['id', 'code'])
    .where('version', '=', 'legacy')
    .where('code', 'like', 'W%')
    .execute()
  const ids = new Map(rows.map((row) => [row.code, row.id]))
  const id = (code: string) => ids.get(code) ?? 0
  const planId = await importPlan(admin, planText(PLAN_KEY, 'W034', BODIES + TASKS))
  await createAccount(admin, 'asg.owner', 'plan_owner', id('W034'))
  for (const [username, code] of [
    ['asg.noivu', 'W034.NV'],
    ['asg.tuphap', 'W034.TP'],
    ['asg.xa1', 'W1'],
  ] as const)
    await createAccount(admin, username, 'unit_clerk', id(code))
  return {
    admin,
    planId,
    id,
    owner: await signIn(context.app, 'asg.owner'),
    noiVu: await signIn(context.app, 'asg.noivu'),
    tuPhap: await signIn(context.app, 'asg.tuphap'),
    commune: await signIn(context.app, 'asg.xa1'),
  }
}

export type Share = {
  id: number
  task: { id: string; source: string }
  occurrence: string
  owner: { id: number; name: string }
  role: string
  due: string
  status: string
  review: string
  completedOn: string | null
  late: boolean
  rowVersion: number
}

export const PDF = new Uint8Array(Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'))

/** A multipart body: a `note` field, then the `file` (a browser's FormData order). */
export function evidence(note: string, filename: string, bytes: Uint8Array) {
  const boundary = `----antq${Math.random().toString(16).slice(2)}`
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\n${note}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}
