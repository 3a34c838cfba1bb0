import type { ReportStatus } from './tables.ts';

export const STATUS_LABELS: Record<ReportStatus, string> = { udkast: 'Udkast', godkendt: 'Godkendt' };
