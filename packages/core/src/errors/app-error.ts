// One error type for the whole product. Codes are stable (clients and tests rely on them);
// the Vietnamese message is what a person reads. HTTP mapping lives in the server only.

export const ERROR_MESSAGES = {
  VALIDATION: 'Dữ liệu không hợp lệ',
  UNAUTHENTICATED: 'Bạn cần đăng nhập để tiếp tục',
  INVALID_CREDENTIALS: 'Tên đăng nhập hoặc mật khẩu không đúng',
  RATE_LIMITED: 'Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút',
  FORBIDDEN: 'Bạn không có quyền thực hiện thao tác này',
  OUT_OF_SCOPE: 'Đơn vị này nằm ngoài phạm vi quản lý của bạn',
  CSRF: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang',
  NOT_FOUND: 'Không tìm thấy dữ liệu yêu cầu',
  CONFLICT: 'Dữ liệu đã bị người khác thay đổi, vui lòng tải lại và thử lại',
  DUPLICATE: 'Dữ liệu đã tồn tại',
  IMPORT_INVALID: 'Tệp nhập có lỗi, chưa có dữ liệu nào được ghi',
  UPLOAD_INVALID: 'Tệp tải lên không hợp lệ',
  WEAK_PASSWORD: 'Mật khẩu mới phải có ít nhất 8 ký tự, gồm chữ và số',
  DEADLINE_PASSED: 'Đã quá hạn',
  APPRAISAL_CLOSED: 'Đã hết hạn thẩm định hồ sơ đề nghị khen thưởng',
  RECOGNITION_CLOSED: 'Đã hết hạn xét, công nhận',
  DECIDER_MISMATCH: 'Cơ quan ban hành không phải cấp quyết định hình thức khen thưởng này',
  OUTSIDE_PLAN_PERIOD: 'Năm hoặc kỳ này nằm ngoài thời gian thực hiện kế hoạch',
  CAMPAIGN_ENDED: 'Đợt thi đua đã kết thúc, không nhận thêm số liệu',
  INVALID_TRANSITION: 'Không thể thực hiện thao tác ở trạng thái hiện tại',
  NOT_ELIGIBLE: 'Chưa đủ điều kiện đề nghị khen thưởng',
  DOSSIER_INCOMPLETE: 'Hồ sơ đề nghị khen thưởng chưa đủ',
  QUOTA_EXCEEDED: 'Đã hết chỉ tiêu khen thưởng',
  BUDGET_EXCEEDED: 'Khoản chi vượt dự toán đã được phê duyệt',
  DATABASE_LOCKED: 'Thư mục dữ liệu đang được một tiến trình khác sử dụng',
  STATISTICS_INVALID: 'Số liệu không hợp lệ',
  MONTH_LOCKED:
    'Tháng này đã khóa sổ; điều chỉnh số liệu phải có lý do và do cán bộ chủ trì thực hiện',
  STANDARD_INVALID: 'Thông tin công nhận tiêu chuẩn không hợp lệ',
  NTM_ENHANCED_WITHOUT_BASIC:
    'Xã chưa đạt chỉ tiêu 19.2 cơ bản thì không thể đạt chỉ tiêu 19.2 nâng cao',
  // The framework's own refusals (issue 15): before any route sees the request.
  PAYLOAD_TOO_LARGE: 'Dữ liệu gửi lên vượt quá dung lượng cho phép',
  URL_TOO_LONG: 'Địa chỉ yêu cầu quá dài',
  UNSUPPORTED_MEDIA_TYPE: 'Định dạng dữ liệu gửi lên không được hỗ trợ (hãy gửi JSON)',
  MALFORMED_JSON: 'Dữ liệu gửi lên không phải JSON hợp lệ',
  UPLOAD_TOO_LARGE: 'Tệp nén giải ra quá lớn hoặc có quá nhiều thành phần, không thể đọc',
  UPLOAD_BUSY: 'Bạn đang tải lên quá nhiều tệp cùng lúc, vui lòng đợi tệp trước xong',
  INTERNAL: 'Đã có lỗi xảy ra, vui lòng thử lại',
} as const
export type ErrorCode = keyof typeof ERROR_MESSAGES

/** Where a problem is: a field path, an import row and column, or a line:col in a text file. */
export type ErrorDetail = {
  path?: string
  row?: number
  column?: string
  line?: number
  col?: number
  /** What is wrong, stable for clients: `required`, `too_long`, `invalid_date`… */
  code?: string
  message: string
}

export class AppError extends Error {
  readonly code: ErrorCode
  readonly details: readonly ErrorDetail[]

  constructor(code: ErrorCode, message?: string, details: readonly ErrorDetail[] = []) {
    super(message ?? ERROR_MESSAGES[code])
    this.name = 'AppError'
    this.code = code
    this.details = details
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError
}
