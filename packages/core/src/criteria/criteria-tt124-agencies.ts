// Thông tư 124/2021/TT-BCA for agencies, enterprises and schools (legal.md §1.5–1.6): only the
// first item for agencies and the six themes for schools were found; the rest are placeholders.
import type { CriteriaSetInput } from './criteria-schema'
import { ALL, SCOPE_NOTE, TT124 } from './criteria-tt124'

export const TT124_AGENCY: CriteriaSetInput = {
  code: 'tt124-cqdn',
  version: 1,
  title: 'Cơ quan, doanh nghiệp đạt tiêu chuẩn "An toàn về an ninh, trật tự"',
  kind: 'pass_fail',
  unitKinds: ['agency', 'enterprise', 'organisation'],
  source: `${TT124}, Điều 6`,
  confidence: 'H',
  validFrom: '2022-02-10',
  evaluationPeriod: { start: '11-16', end: '11-15' },
  note: SCOPE_NOTE,
  passRule: ALL,
  items: [
    {
      id: 'CQDN-1',
      text: 'Quý I hằng năm: tổ chức đảng (nếu có) có nghị quyết; có kế hoạch và đăng ký; có nội quy, quy định về bảo vệ cơ quan, bí mật nhà nước, chính trị nội bộ, an toàn lao động, phòng chống cháy nổ, bảo vệ môi trường; 100% cán bộ, người lao động được quán triệt; có ít nhất 01 mô hình hoạt động hiệu quả',
      source: `${TT124}, Điều 6 khoản 1`,
      confidence: 'H',
      formula: 'antt.registered and models.effective >= 1',
      evidence: 'Nghị quyết, kế hoạch, nội quy; biên bản quán triệt',
    },
    {
      id: 'CQDN-2',
      text: 'Thực hiện đầy đủ chủ trương, chính sách, nội quy và quy chế, chương trình, kế hoạch phối hợp… (phần còn lại chưa tìm thấy)',
      source: `${TT124}, Điều 6 khoản 2`,
      confidence: 'H',
      assumption: true,
      note: 'Nguồn bị cắt',
    },
    {
      id: 'CQDN-3',
      text: '(Chưa tìm thấy các khoản tiếp theo)',
      source: `${TT124}, Điều 6 khoản 3…`,
      confidence: 'L',
      assumption: true,
      note: 'NOT FOUND',
    },
  ],
}

export const TT124_SCHOOL: CriteriaSetInput = {
  code: 'tt124-csgd',
  version: 1,
  title: 'Cơ sở giáo dục đạt tiêu chuẩn "An toàn về an ninh, trật tự"',
  kind: 'pass_fail',
  unitKinds: ['school'],
  source: `${TT124}, Điều 7 (suy luận)`,
  confidence: 'M',
  validFrom: '2022-02-10',
  evaluationPeriod: { start: '11-16', end: '11-15' },
  note: `Sáu tiêu chí theo tin báo địa phương; nguyên văn và thứ tự chưa tìm thấy. ${SCOPE_NOTE}`,
  passRule: ALL,
  items: [
    {
      id: 'CSGD-1',
      text: 'Có mô hình phong trào toàn dân bảo vệ ANTQ hoạt động',
      source: `${TT124}, Điều 7`,
      confidence: 'M',
      assumption: true,
      formula: 'models.effective >= 1',
    },
    {
      id: 'CSGD-2',
      text: 'Phối hợp giữa nhà trường và ban đại diện cha mẹ học sinh trong quản lý học sinh',
      source: `${TT124}, Điều 7`,
      confidence: 'M',
      assumption: true,
    },
    {
      id: 'CSGD-3',
      text: 'Không để mất an ninh, trật tự, kích động, tuyên truyền đạo trái pháp luật',
      source: `${TT124}, Điều 7`,
      confidence: 'M',
      assumption: true,
    },
    {
      id: 'CSGD-4',
      text: 'Không để xảy ra bạo lực học đường',
      source: `${TT124}, Điều 7`,
      confidence: 'M',
      assumption: true,
    },
    {
      id: 'CSGD-5',
      text: 'Cán bộ, giáo viên, nhân viên hoàn thành nhiệm vụ được giao trong năm',
      source: `${TT124}, Điều 7`,
      confidence: 'M',
      assumption: true,
    },
    {
      id: 'CSGD-6',
      text: '(Chưa tìm thấy tiêu chí thứ sáu)',
      source: `${TT124}, Điều 7`,
      confidence: 'L',
      assumption: true,
      note: 'NOT FOUND',
    },
  ],
}
