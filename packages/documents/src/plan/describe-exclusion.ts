// Exclusions are printed from their structure: their verbatim text is a fragment such as
// "(trừ cơ sở giáo dục tiểu học, mầm non, nhà trẻ)" that reads wrongly out of its sentence.
import {
  ENTERPRISE_SIZE_LABELS,
  SCHOOL_LEVEL_LABELS,
  type Exclusion,
  type PersonRole,
} from '@antq/core'

// Core has no labels for person roles yet; these belong there once it does.
const ROLE_LABELS: Record<PersonRole, string> = {
  grassroots_security_force: 'lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
  semi_professional_commune_police: 'Công an xã bán chuyên trách',
  ward_guard: 'bảo vệ dân phố',
  security_guard: 'bảo vệ cơ quan, doanh nghiệp',
  model_member: 'thành viên mô hình',
  cadre: 'cán bộ',
  civil_servant: 'công chức',
  public_employee: 'viên chức',
  worker: 'người lao động',
  pupil: 'học sinh',
  student: 'sinh viên',
  unit_leader: 'lãnh đạo cơ quan, đơn vị',
  citizen: 'quần chúng Nhân dân',
  people_police: 'Công an nhân dân',
  people_army: 'Quân đội nhân dân',
}

const EFFECT_LABELS: Record<Exclusion['appliesTo'][number], string> = {
  registration: 'không đăng ký thi đua',
  antt: 'không xét công nhận đạt tiêu chuẩn "An toàn về an ninh, trật tự"',
  classification: 'không đánh giá, phân loại phong trào',
  targets: 'không tính vào chỉ tiêu thi đua',
  awards: 'không xét khen thưởng theo kế hoạch này',
  exemplary: 'không xét công nhận điển hình',
}

/** "Cơ sở giáo dục tiểu học, mầm non, nhà trẻ: không đăng ký thi đua; …." */
export function describeExclusion(exclusion: Exclusion): string {
  const effects = exclusion.appliesTo.map((effect) => EFFECT_LABELS[effect]).join('; ')
  return `${describeMatch(exclusion.match)}: ${effects}.`
}

function describeMatch(match: Exclusion['match']): string {
  switch (match.kind) {
    case 'school':
      return `Cơ sở giáo dục ${match.schoolLevels.map((level) => SCHOOL_LEVEL_LABELS[level].toLocaleLowerCase('vi')).join(', ')}`
    case 'enterprise':
      return `Doanh nghiệp quy mô ${match.enterpriseSizes.map((size) => ENTERPRISE_SIZE_LABELS[size].toLocaleLowerCase('vi')).join(', ')}`
    case 'agency':
      return `Cơ quan ${match.subtypes.join(', ')}`
    case 'person':
      return `Cá nhân thuộc ${match.roles.map((role) => ROLE_LABELS[role]).join(', ')}`
  }
}
