/**
 * Agreements (aftaler og mål) of an organisation's dialogue, and letting agreements
 * (udlejningsaftaler, in ./letting/). What other features and src/wiring.ts may use; never its tables.
 */

// Agreements and goals of the dialogue.
export { agreementsRoutes } from './routes.tsx';
export { agreementsHistory } from './history.ts';
export { agreementProposals, decisionAgreementLinks, dialogueAgreementsLink } from './contributions.ts';
/** Open agreements per organisation, for the supervisor's overview. */
export { openAgreementsSql } from './service.ts';
/** The demo data makes its agreements as a user would. */
export { createAgreement, setAgreementStatus, saveFollowUp } from './service.ts';
export type { AgreementInput } from './schemas.ts';
/** The council report's reading of the agreements and letting agreements of a municipality's dialogues. */
export { agreementsOfMunicipality } from './report.ts';
export type { AgreementStatus } from './tables.ts';
export { STATUS_LABELS as AGREEMENT_STATUS_LABELS } from './words.ts';
export { TARGET_STATE_LABELS } from './target.ts';
/** The public site's reading: agreements of the years it names public, letting agreements approved and in force today. */
export {
  agreementsOfYears,
  lettingAgreementsInForce,
  publicAgreementsOfMunicipality,
  publicAgreementsSearchSource,
  publicLettingSearchSource,
} from './public.ts';

// Letting agreements (udlejningsaftaler).
export { lettingRoutes } from './letting/index.ts';
export { lettingHistory } from './letting/index.ts';
export { lettingProposals } from './letting/index.ts';
export { queueLettingWarnings } from './letting/index.ts';
export { municipalityLettingLink, organisationLettingLink } from './letting/index.ts';
export { createLetting, moveLetting } from './letting/index.ts';
/** The year's agreements in words, for the aftaledokument. */
export { agreementsForDocument } from './document-rows.ts';
export { listLettings, LETTING_KIND_LABELS, LETTING_STATUS_LABELS } from './letting/index.ts';
