// UI text of the crime statistics page ("Số liệu tội phạm").
import { formatDateVi } from '@antq/core'

export const crimeStatisticsMessages = {
  nav: 'Số liệu tội phạm',
  title: 'Số liệu tội phạm',
  open: 'Số liệu tội phạm',
  year: 'Năm',
  month: 'Tháng',
  intro:
    'Công an xã, huyện nhập số liệu theo tháng. Các chỉ tiêu về tội phạm của kế hoạch đọc trực tiếp số liệu này (năm gốc so sánh cũng đọc từ số liệu của năm đó).',
  lockedUntil: (date: string) => `Hạn nhập: hết ngày ${formatDateVi(date)}`,
  locked: (date: string) => `Đã khóa sổ từ sau ngày ${formatDateVi(date)}`,
  notBegun: 'Tháng này chưa bắt đầu',
  save: 'Lưu số liệu tháng',
  saved: 'Đã lưu số liệu',
  correct: 'Điều chỉnh số liệu đã khóa',
  correctTitle: 'Điều chỉnh số liệu tháng đã khóa sổ',
  reason: 'Lý do điều chỉnh',
  reasonHint: 'Ghi rõ lý do (ít nhất 5 ký tự); lý do được lưu vào lịch sử và nhật ký.',
  cannotEnter: 'Bạn chỉ được xem số liệu của đơn vị này',
  cannotCorrect: 'Tháng đã khóa sổ; chỉ cán bộ chủ trì được điều chỉnh, kèm lý do',
  enteredBy: (by: string, at: string) => `Nhập lần cuối: ${by}, ${formatDateVi(at)}`,
  totals: 'Cộng năm',
  totalsHint:
    'Chỉ số cộng dồn các tháng; số đối tượng truy nã hiện có và số địa bàn được chọn lấy theo tháng đầu tiên có số liệu.',
  kind: 'Chỉ số',
  value: 'Số liệu',
  history: 'Lịch sử thay đổi',
  historyColumns: {
    at: 'Thời điểm',
    month: 'Tháng',
    kind: 'Chỉ số',
    change: 'Thay đổi',
    by: 'Người thực hiện',
    reason: 'Lý do',
  },
  afterLock: 'Sau khóa sổ',
  file: {
    title: 'Nhập bằng tệp Excel',
    hint: 'Tải mẫu của năm (đã có số liệu đã nhập), điền các tháng chưa khóa sổ rồi tải lên; kiểm tra thử trước khi nhập.',
    export: 'Tải mẫu Excel',
    choose: 'Chọn tệp đã điền',
    dryRun: 'Kiểm tra thử',
    import: 'Nhập số liệu',
    result: (changed: number, unchanged: number) =>
      `${changed} tháng thay đổi, ${unchanged} tháng giữ nguyên`,
    dryRunOk: (summary: string) => `Tệp hợp lệ: ${summary}. Bấm "Nhập số liệu" để ghi.`,
    imported: (summary: string) => `Đã nhập: ${summary}`,
    errors: (count: number) => `Tệp có ${count} lỗi, chưa ghi số liệu nào`,
  },
  report: {
    recorded: (value: number) => `Theo số liệu tội phạm đã nhập: ${value}`,
    differs: 'Khác số liệu đã nhập — cán bộ duyệt cần kiểm tra',
  },
} as const
