// Thông tư 124/2021/TT-BCA: the "An toàn về an ninh, trật tự" standard for residential areas and
// communes (legal.md §1). Items not found in the sources are placeholders marked as assumptions.
import type { CriteriaSetInput } from './criteria-schema'

export const TT124 = 'TT 124/2021/TT-BCA'
export const ALL: CriteriaSetInput['passRule'] = {
  type: 'all',
  source: `${TT124}, Điều 4–7 ("đạt đủ")`,
  confidence: 'H',
}
export const SCOPE_NOTE =
  'Không áp dụng cho đơn vị lực lượng vũ trang; doanh nghiệp nhỏ, siêu nhỏ; trường tiểu học, mầm non, nhà trẻ (Điều 1–2). Tỉnh được bổ sung tiêu chí (Điều 8).'

export const TT124_RESIDENTIAL: CriteriaSetInput = {
  code: 'tt124-kdc',
  version: 1,
  title: 'Khu dân cư đạt tiêu chuẩn "An toàn về an ninh, trật tự"',
  kind: 'pass_fail',
  unitKinds: ['residential_area'],
  source: `${TT124}, Điều 4`,
  confidence: 'H',
  validFrom: '2022-02-10',
  evaluationPeriod: { start: '11-01', end: '10-31' },
  note: `Có hiệu lực 10/02/2022, thay thế TT 23/2012/TT-BCA; sửa đổi bởi TT 48/2025/TT-BCA. ${SCOPE_NOTE}`,
  passRule: ALL,
  items: [
    {
      id: 'KDC-1',
      text: 'Quý I hằng năm, chi bộ có nghị quyết; khu dân cư đăng ký phấn đấu đạt tiêu chuẩn; 100% hộ gia đình đang cư trú đăng ký tham gia',
      source: `${TT124}, Điều 4 khoản 1`,
      confidence: 'H',
      formula: 'antt.registered',
      evidence: 'Nghị quyết chi bộ; bản đăng ký của khu dân cư và các hộ gia đình',
    },
    {
      id: 'KDC-2',
      text: 'Triển khai, thực hiện đầy đủ chủ trương của Đảng, chính sách, pháp luật của Nhà nước và quy định của địa phương về bảo đảm an ninh, trật tự',
      source: `${TT124}, Điều 4 khoản 2`,
      confidence: 'H',
      evidence: 'Báo cáo kết quả thực hiện',
    },
    {
      id: 'KDC-3a',
      group: 'KDC-3',
      text: 'Không xảy ra hoạt động chống Đảng, chống chính quyền, phá hoại khối đại đoàn kết toàn dân tộc',
      source: `${TT124}, Điều 4 khoản 3`,
      confidence: 'H',
      evidence: 'Xác nhận của Công an xã',
    },
    {
      id: 'KDC-3b',
      group: 'KDC-3',
      text: 'Không xảy ra phá hoại mục tiêu, công trình kinh tế, văn hóa, xã hội, an ninh, quốc phòng',
      source: `${TT124}, Điều 4 khoản 3`,
      confidence: 'H',
      evidence: 'Xác nhận của Công an xã',
    },
    {
      id: 'KDC-3c',
      group: 'KDC-3',
      text: 'Không xảy ra tuyên truyền, phát triển đạo trái pháp luật',
      source: `${TT124}, Điều 4 khoản 3`,
      confidence: 'H',
      evidence: 'Xác nhận của Công an xã',
    },
    {
      id: 'KDC-3d',
      group: 'KDC-3',
      text: 'Không xảy ra lợi dụng tín ngưỡng, tôn giáo, dân tộc, tranh chấp, khiếu kiện gây phức tạp về an ninh, trật tự',
      source: `${TT124}, Điều 4 khoản 3`,
      confidence: 'H',
      evidence: 'Xác nhận của Công an xã',
    },
    {
      id: 'KDC-3đ',
      group: 'KDC-3',
      text: 'Không xảy ra hoạt động ly khai, đòi tự trị',
      source: `${TT124}, Điều 4 khoản 3`,
      confidence: 'H',
      evidence: 'Xác nhận của Công an xã',
      note: 'Thứ tự chữ cái a–g là suy luận (legal.md §1.3)',
    },
    {
      id: 'KDC-3e',
      group: 'KDC-3',
      text: 'Không xảy ra mâu thuẫn, tranh chấp phức tạp, kéo dài trong nội bộ Nhân dân',
      source: `${TT124}, Điều 4 khoản 3`,
      confidence: 'H',
      evidence: 'Xác nhận của Công an xã',
    },
    {
      id: 'KDC-3g',
      group: 'KDC-3',
      text: 'Không xảy ra kích động, xúi giục, cưỡng bức, lôi kéo, mua chuộc người khác… (phần còn lại chưa tìm thấy)',
      source: `${TT124}, Điều 4 khoản 3`,
      confidence: 'M',
      assumption: true,
      note: 'Danh sách bị cắt trong nguồn; bổ sung từ văn bản gốc',
      evidence: 'Xác nhận của Công an xã',
    },
    {
      id: 'KDC-4',
      text: '(Chưa tìm thấy nội dung) — theo TT 23/2012 cũ: kiềm chế, giảm tội phạm, tệ nạn xã hội, tai nạn và vi phạm khác so với năm trước',
      source: `${TT124}, Điều 4 khoản 4`,
      confidence: 'L',
      assumption: true,
      note: 'NOT FOUND: nhập nguyên văn từ Thông tư',
    },
    {
      id: 'KDC-5',
      text: '(Chưa tìm thấy nội dung)',
      source: `${TT124}, Điều 4 khoản 5`,
      confidence: 'L',
      assumption: true,
      note: 'NOT FOUND: Lawnet cho biết có 05 tiêu chí',
    },
  ],
}

