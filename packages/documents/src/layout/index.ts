// The shared NĐ 30/2020 layout: every official document is built from these pieces.
export * from './page-setup'
export * from './layout-types'
export * from './format-document-fields'
export * from './estimate-text-width'
export * from './paragraphs'
export {
  createHeaderBlock,
  createLayoutTable,
  NATIONAL_MOTTO,
  NATIONAL_TITLE,
} from './header-block'
export { createClosingBlock } from './closing-block'
export { createTitleBlock } from './title-block'
export { createNd30Document, packDocx, type Nd30DocumentOptions } from './nd30-document'
