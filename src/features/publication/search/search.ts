import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../db/client.ts';
import { websearchText } from '../../../lib/search-text.ts';
import { HIT_MARKS } from '../../../ui/snippet.tsx';
import { publicSearchSources } from '../read.ts';
import type { SearchKind } from './kinds.ts';
import type { SearchParams } from './schemas.ts';

/*
 * The public search (decision 017): PostgreSQL full-text search, configuration 'danish' (stems,
 * so "boliger" finds "bolig"), over read.ts's sources of what is public, at query time, so an
 * edit or an approval is found (or gone) at once. websearch_to_tsquery reads the query as a
 * search box does ("a phrase", -exclusion, or) and never fails on what a visitor types.
 */

export const PAGE_SIZE = 20;
const HEADLINE = `${HIT_MARKS}, MaxFragments=2, MaxWords=30, MinWords=10, FragmentDelimiter=" … "`;

export interface SearchHit {
  kind: SearchKind;
  id: number;
  municipality_code: string;
  organisation_id: number | null;
  estate_id: number | null;
  meeting_id: number | null;
  year: number | null;
  theme: string | null;
  title: string;
  context: string | null;
  snippet: string;
  sort_date: string | Date | null;
}

export type SearchResult =
  { kind: 'hits'; hits: SearchHit[]; total: number; page: number; pages: number } | { kind: 'stopwords' } | { kind: 'empty' };

const tsquery = (text: string) => sql`websearch_to_tsquery('danish', ${websearchText(text)})`;

function filters(p: SearchParams): SQL {
  const parts: SQL[] = [sql`true`];
  if (p.kommune) parts.push(sql`h.municipality_code = ${p.kommune}`);
  if (p.organisation) parts.push(sql`h.organisation_id = ${p.organisation}`);
  if (p.aar) parts.push(sql`h.year = ${p.aar}`);
  if (p.type) parts.push(sql`h.kind = ${p.type}`);
  if (p.tema) parts.push(sql`h.theme = ${p.tema}`);
  return sql.join(parts, sql` and `);
}

/** One page of public hits for the cleaned words, best first, with highlighted snippets (made for that page only). */
export async function searchPublic(db: Db, text: string, p: SearchParams): Promise<SearchResult> {
  if (text === '') return { kind: 'empty' };
  const query = tsquery(text);
  // Only stop words ("og i at") or only signs: the query is empty and would match nothing.
  const [{ nodes }] = await queryRows<{ nodes: number }>(db, sql`select numnode(${query}) as nodes`);
  if (Number(nodes) === 0) return { kind: 'stopwords' };

  const hits = sql`(${sql.join(publicSearchSources(query), sql` union all `)}) as h`;
  const [{ total }] = await queryRows<{ total: number }>(db, sql`select count(*)::int as total from ${hits} where ${filters(p)}`);
  const pages = Math.max(1, Math.ceil(Number(total) / PAGE_SIZE));
  const page = Math.min(p.page, pages);
  const rows = await queryRows<SearchHit>(
    db,
    sql`select p.kind, p.id, p.municipality_code, p.organisation_id, p.estate_id, p.meeting_id, p.year, p.theme, p.title, p.context, p.sort_date,
        ts_headline('danish', translate(p.title || '. ' || p.body, chr(1) || chr(2), ''), ${query}, ${HEADLINE}) as snippet
      from (select h.* from ${hits} where ${filters(p)}
        order by h.rank desc, h.sort_date desc nulls last, h.kind, h.id limit ${PAGE_SIZE} offset ${(page - 1) * PAGE_SIZE}) as p
      order by p.rank desc, p.sort_date desc nulls last, p.kind, p.id`,
  );
  return { kind: 'hits', hits: rows, total: Number(total), page, pages };
}
