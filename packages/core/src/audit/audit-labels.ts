// What an audit entry's action says to a person (issue 13 item 3): `plan.publish` is read as
// "Ban hành kế hoạch". Actions are written by many features as `<entity>.<verb>`; the label is
// composed from the entity's name and the verb's, with whole-action labels where the words
// differ. An action no table knows still reads as Vietnamese ("Thay đổi: kế hoạch"), never a code.

const WHOLE: Record<string, string> = {
  'auth.login': 'Đăng nhập',
  'auth.login_failed': 'Đăng nhập sai mật khẩu',
  'auth.login_refused': 'Từ chối đăng nhập (sai quá nhiều lần)',
  'auth.logout': 'Đăng xuất',
  'auth.password_change': 'Đổi mật khẩu',
  'account.update_password': 'Sửa tài khoản và đặt lại mật khẩu',
  'account.notification_settings': 'Đổi cách nhận thông báo',
  'unit.import': 'Nhập tệp đơn vị',
  'unit.import_update': 'Cập nhật đơn vị khi nhập tệp',
  'unit.import_merges': 'Nhập dữ liệu sáp nhập đơn vị',
  'council.members': 'Cập nhật thành viên Hội đồng',
  'council.vote': 'Ghi kết quả bỏ phiếu',
  'plan.reminder_rules': 'Sửa quy tắc nhắc việc của kế hoạch',
  'quota.allocate': 'Phân bổ chỉ tiêu khen thưởng',
  'submission.number': 'Cấp số tờ trình',
  'notification.nudge': 'Gửi nhắc việc',
  'events.photo': 'Thêm ảnh ngày hội, diễn đàn',
  'issuing_body.save': 'Cập nhật người ký, căn cứ của cơ quan ban hành',
  'certificate_layout.save': 'Lưu mẫu in giấy khen, bằng khen',
  'criteria.new_version': 'Tạo phiên bản mới của bộ tiêu chí',
  'activity.enter': 'Ghi hoạt động tuyên truyền',
  'action.add': 'Thêm việc khắc phục sau kiểm tra',
  'action.status': 'Cập nhật việc khắc phục sau kiểm tra',
}

/** Entity names as a sentence ends with them ("Ban hành" + "kế hoạch"). */
const ENTITIES: Record<string, string> = {
  account: 'tài khoản',
  action: 'việc khắc phục',
  activity: 'hoạt động tuyên truyền',
  activity_file: 'tệp minh chứng hoạt động',
  assignment: 'nhiệm vụ được giao',
  budget: 'kinh phí',
  certificate_layout: 'mẫu in',
  council: 'Hội đồng thi đua - khen thưởng',
  'council.meeting': 'phiên họp Hội đồng',
  crime_statistics: 'số liệu tội phạm',
  criteria: 'bộ tiêu chí',
  decision: 'quyết định khen thưởng',
  demo: 'dữ liệu mẫu',
  estimate: 'dự toán kinh phí',
  evaluation: 'kết quả đánh giá, phân loại',
  events: 'ngày hội, diễn đàn',
  file: 'tệp đính kèm',
  inspection: 'đợt kiểm tra',
  issuing_body: 'cơ quan ban hành',
  models: 'mô hình',
  nomination: 'hồ sơ đề nghị khen thưởng',
  notification: 'thông báo',
  plan: 'kế hoạch',
  quota: 'chỉ tiêu khen thưởng',
  recognition: 'đề nghị công nhận',
  registration: 'đăng ký thi đua',
  report: 'báo cáo định kỳ',
  spending: 'khoản chi',
  standards: 'tiêu chuẩn của đơn vị',
  submission: 'tờ trình',
  unit: 'đơn vị',
  unit_plan: 'kế hoạch của đơn vị',
  unit_standards: 'tiêu chuẩn của đơn vị',
  upward_report: 'báo cáo lên cấp trên',
}

const VERBS: Record<string, string> = {
  accept: 'Chấp nhận',
  add: 'Thêm',
  allocate: 'Phân bổ',
  approve: 'Phê duyệt',
  cancel: 'Hủy',
  chase: 'Đôn đốc',
  close: 'Kết thúc',
  correct: 'Sửa',
  create: 'Tạo',
  dissolve: 'Giải thể',
  draft: 'Soạn',
  edit: 'Sửa',
  enter: 'Nhập',
  extend: 'Gia hạn',
  generate: 'Tạo',
  import: 'Nhập tệp',
  lock: 'Khóa sổ',
  new_version: 'Tạo phiên bản mới của',
  number: 'Cấp số',
  open: 'Mở',
  photo: 'Thêm ảnh',
  progress: 'Báo cáo tiến độ',
  propose: 'Đề nghị',
  publish: 'Ban hành',
  rate: 'Xếp loại',
  record: 'Ghi nhận',
  reject: 'Không chấp nhận',
  replace: 'Thay thế',
  return: 'Trả lại',
  review: 'Đánh giá',
  revise: 'Sửa đổi',
  revoke: 'Thu hồi',
  save: 'Lưu',
  sign: 'Ký',
  status: 'Cập nhật trạng thái',
  submit: 'Gửi',
  update: 'Sửa',
  upload: 'Tải lên',
  vote: 'Bỏ phiếu',
  withdraw: 'Rút',
}

/** The Vietnamese words of an audit action code. */
export function describeAuditAction(action: string): string {
  const whole = WHOLE[action]
  if (whole) return whole
  const parts = action.split('.')
  // Longest entity prefix first: `council.meeting.close` is the meeting's, not the council's.
  for (let cut = parts.length - 1; cut >= 1; cut--) {
    const entity = ENTITIES[parts.slice(0, cut).join('.')]
    if (!entity) continue
    const verb = VERBS[parts.slice(cut).join('_')] ?? VERBS[parts[parts.length - 1] ?? '']
    return verb ? `${verb} ${entity}` : `Thay đổi ${entity}`
  }
  return 'Thay đổi dữ liệu'
}

/** Who did it, as a person reads it: the full name, the system, or the sign-in name last. */
export function describeAuditActor(entry: {
  actorName: string
  fullName: string | null
  system: boolean
}): string {
  if (entry.fullName) return entry.fullName
  if (entry.system) return 'Hệ thống'
  return entry.actorName
}
