/**
 * Meetings: the dialogue meeting, joint meetings and fora; agenda, participants, minutes,
 * decisions, votes, action items, bilag, exports and the import of old minutes.
 * What other features may use of it; never its tables.
 */
export { meetingsHistory } from './history.ts';
export { dialogueMeetingHeldOn, lastHeldDialogueMeetings } from './facts.ts';
export { meetingsOfOrganisation } from './list.ts';
export { meetingsRoutes } from './routes.tsx';
/** @public The themes of items and agreements (STYRINGSDIALOG.md section 9), and their names. */
export { THEMES, type Theme } from './tables.ts';
export { THEME_LABELS } from './labels.ts';
/** A decision as the agreements feature makes an agreement of it. */
export { decisionSource } from './decision-source.ts';
export type { DecisionAgreementLink, DecisionAgreementLinks } from './contributions.ts';
export type { ProposalSource } from './agenda/follow-up.ts';
/** The held dialogue meeting of a year with its participants and the next one, for the aftaledokument. */
export { heldDialogueMeeting } from './held-meeting.ts';
/** The public site's reading: approved minutes as the public copy (HTML model and PDF), and the years a dialogue meeting was held. */
export {
  approvedMinutesAddresses,
  approvedMinutesList,
  dialogueHeldSql,
  heldDialogueYears,
  publicAgendas,
  publicMinutesCopy,
  publicMinutesPdf,
  publicMinutesSearchSource,
} from './public.ts';
export type { MeetingDocument, DocumentItem } from './export/document.ts';
export type { PublicAgendaItem } from './public.ts';
