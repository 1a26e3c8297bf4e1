// Malformed plan files, each derived from the minimal plan by one change. Every one must give
// a Vietnamese error at the exact line:column of the offending text, and none may throw.
import { describe, expect, it } from 'vitest'
import { MINIMAL_PLAN_YAML } from '../../test/plan-fixture'
import { parsePlanYaml } from './plan-yaml'

type Case = {
  /** Replace `from` (must occur) with `to`, or build the whole text. */
  from?: string
  to?: string
  text?: () => string
  /** Unique text in the result where the error must point, plus an optional shift. */
  at: string
  shift?: number
  message: string
  path?: string
}

// One line per case: the table reads better than prettier's one-field-per-line layout.
// prettier-ignore
const CASES: Record<string, Case> = {
  // Wrong types and values.
  'schema version': { from: 'schemaVersion: 1', to: 'schemaVersion: 2', at: '2\nid:', message: 'Giá trị không hợp lệ', path: 'schemaVersion' },
  'version not a number': { from: 'version: 1', to: 'version: "một"', at: '"một"', message: 'Cần số, nhưng nhận chuỗi ký tự', path: 'version' },
  'unknown plan kind': { from: 'kind: emulation_launch', to: 'kind: launch', at: 'launch', message: 'chọn một trong: emulation_launch', path: 'metadata.kind' },
  'unknown issuer level': { from: 'level: district', to: 'level: huyen', at: 'huyen\n', message: 'chọn một trong', path: 'metadata.issuer.level' },
  'negative number': { from: 'sequence: 12', to: 'sequence: -3', at: '-3,', message: 'lớn hơn 0', path: 'metadata.number.sequence' },
  'date in dd/mm/yyyy': { from: "date: '2024-04-08'", to: "date: '08/04/2024'", at: "'08/04/2024'", message: 'Ngày phải có dạng yyyy, yyyy-mm hoặc yyyy-mm-dd', path: 'metadata.date' },
  'year as text': { from: 'startYear: 2024', to: "startYear: '2024'", at: "'2024'", message: 'Cần số', path: 'period.startYear' },
  'unknown unit kind': { from: 'unitKinds: [commune]\nexclusions', to: 'unitKinds: [xa]\nexclusions', at: 'xa]\nexclusions', message: 'chọn một trong', path: 'subjects[0].unitKinds[0]' },
  'unknown measure type': { from: 'type: unit_share', to: 'type: unit_ratio', at: 'unit_ratio', message: "Giá trị 'type' không hợp lệ", path: 'targets[0].measure.type' },
  'threshold boolean': { from: 'threshold: 95%', to: 'threshold: true', at: 'true\n    milestones', message: 'Giá trị không hợp lệ', path: 'targets[0].threshold' },
  'threshold malformed': { from: 'threshold: 95%', to: 'threshold: 95 %', at: '95 %', message: 'Ngưỡng ghi dạng 90%, 2/3 hoặc một số', path: 'targets[0].threshold' },
  'comparator reversed': { from: "comparator: '>='\n    threshold", to: "comparator: '=>'\n    threshold", at: "'=>'", message: 'chọn một trong: >=', path: 'targets[0].comparator' },
  'quota not whole': { from: 'count: 9,', to: 'count: 9.5,', at: '9.5', message: 'Chỉ tiêu phải là số nguyên: 9,5', path: 'awardForms[0].quota.count' },
  'dossier zero sets': { from: 'sets: 3', to: 'sets: 0', at: '0, originals', message: 'lớn hơn 0', path: 'awardForms[0].dossier.sets' },
  'originals as text': { from: 'originals: false', to: 'originals: không', at: 'không,', message: 'Cần true/false', path: 'awardForms[0].dossier.originals' },
  'list given as text': { from: 'subjects: [xa]\nawardCriteria', to: 'subjects: xa\nawardCriteria', at: 'xa\nawardCriteria', message: 'Cần danh sách', path: 'awardForms[0].subjects' },
  'due as number': { from: "due: '2024-11-10'", to: 'due: 20241110', at: '20241110', message: 'Cần chuỗi ký tự', path: 'tasks[0].due' },
  'unknown frequency': { from: 'frequency: yearly', to: 'frequency: hang_nam', at: 'hang_nam', message: 'chọn một trong', path: 'reporting.obligations[0].frequency' },
  'empty funding': { from: 'funding: [state_budget]', to: 'funding: []', at: '[]', message: 'Cần ít nhất 1 phần tử', path: 'budget[0].funding' },
  'not enforced without values': { from: 'values: [2030]', to: 'values: []', at: '[]', message: 'Cần ít nhất 1 phần tử', path: 'notEnforced[0].values' },
  'unknown school level': { from: 'schoolLevels: [primary]', to: 'schoolLevels: [tieu_hoc]', at: 'tieu_hoc', message: 'chọn một trong', path: 'exclusions[0].match.schoolLevels[0]' },
  'empty title': { from: 'title: Kế hoạch thử nghiệm', to: "title: ''", at: "''", message: 'Không được để trống', path: 'metadata.title' },
  'id with spaces': { from: 'id: test-plan', to: "id: 'Test Plan'", at: "'Test Plan'", message: 'Mã phải gồm chữ thường', path: 'id' },
  'signing prefix': { from: 'prefix: TM.', to: 'prefix: TM', at: 'TM,', message: 'chọn một trong: TM.', path: 'metadata.signer.authority[0].prefix' },
  'missing decider': { from: '    decider: Chủ tịch UBND tỉnh\n', to: '', at: 'id: bk\n', message: 'Thiếu trường bắt buộc', path: 'awardForms[0].decider' },
  'missing target text': { from: '    text: 95% đạt ANTT\n', to: '', at: 'id: antt\n    source', message: 'Thiếu trường bắt buộc', path: 'targets[0].text' },
  'missing version': { from: 'version: 1\n', to: '', at: 'schemaVersion', message: 'Thiếu trường bắt buộc', path: 'version' },
  // Unknown fields.
  'unknown top-level field': { from: 'version: 1\n', to: 'version: 1\nextra: 1\n', at: 'extra', message: "Trường không được phép: 'extra'", path: 'extra' },
  'unknown metadata field': { from: '  place: Bắc Quang\n', to: '  place: Bắc Quang\n  foo: bar\n', at: 'foo', message: "Trường không được phép: 'foo'", path: 'metadata.foo' },
  'unknown target field': { from: '    label: Đạt ANTT\n', to: '    label: Đạt ANTT\n    weight: 2\n', at: 'weight', message: "Trường không được phép: 'weight'", path: 'targets[0].weight' },
  'unknown field in flow map': { from: 'recipients: collective }', to: 'recipients: collective, max: 10 }', at: 'max', message: "Trường không được phép: 'max'", path: 'awardForms[0].quota.max' },
  'field of another measure': { from: 'condition: antt.recognized }', to: 'condition: antt.recognized, population: households }', at: 'population', message: "Trường không được phép: 'population'", path: 'targets[0].measure.population' },
  'misspelt key': { from: "comparator: '>='\n    threshold: 95%", to: "comparater: '>='\n    threshold: 95%", at: 'comparater', message: "Trường không được phép: 'comparater'", path: 'targets[0].comparater' },
  // Dangling references and duplicates.
  'award for unknown subject': { from: 'subjects: [xa]\nawardCriteria', to: 'subjects: [huyen]\nawardCriteria', at: 'huyen]', message: "Đối tượng 'huyen' không tồn tại", path: 'awardForms[0].subjects[0]' },
  'unknown dossier item': { from: 'items: [to-trinh]', to: 'items: [to-trinh, bien-ban]', at: 'bien-ban', message: "Thành phần hồ sơ 'bien-ban' không tồn tại", path: 'awardForms[0].dossier.items[1]' },
  'criteria for unknown subject': { from: '    subjects: [xa]\n    awards', to: '    subjects: [ca-nhan]\n    awards', at: 'ca-nhan', message: "Đối tượng 'ca-nhan' không tồn tại", path: 'awardCriteria[0].subjects[0]' },
  'criteria for unknown award': { from: 'awards: [bk]\n    computed', to: 'awards: [gk]\n    computed', at: 'gk', message: "Hình thức khen thưởng 'gk' không tồn tại", path: 'awardCriteria[0].awards[0]' },
  'deadline for unknown award': { from: 'awards: [bk] }', to: 'awards: [gk] }', at: 'gk', message: "Hình thức khen thưởng 'gk' không tồn tại", path: 'deadlines[0].awards[0]' },
  'milestone in unknown phase': { from: 'phase: quy-1', to: 'phase: quy-2', at: 'quy-2', message: "Giai đoạn 'quy-2' không tồn tại", path: 'targets[0].milestones[0].phase' },
  'gate for unknown subject': { from: 'condition: \'antt.recognized and movement.class != "yeu"\'', to: 'condition: \'antt.recognized and movement.class != "yeu"\'\n    subjects: [khong-co]', at: 'khong-co', message: "Đối tượng 'khong-co' không tồn tại", path: 'awardGates[0].subjects[0]' },
  'duplicate subject id': { from: 'exclusions:\n', to: '  - { id: xa, source: II, text: x, kind: collective, label: Xã 2, unitKinds: [commune] }\nexclusions:\n', at: 'xa, source', message: "Mã 'xa' bị trùng với phần tử thứ 1", path: 'subjects[1].id' },
  'duplicate dossier id': { from: 'deadlines:\n', to: '  - { id: to-trinh, source: V.3, text: x, name: x, kind: list }\ndeadlines:\n', at: 'to-trinh, source: V.3, text: x', message: "Mã 'to-trinh' bị trùng", path: 'dossierItems[1].id' },
  'individual without roles': { from: 'kind: collective\n    label: Xã\n    unitKinds: [commune]', to: 'kind: individual\n    label: Xã\n    unitKinds: [commune]', at: 'id: xa\n', message: 'Đối tượng cá nhân cần ít nhất một vai trò', path: 'subjects[0].roles' },
  'redeclared base field': { from: 'subjects:\n', to: 'fields:\n  - { id: antt.recognized, source: I, text: x, label: x, type: boolean }\nsubjects:\n', at: 'antt.recognized, source', message: "Trường 'antt.recognized' đã có sẵn", path: 'fields[0].id' },
  // Impossible or misplaced dates.
  '31 February': { from: "date: '2024-04-08'", to: "date: '2024-02-31'", at: "'2024-02-31'", message: 'Ngày không tồn tại trong lịch', path: 'metadata.date' },
  '30 February deadline': { from: "date: '2024-04-20'", to: "date: '2024-02-30'", at: "'2024-02-30'", message: 'Ngày không tồn tại trong lịch', path: 'deadlines[0].date' },
  'month 13': { from: "end: '2024-03-31'", to: "end: '2024-13-01'", at: "'2024-13-01'", message: 'Ngày không tồn tại trong lịch', path: 'period.phases[0].end' },
  'phase before the period': { from: "start: '2024-01-01'", to: "start: '2023-12-01'", at: "'2023-12-01'", message: 'nằm ngoài thời gian của kế hoạch', path: 'period.phases[0].start' },
  'deadline after the period': { from: "date: '2024-04-20'", to: "date: '2025-01-05'", at: "'2025-01-05'", message: 'Thời hạn 05/01/2025 nằm ngoài thời gian của kế hoạch (01/01/2024–31/12/2024)', path: 'deadlines[0].date' },
  'task due before it starts': { from: "due: '2024-11-10'", to: "due: '2024-11-10', from: '2024-12-01'", at: "'2024-11-10'", message: 'Hạn nhiệm vụ trước ngày bắt đầu', path: 'tasks[0].due' },
  'period ends before it starts': { from: 'endYear: 2024', to: 'endYear: 2023', at: '2023\n  phases', message: 'Năm kết thúc trước năm bắt đầu', path: 'period.endYear' },
  '30 February every year': { from: 'annual: 12-14', to: 'annual: 02-30', at: '02-30', message: 'Ngày không tồn tại trong lịch', path: 'reporting.obligations[0].annual' },
  'deadline with two dates': { from: "date: '2024-04-20', closes", to: "date: '2024-04-20', annual: 04-20, closes", at: '{ id: dang-ky', message: 'đúng một trong hai', path: 'deadlines[0]' },
  'milestone without date': { from: '{ phase: quy-1, ', to: '{ ', at: "{ comparator: '>=', threshold: 50%", message: 'Mốc chỉ tiêu cần hạn (due) hoặc giai đoạn (phase)', path: 'targets[0].milestones[0]' },
  // Thresholds that do not suit the measure.
  'share as a plain number': { from: 'threshold: 95%', to: 'threshold: 95', at: '95\n    milestones', message: 'phải ghi ngưỡng dạng phần trăm', path: 'targets[0].threshold' },
  'share over 100%': { from: 'threshold: 95%', to: 'threshold: 120%', at: '120%', message: 'Tỷ lệ không được vượt quá 100%', path: 'targets[0].threshold' },
  'upper below threshold': { from: 'threshold: 95%\n', to: 'threshold: 95%\n    upper: 90%\n', at: '90%', message: 'Cận trên nhỏ hơn ngưỡng', path: 'targets[0].upper' },
  // Formula syntax errors: the column is the character inside the formula.
  'formula ends early': { from: 'condition: antt.recognized }', to: "condition: 'antt.recognized and' }", at: "and' }", shift: 3, message: 'Lỗi cú pháp công thức: Công thức chưa kết thúc', path: 'targets[0].measure.condition' },
  'formula bad character': { from: 'condition: antt.recognized }', to: "condition: 'antt.recognized # x' }", at: '# x', message: "Ký tự không hợp lệ: '#'", path: 'targets[0].measure.condition' },
  'formula unclosed parenthesis': { from: 'condition: antt.recognized }', to: "condition: 'not (antt.recognized' }", at: "recognized' }", shift: 10, message: "Thiếu dấu ')'", path: 'targets[0].measure.condition' },
  'formula unknown function': { from: "formula: 'antt.recognized and", to: "formula: 'avg(units, x) and", at: 'avg', message: "Hàm không xác định: 'avg'", path: 'awardCriteria[0].computed[0].formula' },
  'formula doubled operator': { from: "condition: 'antt.recognized and movement", to: "condition: 'antt.recognized and and movement", at: 'and and movement', shift: 4, message: "Không mong đợi 'and' ở đây", path: 'awardGates[0].condition' },
  'formula in double quotes': { from: 'condition: antt.recognized }', to: 'condition: "antt.recognized ==" }', at: '" }', message: 'Công thức chưa kết thúc', path: 'targets[0].measure.condition' },
  // Formula type errors.
  'condition is a number': { from: 'condition: antt.recognized }', to: 'condition: unit.households }', at: 'unit.households }', message: 'Công thức phải cho giá trị đúng/sai, nhưng cho số', path: 'targets[0].measure.condition' },
  'class that does not exist': { from: 'movement.class = "xuat_sac"', to: 'movement.class = "gioi"', at: '"gioi"', message: 'Giá trị "gioi" không thuộc danh mục', path: 'awardCriteria[0].computed[0].formula' },
  'misspelt field': { from: 'condition: antt.recognized }', to: 'condition: antt.recognised }', at: 'antt.recognised', message: "Trường không tồn tại: 'antt.recognised' (có phải 'antt.recognized'?)", path: 'targets[0].measure.condition' },
  'adding to a yes/no': { from: "formula: 'antt.recognized and", to: "formula: 'antt.recognized + 1 > 0 and", at: 'antt.recognized + 1', message: 'Cần giá trị số, nhưng đây là đúng/sai', path: 'awardCriteria[0].computed[0].formula' },
  'aggregate inside a per-unit condition': { from: 'condition: antt.recognized }', to: "condition: 'share(units, antt.recognized) > 50%' }", at: 'share(units', message: 'công thức này tính cho từng đơn vị', path: 'targets[0].measure.condition' },
  'ordering a class': { from: 'movement.class != "yeu"', to: 'movement.class > 1', at: 'movement.class > 1', message: 'Chỉ so sánh lớn/nhỏ được giữa các số', path: 'awardGates[0].condition' },
  // YAML syntax, size and depth.
  'tab indentation': { from: '  title: Kế hoạch', to: '\ttitle: Kế hoạch', at: '\ttitle', message: 'Tab' },
  'duplicate key': { from: 'version: 1\n', to: 'version: 1\nversion: 2\n', at: 'version: 2', message: 'Khóa bị lặp lại' },
  'unclosed quote': { from: "date: '2024-04-08'", to: "date: '2024-04-08", at: "'2024-04-08\n", shift: 11, message: 'Thiếu ký tự đóng' },
  'a list instead of a plan': { text: () => '- a\n- b\n', at: '- a', message: 'phải là một đối tượng YAML' },
  'empty file': { text: () => '', at: '', message: 'phải là một đối tượng YAML' },
  'too large': { text: () => `${MINIMAL_PLAN_YAML}# ${'x'.repeat(1_000_001)}\n`, at: 'schemaVersion', message: 'Tệp quá lớn' },
  // The fixture's notEnforced entry is itself a flow map: it counts as the first of the 33 levels.
  'deep flow nesting': { from: 'values: [2030]', to: `values: ${'['.repeat(40)}2030${']'.repeat(40)}`, at: '[2030', shift: -8, message: 'Cấu trúc lồng quá sâu (tối đa 32 cấp)' },
  'deep block nesting': { text: () => `${MINIMAL_PLAN_YAML}deep:\n${Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`, at: 'k31:', message: 'Cấu trúc lồng quá sâu' },
  'alias bomb': { text: () => `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`, at: 'a: &a', message: 'tham chiếu (alias)' },
}

