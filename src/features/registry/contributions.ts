import type { Actor } from '../../auth/scope.ts';

/*
 * What features above the registry put on its pages, handed in through src/wiring.ts (the
 * registry may not import them): a line on an organisation's page linking to their page about it.
 */

/** One line of an organisation's facts: "Datakvalitet" → its page. */
export interface OrganisationLink {
  term: string;
  href: string;
  label: string;
}

/** A feature's line for an organisation's page, or null when it has none for this viewer. No query: the page's count stays as it is. */
export type OrganisationLinkContribution = (input: {
  actor: Actor;
  organisation: { id: number; municipalityCode: string; administratorId: number | null };
}) => OrganisationLink | null;

/** A feature's line for a municipality's page (letting agreements), or null when it has none for this viewer. No query. */
export type MunicipalityLinkContribution = (input: { actor: Actor; municipalityCode: string }) => OrganisationLink | null;
