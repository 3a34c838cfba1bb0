import type { DocumentStatus } from './tables.ts';

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  udkast: 'Udkast',
  sendt: 'Sendt til boligorganisationen',
  godkendt: 'Godkendt af begge parter',
  offentliggjort: 'Offentliggjort',
};
