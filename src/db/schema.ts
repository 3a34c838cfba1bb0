// Every feature's tables, for Drizzle's typed queries and for drizzle-kit.
export * from '../features/registry/tables.ts';
export * from '../features/registry/import/tables.ts';
export * from '../auth/tables.ts';
export * from '../features/audit/tables.ts';
export * from '../features/outbox/tables.ts';
export { settings } from './settings-table.ts';
export * from '../features/dialogue/tables.ts';
export * from '../features/documentation/tables.ts';
export { storedFiles } from '../lib/file-store/table.ts';
export * from '../features/meetings/tables.ts';
export * from '../features/key-figures/tables.ts';
export * from '../features/key-figures/import/tables.ts';
export * from '../features/agreements/tables.ts';
export * from '../features/agreements/letting/tables.ts';
export * from '../features/agreement-documents/tables.ts';
export * from '../features/council-reports/tables.ts';
export * from '../features/publication/tables.ts';
