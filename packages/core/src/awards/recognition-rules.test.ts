import { describe, expect, it } from 'vitest'
import type { RecognitionRoute } from '../plans/plan-schedule'
import {
  checkRecognitionCandidate,
  chooseRecognitionRoute,
  nextRecognitionStatus,
  tallyExemplaryQuota,
} from './recognition-rules'

const route = (
  level: RecognitionRoute['level'],
  evaluator: string,
  recognizer: string,
  kinds: RecognitionRoute['unitKinds'],
) => ({
  id: `cap-${level}`,
  source: 'II.3',
  text: '…',
  level,
  advisor: 'Công an',
  evaluator,
  recognizer,
  unitKinds: kinds,
})

// Plan 001 II.3: commune → district recognises; district → province; province recognises itself.
const ROUTES = [
  route('commune', 'BCĐ xã', 'BCĐ huyện', ['commune', 'agency', 'enterprise', 'school']),
  route('district', 'BCĐ huyện', 'BCĐ tỉnh', ['agency', 'enterprise', 'school']),
  route('province', 'BCĐ tỉnh', 'BCĐ tỉnh', ['agency', 'enterprise', 'school']),
]

describe('recognition', () => {
  it('checks the candidate rule: ANTT last year and "Khá" or better', () => {
    expect(
      checkRecognitionCandidate('exemplary', 2024, { anttRecognised: true, movementClass: 'kha' })
        .eligible,
    ).toBe(true)
    const weak = checkRecognitionCandidate('exemplary', 2024, {
      anttRecognised: true,
      movementClass: 'trung_binh',
    })
    expect(weak.eligible).toBe(false)
    expect(weak.conditions[1]).toMatchObject({ met: false, data: 'loại Trung bình' })
    expect(weak.conditions[0]?.label).toContain('2023')
    expect(
      checkRecognitionCandidate('exemplary', 2024, {
        anttRecognised: false,
        movementClass: 'xuat_sac',
      }).eligible,
    ).toBe(false)
    expect(
      checkRecognitionCandidate('antt_standard', 2024, {
        anttRecognised: false,
        movementClass: null,
      }).eligible,
    ).toBe(true)
  })

  it('follows the plan route: commune to district, district to province, province itself', () => {
    expect(
      chooseRecognitionRoute(ROUTES, { kind: 'commune', managingLevel: 'district' }, true),
    ).toMatchObject({
      routeId: 'cap-commune',
      evaluatorLevel: 'commune',
      recognizerLevel: 'district',
    })
    expect(
      chooseRecognitionRoute(ROUTES, { kind: 'school', managingLevel: 'district' }, true),
    ).toMatchObject({
      recognizerLevel: 'province',
      recognizer: 'BCĐ tỉnh',
    })
    expect(
      chooseRecognitionRoute(ROUTES, { kind: 'agency', managingLevel: 'province' }, true),
    ).toMatchObject({
      evaluatorLevel: 'province',
      recognizerLevel: 'province',
    })
    // After 07/2025 there is no district: the province recognises communes.
    expect(
      chooseRecognitionRoute(ROUTES, { kind: 'commune', managingLevel: 'province' }, false)
        .recognizerLevel,
    ).toBe('province')
    expect(
      chooseRecognitionRoute([], { kind: 'school', managingLevel: 'commune' }, false),
    ).toMatchObject({ routeId: null, recognizerLevel: 'commune' })
  })

  it('moves along its transition table only', () => {
    expect(nextRecognitionStatus('proposed', 'evaluate')).toBe('evaluated')
    expect(nextRecognitionStatus('proposed', 'recognise')).toBeUndefined()
    expect(nextRecognitionStatus('returned', 'resubmit')).toBe('proposed')
    expect(nextRecognitionStatus('recognised', 'return')).toBeUndefined()
  })

  it('tallies the yearly selection: ≥1 xã, ≥1 phường/thị trấn, ≥1 CQ/DN/CSGD', () => {
    const tally = tallyExemplaryQuota([
      { kind: 'commune', subtype: 'xa', status: 'recognised' },
      { kind: 'commune', subtype: 'thi_tran', status: 'rejected' },
      { kind: 'school', subtype: null, status: 'proposed' },
    ])
    expect(tally.xa).toEqual({ proposed: 1, recognised: 1, minimum: 1, met: true })
    expect(tally.phuong_thi_tran.met).toBe(false)
    expect(tally.co_quan).toMatchObject({ proposed: 1, recognised: 0, met: true })
  })
})
