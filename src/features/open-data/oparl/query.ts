/*
 * The list parameters OParl 1.1 names: page, limit (elements per page), and the filters
 * created_since, created_until, modified_since, modified_until (ISO 8601). A malformed value is
 * the client's mistake: a 400 with a JSON error, never a 500.
 */
export class OparlBadRequest extends Error {}

export interface ListQuery {
  page: number;
  limit: number;
  filters: Partial<Record<FilterName, Date>>;
  /** The filters as given, for the paging links. */
  params: [string, string][];
}

const FILTERS = ['created_since', 'created_until', 'modified_since', 'modified_until'] as const;
type FilterName = (typeof FILTERS)[number];
export const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$/;

/** An ISO 8601 date or date-time, or null. A '+' sent unencoded arrives as a space, so a space before the offset is read as '+'. */
export function parseIsoDate(value: string): Date | null {
  const v = value.trim().replace(/ (\d{2}(:?\d{2})?)$/, '+$1');
  if (!ISO_8601.test(v)) return null;
  const month = Number(v.slice(5, 7));
  const day = Number(v.slice(8, 10));
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(v.length === 10 ? `${v}T00:00:00Z` : v);
  return Number.isNaN(d.getTime()) ? null : d;
}

function positiveInt(name: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new OparlBadRequest(`${name} skal være et helt tal fra 1 til ${max}.`);
  }
  return Number(value);
}

export function parseListQuery(query: Record<string, string | undefined>): ListQuery {
  const page = positiveInt('page', query.page, 1_000_000) ?? 1;
  const limit = positiveInt('limit', query.limit, MAX_LIMIT) ?? DEFAULT_LIMIT;
  const filters: ListQuery['filters'] = {};
  const params: [string, string][] = [];
  for (const name of FILTERS) {
    const raw = query[name];
    if (raw === undefined) continue;
    const date = parseIsoDate(raw);
    if (!date)
      throw new OparlBadRequest(`${name} skal være en dato eller et tidspunkt i ISO 8601, fx 2026-01-31 eller 2026-01-31T12:00:00+01:00.`);
    filters[name] = date;
    params.push([name, raw]);
  }
  if (query.limit !== undefined) params.push(['limit', String(limit)]);
  return { page, limit, filters, params };
}
