// Plan pages' texts, part of the message catalog (spread into `messages` in vi.ts).
import { planTerms } from './vi-plan-terms'

const number = (value: number) => new Intl.NumberFormat('vi-VN').format(value)

export const planMessages = {
  plans: {
    title: 'Kế hoạch',
    searchLabel: 'Tìm kế hoạch',
    searchPlaceholder: 'Tên kế hoạch, cơ quan ban hành hoặc số, có thể gõ không dấu',
    empty: 'Chưa có kế hoạch nào',
    searchEmpty: 'Không tìm thấy kế hoạch phù hợp',
    columns: {
      title: 'Tên kế hoạch',
      issuer: 'Cơ quan ban hành',
      number: 'Số, ký hiệu',
      kind: 'Loại',
      version: 'Phiên bản',
      status: 'Trạng thái',
    },
    number: (sequence: number | null, symbol: string) => `Số: ${sequence ?? ''}/${symbol}`,
    numberBlank: 'bản sao để trống số',
    noNumber: 'Không ghi số',
    version: (version: number) => `Phiên bản ${version}`,
    versionOption: (version: number, status: string) => `Phiên bản ${version} — ${status}`,
    versionLabel: 'Chọn phiên bản',
    invalidId: 'Mã kế hoạch trên đường dẫn không hợp lệ.',
  },
  planImport: {
    open: 'Nạp tệp kế hoạch',
    title: 'Nạp kế hoạch từ tệp kế hoạch (.yaml)',
    intro:
      'Chọn tệp kế hoạch (.yaml). Tệp được kiểm tra ngay trên máy; khi hợp lệ, bấm "Nạp kế hoạch" để lưu thành dự thảo.',
    chooseFile: 'Chọn tệp (.yaml, .yml)',
    fileWrongType: 'Chỉ nhận tệp .yaml hoặc .yml',
    fileTooLarge: 'Tệp lớn hơn 1 MB',
    reading: 'Đang đọc và kiểm tra tệp…',
    valid: 'Tệp hợp lệ',
    validDetail: (title: string, id: string) => `${title} (mã ${id})`,
    invalid: (count: number) => `Tệp có ${number(count)} lỗi, chưa thể nạp`,
    serverInvalid: 'Máy chủ từ chối tệp',
    submit: 'Nạp kế hoạch',
    imported: 'Đã nạp kế hoạch',
    unchanged: (version: number, status: string) =>
      `Tệp không khác phiên bản ${version} (${status}) đang có; không tạo phiên bản mới`,
    errorsLabel: 'Danh sách lỗi',
    problem: (line: number, col: number, path: string, message: string) =>
      `dòng ${line}, cột ${col}: ${path || '(gốc)'} — ${message}`,
    pathProblem: (path: string, message: string) => `${path || '(gốc)'} — ${message}`,
  },
  plan: {
    issuer: 'Cơ quan ban hành',
    date: 'Ngày ban hành',
    kind: 'Loại kế hoạch',
    period: 'Thời gian thực hiện',
    signer: 'Người ký',
    parentPlan: 'Cụ thể hóa kế hoạch',
    periodYears: (start: number, end: number | null) =>
      end === null
        ? `Từ năm ${start}, hằng năm`
        : start === end
          ? `Năm ${start}`
          : `${start}–${end}`,
    parentPlanText: (ref: string, issuer: string) => `Kế hoạch số ${ref} của ${issuer}`,
    partialYear: (year: string) => `năm ${year}`,
    partialMonth: (month: string, year: string) => `tháng ${Number(month)}/${year}`,
    annual: (day: string, month: string) => `${day}/${month} hằng năm`,
    downloadYaml: 'Tải tệp kế hoạch',
    downloadDocx: 'Tải Kế hoạch (DOCX)',
    actionConfirm: (action: string) => `${action} kế hoạch này?`,
    actionHints: {
      publish:
        'Sau khi ban hành, kế hoạch không sửa trực tiếp được nữa; muốn thay đổi phải tạo phiên bản sửa đổi.',
      close: 'Kế hoạch kết thúc sẽ không nhận thay đổi nào nữa.',
      revise: 'Một phiên bản dự thảo mới được tạo từ nội dung hiện tại để sửa đổi.',
    },
    actionDone: (action: string) => `Đã thực hiện: ${action}`,
    reason: 'Lý do (không bắt buộc)',
    reasonPlaceholder: 'Ví dụ: Theo chỉ đạo của Ban Chỉ đạo 138 tỉnh ngày 15/4/2024',
    sections: {
      targets: 'Chỉ tiêu',
      awards: 'Hình thức khen thưởng',
      criteria: 'Tiêu chuẩn',
      dossier: 'Hồ sơ',
      deadlines: 'Thời hạn',
      subjects: 'Đối tượng & loại trừ',
      tasks: 'Nhiệm vụ',
      notEnforced: 'Không tự động kiểm tra',
    },
    sectionEmpty: 'Kế hoạch không có nội dung này',
    verbatim: (source: string) =>
      /^[IVXLC]+\b|^\d/.test(source) ? `Nguyên văn (mục ${source})` : `Nguyên văn (${source})`,
    machineForm: 'Cách hệ thống hiểu',
    showMore: 'Xem thêm',
    formula: 'Cách tính',
    formulaForAdmins: 'Công thức (dành cho quản trị viên)',
    scopeFormula: 'Điều kiện phạm vi',
    enforcement: {
      auto: 'Tự động kiểm tra',
      attested: 'Cần minh chứng',
      display: 'Chỉ hiển thị — hệ thống chưa kiểm tra',
      none: 'Không tự động kiểm tra',
    },
    // Tooltips of a deadline's tag: what the system does with its date (core DEADLINE_ENFORCEMENT).
    deadlineEnforcement: {
      enforced: 'Quá hạn này, hệ thống từ chối việc phải làm trước hạn (trừ đơn vị được gia hạn)',
      shown: 'Hệ thống hiển thị hạn này nhưng chưa kiểm tra: việc làm sau hạn không bị từ chối',
    },
    taskEnforcement:
      'Kế hoạch chỉ nêu nhóm cơ quan, không nêu đơn vị cụ thể: hệ thống hiển thị nhiệm vụ nhưng không giao',
    taskTracked:
      'Giao cho đơn vị chủ trì bằng "Giao nhiệm vụ"; đơn vị báo cáo kết quả kèm minh chứng, cơ quan chủ trì kế hoạch chấp nhận hoặc trả lại; quá hạn được tính theo hạn của nhiệm vụ',
    changes: 'Thay đổi so với phiên bản trước',
    changeKinds: { added: 'Thêm', removed: 'Bỏ', changed: 'Sửa' },
    changeValue: (before: string, after: string) => `${before} → ${after}`,
  },
  planEdit: {
    title: 'Sửa kế hoạch',
    heading: (title: string) => `Sửa dự thảo: ${title}`,
    intro:
      'Sửa các chỉ tiêu, số lượng khen thưởng và thời hạn. Kế hoạch được kiểm tra ngay khi gõ; khi còn lỗi thì chưa lưu được.',
    notEditable:
      'Chỉ sửa được kế hoạch ở trạng thái Dự thảo. Hãy tạo phiên bản sửa đổi để thay đổi kế hoạch đã ban hành.',
    targets: 'Chỉ tiêu',
    quotas: 'Số lượng khen thưởng',
    deadlines: 'Thời hạn',
    comparator: 'Phép so sánh',
    threshold: 'Ngưỡng',
    thresholdPlaceholder: 'Ví dụ: 95%, 2/3 hoặc 16',
    upper: 'Cận trên (nếu có)',
    due: 'Hạn',
    milestones: 'Mốc trung gian',
    addMilestone: 'Thêm mốc',
    removeMilestone: 'Xóa mốc',
    phase: (phase: string) => `Giai đoạn: ${phase}`,
    quotaType: 'Cách xác định số lượng',
    count: 'Số lượng',
    recipients: 'Trao cho',
    quotaBy: {
      allocated: 'Cơ quan phân bổ',
      discretion: 'Người xem xét, quyết định',
    },
    date: 'Ngày',
    annual: 'Ngày hằng năm',
    datePlaceholder: 'dd/mm/yyyy',
    annualPlaceholder: 'dd/mm',
    reason: 'Lý do sửa',
    reasonPlaceholder: 'Ví dụ: Điều chỉnh theo Kế hoạch số 66/KH-BCĐ của Ban Chỉ đạo 138 tỉnh',
    reasonRequired: 'Vui lòng nhập lý do sửa',
    reasonTooShort: 'Lý do cần ít nhất 3 ký tự',
    save: 'Lưu dự thảo',
    saved: 'Đã lưu dự thảo',
    valid: 'Kế hoạch hợp lệ',
    invalid: (count: number) => `Kế hoạch còn ${number(count)} lỗi, sửa xong mới lưu được`,
    firstIssue: 'Đến lỗi đầu tiên',
    required: {
      threshold: 'Vui lòng nhập ngưỡng',
      count: 'Vui lòng nhập số lượng',
      date: 'Vui lòng chọn ngày',
      milestoneDue: 'Vui lòng chọn hạn của mốc',
    },
    otherIssues: 'Lỗi ở phần không sửa trong biểu mẫu này',
    serverInvalid: 'Máy chủ không nhận bản sửa',
    noChanges: 'Chưa có thay đổi nào để lưu',
  },
  planTerms,
}
