// The server's response types, for the web app (`import type … from '@antq/server/types'`).
// Types only: the web bundle never pulls server code.
import type { searchAudit } from './features/audit/audit.service'
import type { getCriteriaSet, listCriteriaSets } from './features/criteria/criteria.service'
import type { listVersions } from './features/units/units.service'
import type { listRegistrations } from './features/registrations/registrations.service'
import type { grantExtension } from './features/registrations/registrations-extensions.service'
import type { listReportPeriods, listReports } from './features/reports/reports.service'
import type { listStatistics } from './features/crime-statistics/crime-statistics.service'
import type { listScope, listUnitStandards } from './features/unit-standards/unit-standards.service'
import type { listUnitActivities } from './features/activities/activities.service'
import type { getModel, listUnitModels } from './features/models/models.service'
import type { saveEvaluation } from './features/evaluations/evaluations.service'
import type { getNomination } from './features/nominations/nominations.service'
import type { searchNominations } from './features/nominations/nominations-list.service'
import type { listQuotas } from './features/nominations/nominations-quota.service'
import type { uploadDossierFile } from './features/nominations/nominations-files.service'
import type { listUnitPlans } from './features/unit-plans/unit-plans.service'
import type {
  getUpwardReport,
  listLowerReports,
  listUnitObligations,
} from './features/upward-reports/upward-reports.service'

import type { getTodo } from './features/todo/todo.service'
export type { AccountView } from './features/accounts/accounts.presenter'
export type { PlanSummary, PlanView } from './features/plans/plans.presenter'
export type { UnitRef, UnitSummary, UnitView } from './features/units/units.presenter'
export type { ImportProgress, ImportResult } from './features/units/units-import.service'

export type UnitVersionsResponse = Awaited<ReturnType<typeof listVersions>>
export type AuditPage = Awaited<ReturnType<typeof searchAudit>>
export type AuditEntryView = AuditPage['items'][number]
export type CriteriaSetList = Awaited<ReturnType<typeof listCriteriaSets>>
export type CriteriaSetView = Awaited<ReturnType<typeof getCriteriaSet>>
export type RegistrationList = Awaited<ReturnType<typeof listRegistrations>>
export type ExtensionView = Awaited<ReturnType<typeof grantExtension>>
export type ReportPeriods = Awaited<ReturnType<typeof listReportPeriods>>
export type ReportList = Awaited<ReturnType<typeof listReports>>
export type { EvaluationView } from './features/evaluations/evaluations.presenter'
export type SavedEvaluation = Awaited<ReturnType<typeof saveEvaluation>>
export type NominationView = Awaited<ReturnType<typeof getNomination>>
export type NominationPage = Awaited<ReturnType<typeof searchNominations>>
export type NominationSummary = NominationPage['items'][number]
export type QuotaList = Awaited<ReturnType<typeof listQuotas>>
export type DossierFileView = Awaited<ReturnType<typeof uploadDossierFile>>

import type {
  getAssignment,
  listUnitAssignments,
  scorePlanAssignments,
} from './features/assignments/assignments.service'
import type { generateAssignments } from './features/assignments/assignments-generate.service'
export type AssignmentList = Awaited<ReturnType<typeof listUnitAssignments>>
export type AssignmentItem = AssignmentList['items'][number]
export type AssignmentDetail = Awaited<ReturnType<typeof getAssignment>>
export type AssignmentScorecard = Awaited<ReturnType<typeof scorePlanAssignments>>
export type AssignmentGeneration = Awaited<ReturnType<typeof generateAssignments>>
export type { BudgetView } from './features/budget/budget-read.service'
export type UnitPlanList = Awaited<ReturnType<typeof listUnitPlans>>
export type UpwardReportList = Awaited<ReturnType<typeof listUnitObligations>>
export type UpwardReportView = Awaited<ReturnType<typeof getUpwardReport>>
export type LowerReportList = Awaited<ReturnType<typeof listLowerReports>>
export type CrimeStatisticsYear = Awaited<ReturnType<typeof listStatistics>>
import type {
  getEvent,
  listEventDecisions,
  listPlanEventOverview,
} from './features/events/events-read.service'
export type PlanEventOverview = Awaited<ReturnType<typeof listPlanEventOverview>>
export type EventDetail = Awaited<ReturnType<typeof getEvent>>
export type EventDecisionList = Awaited<ReturnType<typeof listEventDecisions>>
export type UnitStandardsView = Awaited<ReturnType<typeof listUnitStandards>>
export type UnitStandardsScope = Awaited<ReturnType<typeof listScope>>
export type ActivitiesYear = Awaited<ReturnType<typeof listUnitActivities>>
export type UnitModelList = Awaited<ReturnType<typeof listUnitModels>>
export type ModelView = Awaited<ReturnType<typeof getModel>>

export type Todo = Awaited<ReturnType<typeof getTodo>>
export type { TodoGroup, TodoItem, TodoUnit } from './features/todo/todo.types'

import type {
  listMine,
  readRules,
  readSettings,
} from './features/notifications/notifications.service'
import type { nudgeLateUnit } from './features/notifications/nudge.service'
export type NotificationList = Awaited<ReturnType<typeof listMine>>
export type NotificationView = NotificationList['items'][number]
export type NotificationSettings = Awaited<ReturnType<typeof readSettings>>
export type ReminderRulesView = Awaited<ReturnType<typeof readRules>>
export type NudgeResult = Awaited<ReturnType<typeof nudgeLateUnit>>
