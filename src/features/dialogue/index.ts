/**
 * The yearly dialogue per organisation: stages, årshjul deadlines, reminders, the iCalendar feed.
 * What other features may use of it; never its tables.
 */
export { deadlineDistance } from './deadline-distance.ts';
export type { DeadlineStatus } from './deadline-status.ts';
export { dialogueIdOf, dialogueYear, findDialogueId, partyDialogues } from './expressions.ts';
export { setFrequency } from './frequency.ts';
export { dialogueHistory } from './history.ts';
export { governanceYearOf } from './governance-year.ts';
export type { DialogueFactsSql } from './facts.ts';
export { dialogueOverview, organisationNext, type OverviewRow } from './overview.ts';
export { canManageMunicipality, canSeeMunicipalityDialogues } from './policy.ts';
export { startReminderScheduler, type ReminderScan } from './reminders.ts';
export { dialogueRoutes } from './routes.tsx';
export { changeStage, findDialogue, setMeetingDate, validYear, type DialogueEvents, type StageChange } from './service.ts';
export { STAGE_LABELS, stageIndex } from './stages.ts';
export { STAGES, type Stage } from './tables.ts';
