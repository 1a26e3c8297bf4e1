import { describe, expect, it } from 'vitest'
import { changePlan, loadMinimalPlan } from '../../test/plan-fixture'
import type { PlanStatus } from '../plans/plan-lifecycle'
import {
  checkDeadline,
  checkRegistrationWindow,
  type DeadlineExtension,
} from './campaign-deadlines'
import {
  findAnttPledgeBarrier,
  findRegistrationBarrier,
  type RegistrantUnit,
} from './campaign-registration'
import { RegistrationPledge, validateRegistration } from './campaign-registration-pledge'

const plan = changePlan(loadMinimalPlan(), (copy) => {
  copy.subjects.push({
    id: 'cqdn',
    source: 'II',
    text: 'cơ quan, doanh nghiệp, cơ sở giáo dục',
    kind: 'collective',
    label: 'Cơ quan, doanh nghiệp, cơ sở giáo dục',
    unitKinds: ['agency', 'enterprise', 'school'],
    bodies: [],
    roles: [],
    requiresLegalStatus: false,
  })
  copy.awardForms.push({ ...copy.awardForms[0]!, id: 'gk', name: 'Giấy khen', subjects: [] })
})

const unit = (
  kind: RegistrantUnit['kind'],
  extra: Partial<RegistrantUnit> = {},
): RegistrantUnit => ({
  kind,
  subtype: null,
  schoolLevel: null,
  enterpriseSize: null,
  ...extra,
})
const pledge = (extra: Partial<RegistrationPledge> = {}): RegistrationPledge =>
  RegistrationPledge.parse({ takePart: true, ...extra })

describe('who may register', () => {
  it.each<[string, PlanStatus, RegistrantUnit, string | undefined]>([
    ['a commune of a published plan', 'published', unit('commune'), undefined],
    [
      'a lower secondary school',
      'published',
      unit('school', { schoolLevel: 'lower_secondary' }),
      undefined,
    ],
    ['any unit of a draft', 'draft', unit('commune'), 'Kế hoạch chưa được ban hành'],
    ['any unit of a closed plan', 'closed', unit('commune'), 'Kế hoạch đã kết thúc'],
    [
      'a residential area the plan does not name',
      'published',
      unit('residential_area'),
      'Khu dân cư không thuộc đối tượng thi đua của kế hoạch',
    ],
    [
      'a primary school the plan excludes',
      'published',
      unit('school', { schoolLevel: 'primary' }),
      'Không thuộc đối tượng theo kế hoạch (mục VI: trừ tiểu học)',
    ],
  ])('%s', (_, status, registrant, expected) => {
    expect(findRegistrationBarrier(plan, status, registrant)).toBe(expected)
  })

  it('counts the unit kinds of target scopes too', () => {
    const withKdc = changePlan(plan, (copy) =>
      copy.targets[0]!.scope.unitKinds.push('residential_area'),
    )
    expect(findRegistrationBarrier(withKdc, 'published', unit('residential_area'))).toBeUndefined()
  })
})

describe('pledging the ANTT standard (TT 124 Art. 1–2)', () => {
  it.each<[string, RegistrantUnit, RegExp | undefined]>([
    ['a commune', unit('commune'), undefined],
    ['a medium enterprise', unit('enterprise', { enterpriseSize: 'medium' }), undefined],
    ['an armed-forces unit', unit('agency', { subtype: 'armed_forces' }), /lực lượng vũ trang/],
    ['a small enterprise', unit('enterprise', { enterpriseSize: 'small' }), /nhỏ và siêu nhỏ/],
    ['a micro enterprise', unit('enterprise', { enterpriseSize: 'micro' }), /nhỏ và siêu nhỏ/],
    ['a kindergarten', unit('school', { schoolLevel: 'kindergarten' }), /mầm non/],
    ['a crèche', unit('school', { schoolLevel: 'creche' }), /nhà trẻ/],
    ['a district', unit('district'), /^Huyện\/Quận\/Thị xã không thuộc đối tượng của Thông tư 124/],
    [
      'a religious organisation',
      unit('organisation', { subtype: 'religious' }),
      /Tổ chức tôn giáo/,
    ],
  ])('%s', (_, registrant, expected) => {
    const reason = findAnttPledgeBarrier(plan, registrant)
    if (expected) expect(reason).toMatch(expected)
    else expect(reason).toBeUndefined()
  })
})

