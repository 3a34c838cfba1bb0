import type { HistoryKinds } from '../audit/index.ts';

/*
 * The publication's words in the history: subscriptions by e-mail, recorded as done by
 * "Offentligheden" with the address as a short hash (never in clear text). Not user accounts.
 */
export const publicationHistory: HistoryKinds = {
  public_subscription: { label: 'Abonnement på offentliggørelser' },
};
