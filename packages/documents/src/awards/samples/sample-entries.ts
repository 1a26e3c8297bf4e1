// Sample nominations for tests, the demo and the benchmark: a handful of realistic rows, and a
// generator for long lists (the 1,000-row attached list of the benchmark).
import type { AwardEntryView } from '../award-views'

export const SAMPLE_FORM_PROVINCE = 'Bằng khen của Chủ tịch UBND tỉnh'
export const SAMPLE_FORM_POLICE = 'Giấy khen của Giám đốc Công an tỉnh'

export const SAMPLE_ENTRIES: readonly AwardEntryView[] = [
  {
    subjectKind: 'collective',
    name: 'Nhân dân và cán bộ xã Bắc Quang',
    unitOrPosition: 'tỉnh Tuyên Quang',
    achievement:
      'Đạt tiêu chuẩn "An toàn về an ninh, trật tự" năm 2025; phong trào xếp loại Xuất sắc; xây dựng 03 mô hình tự quản hoạt động hiệu quả.',
    awardForm: SAMPLE_FORM_PROVINCE,
  },
  {
    subjectKind: 'collective',
    name: 'Trường Trung học phổ thông Hàm Yên',
    unitOrPosition: 'xã Hàm Yên',
    achievement: 'Không để xảy ra bạo lực học đường; 100% học sinh được tuyên truyền pháp luật.',
    awardForm: SAMPLE_FORM_POLICE,
  },
  {
    subjectKind: 'individual',
    name: 'Nguyễn Thị Hường',
    unitOrPosition: 'Giáo viên Trường Trung học phổ thông Hàm Yên',
    achievement:
      'Chủ nhiệm mô hình "Cổng trường an toàn giao thông"; 02 năm liền hoàn thành xuất sắc nhiệm vụ.',
    awardForm: SAMPLE_FORM_POLICE,
  },
  {
    subjectKind: 'individual',
    name: 'Hoàng Văn Đức',
    unitOrPosition: 'Tổ trưởng Tổ bảo vệ an ninh, trật tự thôn Nà Héc, xã Bắc Quang',
    achievement:
      'Phát hiện, cung cấp 05 tin báo tố giác tội phạm; tham gia bắt giữ 02 đối tượng truy nã.',
    awardForm: SAMPLE_FORM_PROVINCE,
  },
  {
    subjectKind: 'individual',
    name: 'Lý Thị Mai',
    unitOrPosition: 'Trưởng thôn Khuổi Luông, xã Bắc Quang',
    achievement:
      'Vận động 100% hộ gia đình ký cam kết không vi phạm pháp luật; hòa giải thành 06 vụ việc.',
    awardForm: SAMPLE_FORM_PROVINCE,
  },
]

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Lý']
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quốc']
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hạnh',
  'Khánh',
  'Lan',
  'Nam',
  'Phượng',
  'Sơn',
  'Tuấn',
]

/** count deterministic entries: one collective in ten, the rest individuals, one award form. */
export function createSampleEntries(
  count: number,
  awardForm = SAMPLE_FORM_PROVINCE,
): AwardEntryView[] {
  return Array.from({ length: count }, (_, i): AwardEntryView => {
    const commune = `xã số ${(i % 124) + 1}`
    if (i % 10 === 0)
      return {
        subjectKind: 'collective',
        name: `Nhân dân và cán bộ thôn ${Math.floor(i / 10) + 1}, ${commune}`,
        unitOrPosition: 'tỉnh Tuyên Quang',
        achievement: 'Đạt tiêu chuẩn "An toàn về an ninh, trật tự"; phong trào xếp loại Xuất sắc.',
        awardForm,
      }
    return {
      subjectKind: 'individual',
      name: `${FAMILY[i % FAMILY.length]} ${MIDDLE[i % MIDDLE.length]} ${GIVEN[i % GIVEN.length]}`,
      unitOrPosition: `Thành viên Tổ bảo vệ an ninh, trật tự, ${commune}`,
      achievement: 'Tích cực tham gia tuần tra, giữ gìn an ninh, trật tự tại địa bàn dân cư.',
      awardForm,
    }
  })
}
