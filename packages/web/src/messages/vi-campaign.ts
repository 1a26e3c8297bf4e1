// Registration (đăng ký thi đua) texts, part of the message catalog (spread into `messages`).
// Reports and evaluations live in vi-campaign-reports.ts and vi-campaign-evaluations.ts.
import { campaignReportMessages } from './vi-campaign-reports'
import { campaignEvaluationMessages } from './vi-campaign-evaluations'

const number = (value: number) => new Intl.NumberFormat('vi-VN').format(value)

export const campaignMessages = {
  registrations: {
    title: 'Đăng ký thi đua',
    open: 'Đăng ký thi đua',
    year: 'Năm thi đua',
    yearOption: (year: number) => `Năm ${year}`,
    noScope: 'Tài khoản của bạn không quản lý đơn vị nào thuộc phạm vi kế hoạch này',
    notPublished: 'Kế hoạch chưa ban hành nên chưa mở đăng ký',
    window: {
      openUntil: (date: string) => `Đang mở đăng ký đến hết ngày ${date}`,
      noDeadline: 'Kế hoạch không đặt hạn đăng ký',
      closed: 'Đã hết hạn đăng ký',
      extended: (date: string) => `Đã được gia hạn đến hết ngày ${date}`,
      today: 'Hôm nay là ngày cuối cùng',
      daysLeft: (days: number) => `Còn ${number(days)} ngày`,
      closedReason: (date: string) => `Đã hết hạn đăng ký ngày ${date}`,
      closedHint:
        'Biểu mẫu đăng ký đã đóng. Đơn vị cần đăng ký muộn đề nghị đơn vị ban hành kế hoạch gia hạn.',
    },
    summary: {
      eligible: 'Đơn vị thuộc đối tượng',
      registered: 'Đã đăng ký',
      missing: 'Chưa đăng ký',
    },
    tabs: {
      register: 'Đăng ký',
      missing: 'Chưa đăng ký',
      excluded: 'Không thuộc đối tượng',
      extensions: 'Gia hạn',
      file: 'Tệp Excel',
    },
    table: {
      name: 'Đơn vị',
      kind: 'Loại',
      status: 'Tình trạng',
      pledge: 'Nội dung đăng ký',
      registered: 'Đã đăng ký',
      notRegistered: 'Chưa đăng ký',
      filterKind: 'Lọc theo loại đơn vị',
      allKinds: 'Tất cả loại đơn vị',
      selected: (count: number) => `Đã chọn ${number(count)} đơn vị`,
      selectNotRegistered: 'Chọn các đơn vị chưa đăng ký',
      empty: 'Không có đơn vị nào thuộc đối tượng đăng ký',
    },
    pledge: {
      title: 'Nội dung đăng ký cho các đơn vị đã chọn',
      takePart: 'Tham gia phong trào thi đua',
      strivesForAntt: 'Phấn đấu đạt tiêu chuẩn "An toàn về an ninh, trật tự"',
      buildsExemplary: 'Xây dựng điển hình tiên tiến',
      awardForms: 'Hình thức khen thưởng đăng ký',
      awardPlaceholder: 'Chọn hình thức khen thưởng',
      submit: (count: number) => `Đăng ký ${number(count)} đơn vị`,
      noneSelected: 'Chọn ít nhất một đơn vị trong bảng',
      done: (created: number, updated: number, unchanged: number) =>
        `Đã đăng ký: ${number(created)} mới, ${number(updated)} cập nhật, ${number(unchanged)} không đổi`,
      short: {
        takePart: 'Tham gia',
        antt: 'ANTT',
        exemplary: 'Điển hình',
        no: 'Không tham gia',
      },
    },
    missing: {
      bySubUnit: 'Số đơn vị chưa đăng ký theo đơn vị trực thuộc',
      subUnit: 'Đơn vị trực thuộc',
      eligible: 'Thuộc đối tượng',
      registered: 'Đã đăng ký',
      notRegistered: 'Chưa đăng ký',
      list: (shown: number, total: number) =>
        shown < total
          ? `Danh sách đơn vị chưa đăng ký (hiện ${number(shown)}/${number(total)})`
          : `Danh sách đơn vị chưa đăng ký (${number(total)})`,
      none: 'Mọi đơn vị thuộc đối tượng đã đăng ký',
      refreshed: 'Danh sách tự cập nhật mỗi 30 giây',
    },
    excluded: {
      intro: 'Các đơn vị dưới đây không được đăng ký theo kế hoạch:',
      count: (count: number) => `${number(count)} đơn vị`,
      more: (count: number) => `… và ${number(count)} đơn vị khác`,
      none: 'Không có đơn vị nào bị loại trừ',
    },
    extension: {
      title: 'Gia hạn đăng ký',
      list: 'Các lần gia hạn',
      none: 'Chưa có lần gia hạn nào',
      who: 'Đơn vị được gia hạn',
      everyone: 'Mọi đơn vị trong phạm vi của tôi',
      some: (count: number) => `${number(count)} đơn vị`,
      units: 'Chọn đơn vị',
      unitsPlaceholder: 'Chọn các đơn vị được gia hạn',
      unitsRequired: 'Chọn ít nhất một đơn vị',
      until: 'Gia hạn đến ngày',
      untilRequired: 'Chọn ngày gia hạn',
      reason: 'Lý do gia hạn',
      reasonRequired: 'Cần ghi lý do gia hạn',
      grant: 'Gia hạn',
      granted: 'Đã gia hạn',
      grantedByTitle: 'Người gia hạn',
      grantedBy: (by: string, at: string) => `${by}, lúc ${at}`,
    },
    file: {
      template: 'Tải biểu mẫu Excel',
      templateHint:
        'Biểu mẫu liệt kê các đơn vị thuộc đối tượng trong phạm vi của bạn, kèm đăng ký hiện có; đánh dấu "x" vào ô đồng ý.',
      choose: 'Chọn tệp .xlsx',
      dryRun: 'Kiểm tra thử',
      import: 'Nhập tệp',
      dryRunOk: (rows: number, created: number, updated: number, unchanged: number) =>
        `Tệp hợp lệ: ${number(rows)} dòng — sẽ tạo ${number(created)}, cập nhật ${number(updated)}, giữ nguyên ${number(unchanged)}`,
      imported: (created: number, updated: number, unchanged: number) =>
        `Đã nhập: ${number(created)} mới, ${number(updated)} cập nhật, ${number(unchanged)} không đổi`,
      errors: (count: number) => `Tệp có ${number(count)} lỗi, chưa ghi gì`,
      columns: { row: 'Dòng', column: 'Cột', message: 'Lỗi' },
    },
  },
  ...campaignReportMessages,
  ...campaignEvaluationMessages,
}
