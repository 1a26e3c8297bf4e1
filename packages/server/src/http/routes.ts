// The route table: every HTTP endpoint of the product, each with its declared access.
import { accountRoutes } from '../features/accounts/accounts.routes'
import { auditRoutes } from '../features/audit/audit.routes'
import { bodyRoutes } from '../features/bodies/bodies.routes'
import { authRoutes } from '../features/auth/auth.routes'
import { criteriaRoutes } from '../features/criteria/criteria.routes'
import { healthRoutes } from '../features/health/health.routes'
import { planRoutes } from '../features/plans/plans.routes'
import { registrationRoutes } from '../features/registrations/registrations.routes'
import { reportRoutes } from '../features/reports/reports.routes'
import { budgetRoutes } from '../features/budget/budget.routes'
import { upwardReportRoutes } from '../features/upward-reports/upward-reports.routes'
import { evaluationRoutes } from '../features/evaluations/evaluations.routes'
import { targetRoutes } from '../features/targets/targets.routes'
import { councilRoutes } from '../features/councils/councils.routes'
import { decisionRoutes } from '../features/decisions/decisions.routes'
import { recognitionRoutes } from '../features/recognitions/recognitions.routes'
import { documentRoutes } from '../features/documents/documents.routes'
import { issuingBodyRoutes } from '../features/issuing-bodies/issuing-bodies.routes'
import { nominationRoutes } from '../features/nominations/nominations.routes'
import { inspectionRoutes } from '../features/inspections/inspections.routes'
import { unitImportRoutes } from '../features/units/units-import.routes'
import { unitRoutes } from '../features/units/units.routes'
import { assignmentRoutes } from '../features/assignments/assignments.routes'
import { unitPlanRoutes } from '../features/unit-plans/unit-plans.routes'
import { crimeStatisticsRoutes } from '../features/crime-statistics/crime-statistics.routes'
import { eventRoutes } from '../features/events/events.routes'
import { unitStandardsRoutes } from '../features/unit-standards/unit-standards.routes'
import { activitiesRoutes } from '../features/activities/activities.routes'
import { modelRoutes } from '../features/models/models.routes'
import { todoRoutes } from '../features/todo/todo.routes'
import { notificationRoutes } from '../features/notifications/notifications.routes'
import type { RouteSpec } from './route'

export const ROUTES: readonly RouteSpec[] = [
  ...healthRoutes,
  ...authRoutes,
  ...unitImportRoutes,
  ...unitRoutes,
  ...accountRoutes,
  ...auditRoutes,
  ...planRoutes,
  ...bodyRoutes,
  ...criteriaRoutes,
  ...registrationRoutes,
  ...reportRoutes,
  ...budgetRoutes,
  ...upwardReportRoutes,
  ...evaluationRoutes,
  ...targetRoutes,
  ...councilRoutes,
  ...decisionRoutes,
  ...recognitionRoutes,
  ...documentRoutes,
  ...issuingBodyRoutes,
  ...nominationRoutes,
  ...inspectionRoutes,
  ...assignmentRoutes,
  ...unitPlanRoutes,
  ...crimeStatisticsRoutes,
  ...eventRoutes,
  ...unitStandardsRoutes,
  ...activitiesRoutes,
  ...modelRoutes,
  ...todoRoutes,
  ...notificationRoutes,
]
