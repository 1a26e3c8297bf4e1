// Cross-reference checks a schema cannot express: duplicate ids, references to subjects,
// awards, dossier items and phases that do not exist, and field declarations that clash.
import { isBaseField } from './plan-fields'
import type { PathSegment, PlanIssue } from './plan-issues'
import type { Plan } from './plan-schema'
import { checkBudget } from './plan-budget-references'

type Identified = { id: string }

/** Lists whose ids must be unique, by their path in the plan. */
function identifiedLists(plan: Plan): [PathSegment[], readonly Identified[]][] {
  return [
    [['metadata', 'legalBases'], plan.metadata.legalBases],
    [['period', 'phases'], plan.period.phases],
    [['fields'], plan.fields],
    [['classifications'], plan.classifications],
    [['subjects'], plan.subjects],
    [['exclusions'], plan.exclusions],
    [['targets'], plan.targets],
    [['awardForms'], plan.awardForms],
    [['awardCriteria'], plan.awardCriteria],
    [['awardGates'], plan.awardGates],
    [['dossierItems'], plan.dossierItems],
    [['deadlines'], plan.deadlines],
    [['recognitionRoutes'], plan.recognitionRoutes],
    [['bodies'], plan.bodies],
    [['tasks'], plan.tasks],
    [['reporting', 'obligations'], plan.reporting.obligations],
    [['budget'], plan.budget],
    ...plan.awardCriteria.flatMap((criteria, index): [PathSegment[], readonly Identified[]][] => [
      [['awardCriteria', index, 'computed'], criteria.computed],
      [['awardCriteria', index, 'attested'], criteria.attested],
    ]),
  ]
}

export function checkPlanReferences(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = []
  for (const [path, items] of identifiedLists(plan)) issues.push(...findDuplicateIds(path, items))

  const subjects = new Set(plan.subjects.map((item) => item.id))
  const awards = new Set(plan.awardForms.map((item) => item.id))
  const dossier = new Set(plan.dossierItems.map((item) => item.id))
  const phases = new Set(plan.period.phases.map((item) => item.id))
  const refer = (
    path: PathSegment[],
    id: string | null,
    known: Set<string>,
    what: string,
  ): void => {
    if (id !== null && !known.has(id))
      issues.push({ path, message: `${what} '${id}' không tồn tại trong kế hoạch` })
  }

  plan.awardForms.forEach((form, i) => {
    form.subjects.forEach((id, j) =>
      refer(['awardForms', i, 'subjects', j], id, subjects, 'Đối tượng'),
    )
    form.dossier?.items.forEach((id, j) =>
      refer(['awardForms', i, 'dossier', 'items', j], id, dossier, 'Thành phần hồ sơ'),
    )
  })
  plan.awardCriteria.forEach((criteria, i) => {
    criteria.subjects.forEach((id, j) =>
      refer(['awardCriteria', i, 'subjects', j], id, subjects, 'Đối tượng'),
    )
    criteria.awards.forEach((id, j) =>
      refer(['awardCriteria', i, 'awards', j], id, awards, 'Hình thức khen thưởng'),
    )
  })
  plan.awardGates.forEach((gate, i) =>
    gate.subjects.forEach((id, j) =>
      refer(['awardGates', i, 'subjects', j], id, subjects, 'Đối tượng'),
    ),
  )
  plan.deadlines.forEach((deadline, i) =>
    deadline.awards.forEach((id, j) =>
      refer(['deadlines', i, 'awards', j], id, awards, 'Hình thức khen thưởng'),
    ),
  )
  const bodies = new Set(plan.bodies.map((item) => item.id))
  plan.reporting.obligations.forEach((obligation, i) =>
    obligation.reporterBodies.forEach((id, j) =>
      refer(['reporting', 'obligations', i, 'reporterBodies', j], id, bodies, 'Cơ quan'),
    ),
  )
  plan.targets.forEach((target, i) =>
    target.milestones.forEach((milestone, j) =>
      refer(['targets', i, 'milestones', j, 'phase'], milestone.phase, phases, 'Giai đoạn'),
    ),
  )
  issues.push(...checkSubjects(plan), ...checkDeclarations(plan), ...checkTasks(plan))
  issues.push(...checkBudget(plan))
  issues.push(...checkSubmitters(plan))
  return issues
}

function findDuplicateIds(path: PathSegment[], items: readonly Identified[]): PlanIssue[] {
  const seen = new Map<string, number>()
  const issues: PlanIssue[] = []
  items.forEach((item, index) => {
    const first = seen.get(item.id)
    if (first === undefined) seen.set(item.id, index)
    else
      issues.push({
        path: [...path, index, 'id'],
        message: `Mã '${item.id}' bị trùng với phần tử thứ ${first + 1}`,
      })
  })
  return issues
}

