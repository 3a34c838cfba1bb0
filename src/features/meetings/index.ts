/**
 * Meetings: the dialogue meeting, joint meetings and fora; agenda, participants, minutes,
 * decisions, votes, action items, bilag, exports and the import of old minutes.
 * What other features may use of it; never its tables.
 */
export { meetingsHistory } from './history.ts';
export { dialogueMeetingHeldOn, lastHeldDialogueMeetings } from './facts.ts';
export { meetingsOfOrganisation } from './list.ts';
export { meetingsRoutes } from './routes.tsx';
