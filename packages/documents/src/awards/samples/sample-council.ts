// The sample biên bản: the provincial police reward council's meeting of 14/11/2025.
import type { CouncilMinutesView } from '../council-minutes-view'
import { SAMPLE_ENTRIES } from './sample-entries'

export const SAMPLE_COUNCIL_MINUTES: CouncilMinutesView = {
  header: {
    superiorBody: 'UBND TỈNH TUYÊN QUANG',
    issuerName: 'CÔNG AN TỈNH TUYÊN QUANG',
    issuerCode: 'HĐTĐKT',
    sequence: 3,
    place: 'Tuyên Quang',
    date: '2025-11-14',
  },
  summary:
    'Họp Hội đồng Thi đua - Khen thưởng xét đề nghị khen thưởng phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025',
  councilName: 'Hội đồng Thi đua - Khen thưởng Công an tỉnh',
  startedAt: '2025-11-14T14:00',
  endedAt: '16:30',
  location: 'Phòng họp số 1, Công an tỉnh Tuyên Quang',
  members: [
    {
      name: 'Trần Minh Quang',
      position: 'Giám đốc Công an tỉnh',
      role: 'chair',
      present: true,
      absenceReason: null,
    },
    {
      name: 'Phạm Đức Toàn',
      position: 'Phó Giám đốc Công an tỉnh',
      role: 'vice_chair',
      present: true,
      absenceReason: null,
    },
    {
      name: 'Vũ Thị Thanh',
      position: 'Trưởng phòng Tổ chức cán bộ',
      role: 'secretary',
      present: true,
      absenceReason: null,
    },
    {
      name: 'Đỗ Văn Hải',
      position: 'Trưởng phòng Tham mưu',
      role: 'member',
      present: true,
      absenceReason: null,
    },
    {
      name: 'Bùi Quốc Khánh',
      position: 'Trưởng phòng An ninh nội địa',
      role: 'member',
      present: false,
      absenceReason: 'đi công tác',
    },
    {
      name: 'Lê Thu Hà',
      position: 'Phó Trưởng phòng Xây dựng phong trào',
      role: 'member',
      present: true,
      absenceReason: null,
    },
  ],
  quorumRequired: 4,
  agenda: [
    'Xét đề nghị khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025;',
    'Biểu quyết từng trường hợp theo Quy chế hoạt động của Hội đồng.',
  ],
  votes: SAMPLE_ENTRIES.map((entry, index) => ({
    nominee: entry.name,
    awardForm: entry.awardForm,
    convened: 6,
    present: 5,
    votesFor: index === 1 ? 2 : 5,
    votesAgainst: index === 1 ? 3 : 0,
    outcome: index === 1 ? 'rejected' : 'approved',
  })),
  voteBase: 'convened',
  conclusions: [
    'Giao Thư ký Hội đồng hoàn thiện hồ sơ, trình Giám đốc Công an tỉnh đề nghị Chủ tịch UBND tỉnh khen thưởng trước ngày 20/11/2025.',
  ],
}
