// Award documents: view models, renderers (DOCX, and XLSX for lists), the kinds registry and
// the certificate layouts for pre-printed blanks.
export * from './award-views'
export * from './submission-letter-view'
export * from './award-list-view'
export * from './council-minutes-view'
export * from './award-decision-view'
export * from './recognition-certificate-view'
export * from './award-certificate-view'
export * from './certificate-layout'
export * from './check-certificate-layout'
export * from './award-document-kinds'
export {
  countAwardEntries,
  describeEntryCounts,
  formatCountVi,
  formatDocumentReference,
  formatNumberVi,
  formatPercentVi,
  type AwardEntryCounts,
} from './format-award-values'
export { renderSubmissionLetterDocx } from './render-submission-letter'
export { renderAwardListDocx, renderAwardListXlsx, AWARD_LIST_SHEET } from './render-award-list'
export { renderCouncilMinutesDocx } from './render-council-minutes'
export {
  renderAwardDecisionDocx,
  renderAwardDecisionXlsx,
  describeAttachmentReference,
  DECISION_LIST_SHEET,
} from './render-award-decision'
export { renderRecognitionCertificateDocx } from './render-recognition-certificate'
export { renderAwardCertificateDocx, describeCertificateFields } from './render-award-certificate'
export { createSampleEntries } from './samples/sample-entries'
export { createSampleDecision } from './samples/sample-views'
