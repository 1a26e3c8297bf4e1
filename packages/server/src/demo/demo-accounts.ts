// Demo accounts, listed in the README. Every one uses the same demo password.
import type { Role } from '@antq/core'

export const DEMO_PASSWORD = 'antq2025'

export type DemoAccount = {
  username: string
  fullName: string
  roles: Role[]
  scope: { version: '2025' | 'legacy'; code: string } | null
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', roles: ['admin'], scope: null },
  {
    username: 'congan.tuyenquang',
    fullName: 'Nguyễn Văn Hùng',
    roles: ['plan_owner'],
    scope: { version: '2025', code: '08' },
  },
  {
    username: 'congan.bacquang',
    fullName: 'Trần Thị Lan',
    roles: ['plan_owner'],
    scope: { version: 'legacy', code: '034' },
  },
  {
    username: 'canbo.bacquang',
    fullName: 'Hoàng Văn Nam',
    roles: ['unit_clerk'],
    scope: { version: '2025', code: '01153' },
  },
  {
    username: 'canbo.hagiang1',
    fullName: 'Lò Thị Mai',
    roles: ['unit_clerk'],
    scope: { version: '2025', code: '00694' },
  },
  {
    username: 'thuky.tuyenquang',
    fullName: 'Phạm Minh Tuấn',
    roles: ['council_secretary'],
    scope: { version: '2025', code: '08' },
  },
  {
    username: 'lanhdao.tuyenquang',
    fullName: 'Đặng Quốc Bảo',
    roles: ['leader'],
    scope: { version: '2025', code: '08' },
  },
  // The seed plans run in the legacy register (Bắc Quang before 2025): a commune clerk, the
  // district's reward-council secretary and its chairperson, to act on plan 000's campaign.
  {
    username: 'canbo.xadongyen',
    fullName: 'Ma Văn Thắng',
    roles: ['unit_clerk'],
    scope: { version: 'legacy', code: '01216' },
  },
  {
    username: 'thuky.huyenbacquang',
    fullName: 'Vũ Thị Hạnh',
    roles: ['council_secretary'],
    scope: { version: 'legacy', code: '034' },
  },
  {
    username: 'lanhdao.huyenbacquang',
    fullName: 'Bàn Văn Quý',
    roles: ['leader'],
    scope: { version: 'legacy', code: '034' },
  },
  // Plan 002's reports upward (issue 11 item 8): Lục Ngạn's clerk drafts and sends the district's
  // six-month review; Bắc Giang's police receive it (legacy province 24).
  {
    username: 'canbo.lucngan',
    fullName: 'Thân Văn Đức',
    roles: ['unit_clerk'],
    scope: { version: 'legacy', code: '219' },
  },
  {
    username: 'congan.bacgiang',
    fullName: 'Nguyễn Thị Hằng',
    roles: ['plan_owner'],
    scope: { version: 'legacy', code: '24' },
  },
  // Bodies the seed plans give work to (issue 11 item 1), units under each plan's issuer made by
  // generate-body-units.ts: the police, finance and education of Lục Ngạn (plan 002), Bắc
  // Quang's culture centre (plan 000), and Tây Ninh's Fatherland Front (plan 003).
  ...(
    [
      ['canbo.conganlucngan', 'Giáp Văn Toàn', '219.CA'],
      ['canbo.taichinhlucngan', 'Nguyễn Thị Thu', '219.PTCKH'],
      ['canbo.giaoduclucngan', 'Hoàng Văn Bình', '219.PGDVDT'],
      ['canbo.vanhoabacquang', 'Lục Thị Hoa', '034.TTVHTTVDL'],
      ['canbo.mattrantayninh', 'Lê Văn Sang', '72.UBMTTQVN'],
    ] as const
  ).map(([username, fullName, code]): DemoAccount => ({
    ...{ username, fullName, roles: ['unit_clerk'] },
    scope: { version: 'legacy', code },
  })),
]

/** Provinces (2025 codes) and legacy districts/provinces that get demo units. */
export const DEMO_SCOPES = {
  '2025': ['08', '44', '24', '80', '82'],
  legacy: ['034', '219', '45', '72', '87'],
} as const
