/**
 * The audit log (Historik): every change is recorded with its actor, and shown in Danish per
 * entity and in full to admins. The words for each kind of thing come from the features that own
 * them (their history.ts), joined in src/wiring.ts.
 */
export { parseHistoryQuery } from './filter.ts';
export { createHistory, type HistoryEntry } from './history.ts';
export { listAllHistory, listEntityHistory, pageEntityHistory, recordAudit, recordAudits } from './service.ts';
export { mergeKinds, nameMap, numericIds, type EntityName, type EntityNamer, type HistoryKinds } from './vocabulary.ts';
export { HistoryFilters, HistoryTable } from './views.tsx';