function checkSubjects(plan: Plan): PlanIssue[] {
  return plan.subjects.flatMap((subject, i): PlanIssue[] => {
    const path = ['subjects', i]
    if (subject.kind === 'collective' && subject.unitKinds.length + subject.bodies.length === 0)
      return [
        {
          path: [...path, 'unitKinds'],
          message: 'Đối tượng tập thể cần ít nhất một loại đơn vị hoặc tổ chức',
        },
      ]
    if (subject.kind === 'collective' && subject.roles.length > 0)
      return [{ path: [...path, 'roles'], message: 'Đối tượng tập thể không ghi vai trò cá nhân' }]
    if (subject.kind === 'individual' && subject.roles.length === 0)
      return [{ path: [...path, 'roles'], message: 'Đối tượng cá nhân cần ít nhất một vai trò' }]
    return []
  })
}

function checkDeclarations(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = []
  plan.fields.forEach((field, i) => {
    if (isBaseField(field.id))
      issues.push({
        path: ['fields', i, 'id'],
        message: `Trường '${field.id}' đã có sẵn, không khai báo lại`,
      })
    if (field.type === 'enum' && field.values.length === 0)
      issues.push({
        path: ['fields', i, 'values'],
        message: 'Trường danh mục cần danh sách giá trị',
      })
    if (field.type !== 'enum' && field.values.length > 0)
      issues.push({
        path: ['fields', i, 'values'],
        message: 'Chỉ trường danh mục (enum) mới có danh sách giá trị',
      })
  })
  const classified = new Map<string, number>()
  plan.classifications.forEach((classification, i) => {
    const first = classified.get(classification.field)
    if (first !== undefined)
      issues.push({
        path: ['classifications', i, 'field'],
        message: `Trường '${classification.field}' đã được phân loại ở phần tử thứ ${first + 1}`,
      })
    else classified.set(classification.field, i)
  })
  return issues
}

/** A task names its owner and co-owners by body id, and has an owner: a body or a level. */
function checkTasks(plan: Plan): PlanIssue[] {
  const bodies = new Set(plan.bodies.map((body) => body.id))
  return plan.tasks.flatMap((task, i): PlanIssue[] => {
    const issues: PlanIssue[] = []
    const path = ['tasks', i]
    if (task.owner !== null && !bodies.has(task.owner))
      issues.push({
        path: [...path, 'owner'],
        message: `Cơ quan '${task.owner}' không tồn tại trong kế hoạch`,
      })
    task.coOwners.forEach((id, j) => {
      if (!bodies.has(id))
        issues.push({
          path: [...path, 'coOwners', j],
          message: `Cơ quan '${id}' không tồn tại trong kế hoạch`,
        })
    })
    if (task.owner === null && task.ownerLevels.length === 0 && task.ownerGroup === null)
      issues.push({
        path: [...path, 'owner'],
        message: 'Nhiệm vụ cần đơn vị chủ trì: một cơ quan, một cấp hoặc một nhóm cơ quan',
      })
    if (task.schedule === 'once' && task.annualDue !== null)
      issues.push({
        path: [...path, 'annualDue'],
        message: 'Nhiệm vụ một lần ghi hạn bằng ngày cụ thể (due)',
      })
    return issues
  })
}

/** Only a plan_submission deadline names submitters; they are the plan's bodies or a level. */
function checkSubmitters(plan: Plan): PlanIssue[] {
  const bodies = new Set(plan.bodies.map((body) => body.id))
  return plan.deadlines.flatMap((deadline, i): PlanIssue[] => {
    const submitters = deadline.submitters
    if (submitters === null) return []
    const path = ['deadlines', i, 'submitters']
    if (deadline.closes !== 'plan_submission')
      return [{ path, message: 'Chỉ hạn gửi kế hoạch thực hiện mới ghi đơn vị phải gửi' }]
    const issues: PlanIssue[] = submitters.bodies
      .map((id, j) => ({ id, j }))
      .filter(({ id }) => !bodies.has(id))
      .map(({ id, j }) => ({
        path: [...path, 'bodies', j],
        message: `Cơ quan '${id}' không tồn tại trong kế hoạch`,
      }))
    if (submitters.bodies.length + submitters.levels.length === 0)
      issues.push({ path, message: 'Cần ghi cơ quan hoặc cấp phải gửi kế hoạch' })
    return issues
  })
}
