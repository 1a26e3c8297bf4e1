export { renderUpwardReportDocx } from './render-upward-report'
export type {
  UpwardReportPartView,
  UpwardReportSectionView,
  UpwardReportTableView,
  UpwardReportView,
} from './upward-report-view'
