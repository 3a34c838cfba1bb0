import { type SQL, sql } from 'drizzle-orm';

/*
 * The columns every source of the public search selects, in one order, so the publication feature
 * can join the owning features' sources with `union all` (decision 017). Each owning feature
 * writes its source next to its other public reads; the match (`… @@ query`) goes in its where.
 */

export interface PublicSearchRowParts {
  kind: string;
  id: SQL;
  municipalityCode: SQL;
  organisationId?: SQL;
  estateId?: SQL;
  meetingId?: SQL;
  year?: SQL;
  theme?: SQL;
  title: SQL;
  context?: SQL;
  /** The text the snippet is made from (ts_headline), as shown on the public page. */
  body: SQL;
  rank: SQL;
  date?: SQL;
}

/** The select list of a public search source, always in the same order and types. */
export function publicSearchColumns(p: PublicSearchRowParts): SQL {
  const or = (part: SQL | undefined, type: string) => part ?? sql.raw(`null::${type}`);
  return sql`${p.kind}::text as kind, (${p.id})::int as id, (${p.municipalityCode})::text as municipality_code,
    (${or(p.organisationId, 'int')})::int as organisation_id, (${or(p.estateId, 'int')})::int as estate_id,
    (${or(p.meetingId, 'int')})::int as meeting_id, (${or(p.year, 'int')})::int as year, (${or(p.theme, 'text')})::text as theme,
    (${p.title})::text as title, (${or(p.context, 'text')})::text as context, coalesce((${p.body})::text, '') as body,
    (${p.rank})::real as rank, (${or(p.date, 'timestamptz')})::timestamptz as sort_date`;
}
