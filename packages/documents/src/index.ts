// The public entry of @antq/documents: pure renderers from view models to file bytes.
export * from './unit-import-template/render-unit-import-template'
export { renderPlanDocx } from './plan/render-plan-docx'
export { toPlanDocumentView, type PlanDocumentContext } from './plan/to-plan-document-view'
export {
  DEADLINE_LABELS,
  type PlanAwardCriteriaView,
  type PlanAwardFormView,
  type PlanDeadlineView,
  type PlanDocumentView,
  type PlanDossierItemView,
  type PlanQuotaView,
  type PlanSubjectView,
  type PlanTargetView,
  type PlanTaskView,
} from './plan/plan-document-view'
export type { DocumentHeaderView, SignerView, SigningPrefix } from './layout/layout-types'
export {
  formatDocumentNumber,
  formatVietnameseDate,
  formatDeadlineDate,
} from './layout/format-document-fields'
export * from './report-workbook/index'
export * from './registration-template/render-registration-template'
export * from './awards/index'
export * from './inspections/inspection-minutes-view'
export { renderInspectionMinutesDocx } from './inspections/render-inspection-minutes'
export * from './budget/index'
export * from './upward-report/index'
export * from './crime-statistics-workbook/index'
export * from './spreadsheet/index'
