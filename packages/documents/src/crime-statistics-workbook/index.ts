export { renderCrimeStatisticsWorkbook } from './render-crime-statistics-workbook'
export * from './crime-statistics-workbook-view'