export const TT124_COMMUNE: CriteriaSetInput = {
  code: 'tt124-xa',
  version: 1,
  title: 'Xã, phường, thị trấn (đặc khu) đạt tiêu chuẩn "An toàn về an ninh, trật tự"',
  kind: 'pass_fail',
  unitKinds: ['commune'],
  source: `${TT124}, Điều 5`,
  confidence: 'H',
  validFrom: '2022-02-10',
  evaluationPeriod: { start: '11-16', end: '11-15' },
  note: 'CV 3371/BCA-V05 (26/9/2022): xã không có vấn đề phức tạp về an ninh trong NTM là xã đạt tiêu chuẩn ANTT.',
  passRule: ALL,
  items: [
    {
      id: 'XA-1',
      text: 'Quý I hằng năm: Đảng ủy có nghị quyết; UBND có kế hoạch bảo đảm ANTT và đăng ký phấn đấu; xây dựng, củng cố, duy trì ít nhất 01 mô hình phong trào toàn dân bảo vệ ANTQ ở cơ sở hoạt động hiệu quả',
      source: `${TT124}, Điều 5 khoản 1`,
      confidence: 'H',
      formula: 'antt.registered and models.effective >= 1',
      evidence: 'Nghị quyết Đảng ủy; kế hoạch của UBND; bản đăng ký',
    },
    {
      id: 'XA-2',
      text: 'Đạt các tiêu chí tại khoản 2, 3, 4 Điều 4 (KDC-2, KDC-3, KDC-4) trên địa bàn xã',
      source: `${TT124}, Điều 5 khoản 2`,
      confidence: 'H',
      evidence: 'Báo cáo của Công an xã',
    },
    {
      id: 'XA-3',
      text: 'Công an xã nắm chắc tình hình, tham mưu tốt cho cấp ủy, chính quyền; không có cá nhân vi phạm bị xử lý kỷ luật',
      source: `${TT124}, Điều 5 khoản 3`,
      confidence: 'H',
      evidence: 'Xác nhận của Công an cấp trên',
    },
    {
      id: 'XA-4',
      text: '100% khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục thuộc thẩm quyền đăng ký, trong đó từ 70% trở lên được công nhận đạt tiêu chuẩn',
      source: `${TT124}, Điều 5 khoản 4`,
      confidence: 'M',
      formula: 'share(units, antt.registered) = 100% and share(units, antt.recognized) >= 70%',
    },
  ],
}