function buildText(test: Case): string {
  if (test.text) return test.text()
  const { from = '', to = '' } = test
  expect(MINIMAL_PLAN_YAML.includes(from), `fixture lacks ${JSON.stringify(from)}`).toBe(true)
  return MINIMAL_PLAN_YAML.replace(from, to)
}

function positionOf(text: string, at: string, shift = 0): { line: number; column: number } {
  const index = text.indexOf(at)
  expect(index, `anchor ${JSON.stringify(at)} not found`).toBeGreaterThanOrEqual(0)
  expect(text.indexOf(at, index + 1), `anchor ${JSON.stringify(at)} is not unique`).toBe(-1)
  const before = text.slice(0, index + shift).split('\n')
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 }
}

describe('malformed plan files', () => {
  it('has at least 50 cases', () => {
    expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(50)
  })

  it.each(Object.entries(CASES))('%s', (_name, test) => {
    const text = buildText(test)
    const result = parsePlanYaml(text)
    expect('errors' in result).toBe(true)
    if (!('errors' in result)) return
    const expected = test.at === '' ? { line: 1, column: 1 } : positionOf(text, test.at, test.shift)
    const found = result.errors.find(
      (error) =>
        error.line === expected.line &&
        error.column === expected.column &&
        error.message.includes(test.message) &&
        (test.path === undefined || error.path === test.path),
    )
    expect(
      found,
      `expected ${JSON.stringify({ ...expected, path: test.path, message: test.message })}\ngot ${JSON.stringify(result.errors, null, 1)}`,
    ).toBeDefined()
  })
})
