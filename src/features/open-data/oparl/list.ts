import type { ListQuery } from './query.ts';

/*
 * An OParl object list: the objects that pass the filters, in a stable order (created, then
 * id), one page of them with `pagination` and `links` (first, prev, self, next, last). A page
 * past the last is an empty page, as the specification allows.
 */

export interface Stamped {
  created: Date;
  modified: Date;
  key: string | number;
}

export function filterAndPage<T extends Stamped>(rows: T[], q: ListQuery) {
  const f = q.filters;
  const kept = rows
    .filter(
      (r) =>
        (!f.created_since || r.created >= f.created_since) &&
        (!f.created_until || r.created <= f.created_until) &&
        (!f.modified_since || r.modified >= f.modified_since) &&
        (!f.modified_until || r.modified <= f.modified_until),
    )
    .sort((a, b) => a.created.getTime() - b.created.getTime() || String(a.key).localeCompare(String(b.key), 'en', { numeric: true }));
  const totalPages = Math.max(1, Math.ceil(kept.length / q.limit));
  return { rows: kept.slice((q.page - 1) * q.limit, q.page * q.limit), totalElements: kept.length, totalPages };
}

export function listResponse<O>(listUrl: string, q: ListQuery, data: O[], paged: { totalElements: number; totalPages: number }) {
  const at = (page: number) => {
    const u = new URL(listUrl);
    for (const [k, v] of q.params) u.searchParams.set(k, v);
    if (page > 1) u.searchParams.set('page', String(page));
    return u.href;
  };
  const { totalPages } = paged;
  return {
    data,
    pagination: { totalElements: paged.totalElements, elementsPerPage: q.limit, currentPage: q.page, totalPages },
    links: {
      first: at(1),
      ...(q.page > 1 && q.page <= totalPages ? { prev: at(q.page - 1) } : {}),
      self: at(q.page),
      ...(q.page < totalPages ? { next: at(q.page + 1) } : {}),
      last: at(totalPages),
    },
  };
}
