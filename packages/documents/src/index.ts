// The public entry of @antq/documents: pure renderers from view models to file bytes.
export { renderUnitImportTemplate } from './unit-import-template/render-unit-import-template'
