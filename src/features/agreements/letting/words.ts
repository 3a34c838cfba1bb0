import type { LettingKind, PriorityGroup } from './tables.ts';
import type { LettingStatus } from './status.ts';

/* The letting agreements' words in Danish, for the pages, the history and the e-mails. */

export const KIND_LABELS: Record<LettingKind, string> = {
  kommunal_anvisning: 'Kommunal anvisning',
  fleksibel_udlejning: 'Fleksibel udlejning',
  kombineret_udlejning: 'Kombineret udlejning',
  fast_anvisningsret: 'Fast anvisningsret til navngivne boliger',
};

export const PRIORITY_GROUP_LABELS: Record<PriorityGroup, string> = {
  pendlere: 'Pendlere',
  studerende: 'Studerende',
  seniorer: 'Seniorer',
  familier_med_boern: 'Familier med børn',
  tilknytning_til_omraadet: 'Personer med tilknytning til området',
};

export const STATUS_LABELS: Record<LettingStatus, string> = {
  udkast: 'Udkast',
  indsendt: 'Indsendt',
  godkendt: 'Godkendt',
  udloebet: 'Udløbet',
};
