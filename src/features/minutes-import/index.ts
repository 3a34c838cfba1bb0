/**
 * The minutes reader: existing minutes (TXT, DOCX, PDF) → structured minutes. No database, no
 * HTTP; it runs in a worker thread for the web and as `styringsdialog import-minutes` on the
 * command line. What other features may use of it.
 */
export { registerMinutesImportCommand } from './cli.ts';
export { startTimeOf } from './import-file.ts';
export { importMinutesInWorker } from './import-in-worker.ts';
export { unshownHeader } from './header-rest.ts';
export { parseMinutes } from './parse.ts';
export { isFormalCase, readItem } from './structure/read-item.ts';
export { findDates } from './text/dates.ts';
export type { ImportedAction, ImportedItem, ImportedMinutes, ImportedParticipant } from './types.ts';
