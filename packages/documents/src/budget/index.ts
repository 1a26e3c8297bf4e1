export { renderBudgetTable } from './render-budget-table'
export * from './budget-table-view'
