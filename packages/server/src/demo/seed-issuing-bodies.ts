// The demo's issuing bodies (ADR 030): Đồng Tháp's Ủy ban nhân dân with its chairman and a
// vice-chairman (who signs KT. CHỦ TỊCH) and the legal bases its award decisions cite, and the
// Ban Chỉ đạo 138 that recognises plan 001's exemplary commune. The Law on local government is
// entered as a province's administrator would (its numbers are not verified in legal.md §8.2:
// cited by date, each in force for its own span), through the same service as the API.
import { DEFAULT_LEGAL_BASES, type IssuingBody } from '@antq/core'
import type { Deps } from '../deps'
import {
  loadBodySettings,
  saveIssuingBody,
} from '../features/issuing-bodies/issuing-bodies.service'
import { SYSTEM_ACTOR } from './seed-demo'

const LOCAL_GOVERNMENT = [
  {
    text: 'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019',
    from: null,
    to: '2025-02-28',
  },
  {
    text: 'Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025',
    from: '2025-03-01',
    to: '2025-06-30',
  },
  {
    text: 'Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025',
    from: '2025-07-01',
    to: null,
  },
]

async function saveOnce(
  deps: Deps,
  unitId: number,
  body: IssuingBody,
  settings: {
    headTitle: string
    signers: { key: string; name: string; title: string; mode: 'head' | 'KT.' | 'Q.' }[]
    legalBases: { text: string; from: string | null; to: string | null }[]
  },
) {
  if ((await loadBodySettings(deps.db, unitId, body)).rowVersion !== null) return
  await saveIssuingBody(deps, SYSTEM_ACTOR, { unitId, body }, { ...settings, rowVersion: null })
}

/** The province's Ủy ban nhân dân that decides plan 004's Cờ thi đua. */
export async function seedProvinceCommittee(deps: Deps, provinceId: number) {
  await saveOnce(deps, provinceId, 'people_committee', {
    headTitle: 'Chủ tịch',
    signers: [
      { key: 'chu-tich', name: 'Lê Văn Bình', title: 'Chủ tịch', mode: 'head' },
      { key: 'pho-chu-tich', name: 'Trần Quốc Dũng', title: 'Phó Chủ tịch', mode: 'KT.' },
    ],
    legalBases: [...LOCAL_GOVERNMENT, ...DEFAULT_LEGAL_BASES],
  })
}

/** The Ban Chỉ đạo 138 whose decision recognised plan 001's exemplary commune. */
export async function seedSteeringCommittee(deps: Deps, unitId: number) {
  await saveOnce(deps, unitId, 'steering', {
    headTitle: 'Trưởng ban',
    signers: [
      { key: 'truong-ban', name: 'Hồ Quang Minh', title: 'Trưởng ban', mode: 'head' },
      { key: 'pho-truong-ban', name: 'Nguyễn Đức Thắng', title: 'Phó Trưởng ban', mode: 'KT.' },
    ],
    legalBases: [...DEFAULT_LEGAL_BASES],
  })
}
