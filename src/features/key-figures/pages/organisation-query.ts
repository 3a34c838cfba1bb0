import { z } from 'zod';
import { notFound } from '../../../lib/errors.ts';

/*
 * What the organisation page shows, remembered in the query string so a meeting's screen can be
 * bookmarked and reloaded: ?aar=2025&vis=henlaeggelser&vis=aarets_resultat&sorter=farve.
 */

export const SORTS = ['nummer', 'navn', 'farve'] as const;
export type Sort = (typeof SORTS)[number];
export const SORT_LABELS: Record<Sort, string> = { nummer: 'Afdelingsnummer', navn: 'Navn', farve: 'Samlet farve (røde først)' };

/** Shown until the user chooses: the figures a dialogue usually goes through. */
export const DEFAULT_CODES = ['effektivitetstal', 'henlaeggelser', 'aarets_resultat', 'tomgang_dage', 'fraflytning'];

export interface OrganisationQuery {
  year?: number;
  /** null: nothing chosen yet (the defaults); []: the user unticked everything. */
  codes: string[] | null;
  sort: Sort;
}

const yearSchema = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number);

/** A year that is not four digits is an address that does not exist (404), as for the year wheel. */
export function parseYear(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const year = yearSchema.safeParse(raw);
  if (!year.success) throw notFound();
  return year.data;
}

export function parseOrganisationQuery(
  query: (name: string) => string | undefined,
  all: (name: string) => string[] | undefined,
): OrganisationQuery {
  const sort = z.enum(SORTS).catch('nummer').parse(query('sorter'));
  // The form sends valgt=1 with its boxes, so "none ticked" differs from "never chosen".
  const chosen = query('valgt') !== undefined || all('vis') !== undefined;
  return { year: parseYear(query('aar')), codes: chosen ? [...new Set(all('vis') ?? [])] : null, sort };
}

export function organisationQueryString(q: { year: number | null; codes: string[]; sort: Sort }): string {
  const params = new URLSearchParams();
  if (q.year !== null) params.set('aar', String(q.year));
  params.set('valgt', '1');
  for (const c of q.codes) params.append('vis', c);
  params.set('sorter', q.sort);
  return `?${params}`;
}
