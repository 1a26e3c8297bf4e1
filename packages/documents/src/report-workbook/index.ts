export { renderReportWorkbook } from './render-report-workbook'
export {
  BOOLEAN_TEXT,
  REPORT_FIGURE_MAX,
  REPORT_WORKBOOK_FIXED,
  REPORT_WORKBOOK_SHEET,
  type ReportWorkbookColumn,
  type ReportWorkbookRow,
  type ReportWorkbookView,
} from './report-workbook-view'
