import { describe, expect, it } from 'vitest'
import { checkPlanEvents, PlanEvent } from '../plans/plan-events'
import {
  checkEventPhoto,
  checkEventRecord,
  eventStandingOf,
  eventWindowOf,
  holdsEvent,
} from './events'

const NGAY_HOI = { windowStart: '07-01', windowEnd: '08-19', levels: ['commune' as const] }
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])

describe('events', () => {
  it('reads the window from the plan, the whole year when none is given', () => {
    expect(eventWindowOf(NGAY_HOI, 2024)).toEqual({ from: '2024-07-01', to: '2024-08-19' })
    expect(eventWindowOf({ windowStart: null, windowEnd: null }, 2024)).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
    })
  })

  it('tells held, held late, pending and late', () => {
    const window = eventWindowOf(NGAY_HOI, 2024)
    expect(eventStandingOf(window, ['2024-08-10'], '2024-09-01')).toBe('held')
    expect(eventStandingOf(window, ['2024-08-25'], '2024-09-01')).toBe('held_late')
    expect(eventStandingOf(window, [], '2024-08-19')).toBe('pending')
    expect(eventStandingOf(window, [], '2024-08-20')).toBe('late')
    expect(holdsEvent(NGAY_HOI, 'commune')).toBe(true)
    expect(holdsEvent(NGAY_HOI, 'district')).toBe(false)
  })

  it('refuses a record out of its year, in the future, or a Ngày hội without its ceremony', () => {
    const context = { year: 2024, today: '2024-08-01', kind: 'ngay_hoi' as const }
    const festival = [{ part: 'festival', title: 'Hội thao' }]
    expect(
      checkEventRecord({ heldOn: '2023-08-01', participants: 1, programme: festival }, context),
    ).toHaveLength(2)
    expect(
      checkEventRecord({ heldOn: '2024-08-02', participants: 1, programme: [] }, context),
    ).toHaveLength(3)
    const ceremony = [{ part: 'ceremony', title: 'Khai mạc' }]
    expect(
      checkEventRecord({ heldOn: '2024-07-20', participants: 300, programme: ceremony }, context),
    ).toEqual([])
  })

  it('takes a JPEG or PNG by its content only', () => {
    expect(checkEventPhoto('anh.png', PNG).mime).toBe('image/png')
    expect(() => checkEventPhoto('anh.jpg', PNG)).toThrow(/không khớp/)
    expect(() =>
      checkEventPhoto('anh.png', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])),
    ).toThrow(/JPEG hoặc PNG/)
  })

  it('reads a plan event with defaults and refuses a window that runs backwards', () => {
    const event = PlanEvent.parse({
      ...{ id: 'ngay-hoi', source: 'IV.3', text: 'Hằng năm … "Ngày hội …"', kind: 'ngay_hoi' },
      ...{ label: 'Ngày hội', levels: ['commune'], windowStart: '08-19', windowEnd: '07-01' },
    })
    expect(event.schedule).toBe('yearly')
    expect(checkPlanEvents({ events: [event, event] }).map((issue) => issue.path.at(-1))).toEqual([
      'windowEnd',
      'id',
      'windowEnd',
    ])
    expect(PlanEvent.safeParse({ ...event, levels: [] }).success).toBe(false)
  })
})
