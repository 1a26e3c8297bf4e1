// Criteria-set pages' texts, part of the message catalog (spread into `messages` in vi.ts).
export const criteriaMessages = {
  criteria: {
    title: 'Bộ tiêu chí',
    intro:
      'Các bộ tiêu chí là dữ liệu do quản trị viên cập nhật. Mỗi lần sửa tạo một phiên bản mới; phiên bản cũ giữ nguyên cho các kế hoạch đã dùng.',
    columns: {
      title: 'Tên bộ tiêu chí',
      key: 'Mã',
      version: 'Phiên bản',
      items: 'Số tiêu chí',
      assumptions: 'Giá trị giả định',
    },
    itemColumns: {
      id: 'Mã',
      group: 'Nhóm',
      text: 'Nội dung',
      points: 'Điểm',
      source: 'Nguồn',
      confidence: 'Độ tin cậy',
    },
    classColumns: { label: 'Xếp loại', minScore: 'Điểm tối thiểu', source: 'Nguồn' },
    items: 'Tiêu chí',
    classes: 'Ngưỡng xếp loại',
    versions: 'Các phiên bản',
    versionLine: (version: number, by: string, at: string) => `Phiên bản ${version} — ${by}, ${at}`,
    assumption: 'Giả định, cần xác minh',
    edit: 'Sửa ngưỡng xếp loại',
    editTitle: 'Sửa ngưỡng xếp loại (tạo phiên bản mới)',
    reason: 'Lý do',
    reasonRequired: 'Nêu lý do thay đổi (ít nhất 3 ký tự)',
    saved: (version: number) => `Đã lưu phiên bản ${version}`,
    noClasses: 'Bộ tiêu chí này không xếp loại theo điểm',
    confidence: { H: 'Đã đối chiếu', M: 'Nguồn thứ cấp', L: 'Chưa kiểm chứng' },
  },
}
