/**
 * The aftaledokument: generated from the dialogue once its meeting is held, edited as sections,
 * sent, approved by both parties, published; a correction is a new version beside the published
 * one. What other features and src/wiring.ts may use; never its tables.
 */
export { agreementDocumentsRoutes } from './routes.tsx';
export { agreementDocumentsHistory } from './history.ts';
export { dialogueAgreementDocumentLink } from './links.ts';
/** The demo data makes its aftaledokument as the parties would. */
export { generateDocument, correctDocument } from './generate.ts';
export { saveSection } from './sections.ts';
export { sendDocument, approveDocument, publishDocument } from './workflow.ts';
/** The council report's column: where each organisation's aftaledokument of the year stands. */
export { agreementDocumentStates, type AgreementDocumentState } from './states.ts';
export { DOCUMENT_STATUS_LABELS as AGREEMENT_DOCUMENT_STATUS_LABELS } from './words.ts';
/** What the public site may read: published versions only (decision 016). */
export {
  publicAgreementDocument,
  publicAgreementDocumentPdf,
  publicAgreementDocuments,
  publicAgreementDocumentsSearchSource,
  type PublicAgreementDocumentRow,
} from './public.ts';
