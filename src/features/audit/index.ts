/** The audit log (Historik): every change is recorded with its actor, and shown per entity and in full to admins. */
export { listAllHistory, listEntityHistory, recordAudit } from './service.ts';
export type { AuditEvent } from './service.ts';
export { HistoryTable } from './views.tsx';