describe('what a registration holds', () => {
  const cases: [string, RegistrantUnit, RegistrationPledge, { path: string; message: RegExp }[]][] =
    [
      [
        'a full pledge of a commune',
        unit('commune'),
        pledge({ strivesForAntt: true, buildsExemplary: true, awardForms: ['bk'] }),
        [],
      ],
      [
        'no taking part',
        unit('commune'),
        pledge({ takePart: false }),
        [{ path: 'takePart', message: /tham gia phong trào/ }],
      ],
      [
        'ANTT for a small enterprise',
        unit('enterprise', { enterpriseSize: 'small' }),
        pledge({ strivesForAntt: true }),
        [{ path: 'strivesForAntt', message: /siêu nhỏ/ }],
      ],
      [
        'an unknown award form',
        unit('commune'),
        pledge({ awardForms: ['co'] }),
        [{ path: 'awardForms', message: /không có hình thức khen thưởng "co"/ }],
      ],
      [
        'a form twice',
        unit('commune'),
        pledge({ awardForms: ['bk', 'bk'] }),
        [{ path: 'awardForms', message: /bị đăng ký trùng/ }],
      ],
      [
        'a form not registered at the start',
        unit('commune'),
        pledge({ awardForms: ['gk'] }),
        [{ path: 'awardForms', message: /"Giấy khen" không đăng ký đầu năm/ }],
      ],
      [
        'a form for communes, asked by a school',
        unit('school', { schoolLevel: 'upper_secondary' }),
        pledge({ awardForms: ['bk'] }),
        [{ path: 'awardForms', message: /"Bằng khen" không dành cho cơ sở giáo dục/ }],
      ],
    ]
  it.each(cases)('%s', (_, registrant, content, expected) => {
    const problems = validateRegistration(plan, 'published', registrant, content)
    expect(problems).toHaveLength(expected.length)
    expected.forEach((problem, i) => {
      expect(problems[i]?.path).toBe(problem.path)
      expect(problems[i]?.message).toMatch(problem.message)
    })
  })

  it('reports a barrier alone, under the unit', () => {
    expect(
      validateRegistration(plan, 'draft', unit('commune'), pledge({ takePart: false })),
    ).toEqual([{ path: 'unit', message: 'Kế hoạch chưa được ban hành' }])
  })

  it('lets only QĐ 9745 kinds build an exemplary unit', () => {
    const withKdc = changePlan(plan, (copy) =>
      copy.targets[0]!.scope.unitKinds.push('residential_area'),
    )
    expect(
      validateRegistration(
        withKdc,
        'published',
        unit('residential_area'),
        pledge({ buildsExemplary: true }),
      ),
    ).toEqual([
      {
        path: 'buildsExemplary',
        message: 'Khu dân cư không thuộc đối tượng xây dựng điển hình (QĐ 9745/QĐ-BCA-V05)',
      },
    ])
  })
})

describe('whether the form is open', () => {
  const late: DeadlineExtension = { unitIds: [7], until: '2024-04-30', reason: 'Thiên tai' }
  const everyone: DeadlineExtension = {
    unitIds: null,
    until: '2024-04-25',
    reason: 'Gia hạn chung',
  }
  it.each<
    [
      string,
      string,
      number | null,
      DeadlineExtension[],
      { open: boolean; reason?: string; closesOn?: string | null },
    ]
  >([
    ['before the deadline', '2024-04-01', 7, [], { open: true, closesOn: '2024-04-20' }],
    ['on the deadline day', '2024-04-20', 7, [], { open: true, closesOn: '2024-04-20' }],
    [
      'the day after',
      '2024-04-21',
      7,
      [],
      { open: false, reason: 'Đã hết hạn đăng ký ngày 20/04/2024' },
    ],
    ['extended for the unit', '2024-04-28', 7, [late], { open: true, closesOn: '2024-04-30' }],
    [
      'extended for another unit',
      '2024-04-28',
      8,
      [late],
      { open: false, reason: 'Đã hết hạn đăng ký ngày 20/04/2024' },
    ],
    [
      'extended for every unit',
      '2024-04-24',
      8,
      [everyone],
      { open: true, closesOn: '2024-04-25' },
    ],
    [
      'the latest extension wins',
      '2024-04-28',
      7,
      [everyone, late],
      { open: true, closesOn: '2024-04-30' },
    ],
    [
      'after the extension',
      '2024-05-01',
      7,
      [late],
      {
        open: false,
        reason: 'Đã hết hạn đăng ký ngày 30/04/2024 (đã gia hạn từ hạn ban đầu 20/04/2024)',
      },
    ],
    [
      'an extension before the deadline changes nothing',
      '2024-04-21',
      7,
      [{ ...late, until: '2024-04-10' }],
      { open: false, reason: 'Đã hết hạn đăng ký ngày 20/04/2024' },
    ],
  ])('%s', (_, date, unitId, extensions, expected) => {
    expect(checkRegistrationWindow(plan, { date, unitId, extensions })).toMatchObject(expected)
  })

  it('reads an annual deadline in the campaign year', () => {
    const annual = changePlan(plan, (copy) => {
      copy.deadlines[0] = { ...copy.deadlines[0]!, date: null, annual: '03-30' }
    })
    expect(checkRegistrationWindow(annual, { date: '2025-03-30' })).toMatchObject({
      open: true,
      closesOn: '2025-03-30',
    })
    expect(checkRegistrationWindow(annual, { date: '2025-03-31' })).toMatchObject({
      open: false,
      reason: 'Đã hết hạn đăng ký ngày 30/03/2025',
    })
  })

  it('stays open when the plan sets no registration deadline', () => {
    const open = changePlan(plan, (copy) => (copy.deadlines = []))
    expect(checkRegistrationWindow(open, { date: '2030-01-01' })).toEqual({
      open: true,
      closesOn: null,
      extension: null,
    })
  })

  it('names the act in the reason', () => {
    expect(
      checkDeadline({ act: 'nộp báo cáo', deadline: '2024-12-14', date: '2024-12-15' }),
    ).toMatchObject({
      reason: 'Đã hết hạn nộp báo cáo ngày 14/12/2024',
    })
  })
})
