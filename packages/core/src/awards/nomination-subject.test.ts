import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parsePlanYaml } from '../plans/plan-yaml'
import type { Plan } from '../plans/plan-schema'
import {
  checkNominationSubject,
  formGroupOf,
  nomineeKeyOf,
  type NominationSubject,
} from './nomination-subject'

const ROOT = fileURLToPath(new URL('../../../../plans/seeds/', import.meta.url))
const plan = (
  parsePlanYaml(readFileSync(`${ROOT}004-dong-thap-2024.yaml`, 'utf8')) as { plan: Plan }
).plan
const person = {
  fullName: 'Nguyễn  Thị Hoa',
  position: 'Giáo viên',
  role: 'public_employee',
  birthYear: 1980,
  unitId: 7,
} as const
const teacher: NominationSubject = { kind: 'individual', subjectId: 'ca-nhan-cqdn', person }

describe('nomination subjects', () => {
  it('keys the achievement holder, folding accents, case and spaces', () => {
    expect(nomineeKeyOf({ kind: 'collective', subjectId: 'x', unitId: 12 })).toBe('unit:12')
    expect(nomineeKeyOf(teacher)).toBe('person:7:nguyen thi hoa:1980')
  })

  it('groups emulation titles apart from commendations', () => {
    const names = plan.awardForms.map((form) => `${form.id}:${formGroupOf(form)}`)
    expect(names).toContain('co-thi-dua-ubnd-tinh:emulation_title')
    expect(names).toContain('bk-ubnd-tinh:commendation')
  })

  it('checks the subject against the form, the unit kind and the role', () => {
    expect(checkNominationSubject(plan, 'bk-ubnd-tinh', teacher, 'school').id).toBe('ca-nhan-cqdn')
    expect(() => checkNominationSubject(plan, 'co-thi-dua-ubnd-tinh', teacher, 'school')).toThrow(
      'không xét cho đối tượng',
    )
    const commune: NominationSubject = {
      kind: 'collective',
      subjectId: 'xa-phuong-thi-tran',
      unitId: 1,
    }
    expect(() => checkNominationSubject(plan, 'co-thi-dua-ubnd-tinh', commune, 'school')).toThrow(
      'không thuộc đối tượng',
    )
    const citizen = { ...teacher, person: { ...person, role: 'citizen' as const } }
    expect(() => checkNominationSubject(plan, 'bk-ubnd-tinh', citizen, 'school')).toThrow('Vai trò')
    expect(() => checkNominationSubject(plan, 'khong-co', teacher, 'school')).toThrow(
      'không có hình thức',
    )
  })
})
