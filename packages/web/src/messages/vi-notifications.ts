// UI text of notifications (issue 13 item 2): the bell, the notifications page and settings,
// the plan's reminder rules, "Nhắc" and the Zalo share.
const n = (count: number) => new Intl.NumberFormat('vi-VN').format(count)

export const notificationMessages = {
  nav: 'Thông báo',
  bell: (unread: number) => (unread > 0 ? `Thông báo: ${n(unread)} chưa đọc` : 'Thông báo'),
  title: 'Thông báo',
  empty: 'Chưa có thông báo nào.',
  all: 'Xem tất cả thông báo',
  markAll: 'Đánh dấu đã đọc tất cả',
  markRead: 'Đã đọc',
  open: 'Mở trang',
  unread: 'Chưa đọc',
  when: 'Thời gian',
  message: 'Nội dung',
  kinds: { reminder: 'Nhắc việc', escalation: 'Báo cấp quản lý', nudge: 'Nhắc' } as Record<
    string,
    string
  >,
  from: (name: string) => `Người nhắc: ${name}`,
  zalo: {
    copy: 'Sao chép để gửi Zalo',
    copied: 'Đã sao chép nội dung, dán vào nhóm Zalo để gửi',
    copyFailed: 'Trình duyệt không cho sao chép; hãy chọn và sao chép nội dung bên dưới',
    title: 'Gửi qua nhóm Zalo',
    hint: 'Dán nội dung vào nhóm Zalo, hoặc quét mã QR bằng điện thoại để mở đúng trang.',
    qr: 'Mã QR mở trang',
  },
  settings: {
    title: 'Cách nhận thông báo',
    intro:
      'Chọn kênh nhận nhắc việc. Thư điện tử gửi một bản tổng hợp mỗi ngày; lệnh "Nhắc" của cấp trên được gửi ngay.',
    email: 'Thư điện tử',
    phone: 'Số điện thoại',
    inApp: 'Hiện trên chuông thông báo',
    emailChannel: 'Gửi qua thư điện tử',
    emailInvalid: 'Địa chỉ thư điện tử không hợp lệ',
    phoneInvalid: 'Số điện thoại chỉ gồm chữ số, ví dụ 0912 345 678',
    notConfigured: 'Máy chủ chưa cấu hình gửi thư (SMTP): thư sẽ được gửi khi quản trị cấu hình.',
    saved: 'Đã lưu cách nhận thông báo',
  },
  rules: {
    title: 'Quy tắc nhắc việc',
    intro:
      'Nhắc từ các hạn của kế hoạch: trước hạn, đúng ngày hạn, khi quá hạn; quá hạn lâu thì báo đơn vị quản lý.',
    daysBefore: 'Nhắc trước hạn (ngày)',
    daysBeforeHelp: 'Tối đa 5 mốc, mỗi mốc từ 1 đến 90 ngày',
    onDay: 'Nhắc đúng ngày hạn',
    whenLate: 'Nhắc một lần khi quá hạn',
    escalate: 'Báo đơn vị quản lý sau khi quá hạn (ngày)',
    escalateHelp: 'Để trống: không báo cấp quản lý',
    reason: 'Lý do thay đổi',
    defaults: 'Đang dùng quy tắc mặc định',
    custom: (who: string) => `Đã chỉnh bởi ${who}`,
    saved: 'Đã lưu quy tắc nhắc việc',
  },
  nudge: {
    button: 'Nhắc',
    title: (unit: string) => `Đã nhắc ${unit}`,
    sent: (people: number, emailed: number) =>
      `Đã gửi thông báo cho ${n(people)} tài khoản, ${n(emailed)} thư điện tử.`,
    already: 'Đơn vị đã được nhắc hôm nay; nội dung dưới đây để gửi lại qua Zalo.',
    noAccount: 'Đơn vị chưa có tài khoản trên hệ thống: hãy gửi qua nhóm Zalo.',
    noEmail: 'Máy chủ chưa cấu hình gửi thư: chỉ gửi thông báo trong hệ thống.',
    action: 'Nhắc việc',
  },
}
