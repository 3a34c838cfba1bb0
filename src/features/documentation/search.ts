import { and, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { partyDialogues } from '../dialogue/index.ts';
import { packageFiles, packageItems } from './tables.ts';
import { websearchText } from '../../lib/search-text.ts';
import { HIT_MARKS } from '../../ui/snippet.tsx';

export const SEARCH_PAGE_SIZE = 25;
const HEADLINE_OPTIONS = `${HIT_MARKS}, MaxFragments=2, MaxWords=25, MinWords=8, FragmentDelimiter=" … "`;

export interface FileHit {
  fileId: number;
  fileName: string;
  itemId: number;
  itemTitle: string;
  organisationId: number;
  organisationName: string;
  year: number;
  snippet: string;
}

/**
 * Full-text search (Danish) in the files of documentation packages the actor may see: one
 * municipality's packages, or one dialogue's. Scope is a condition in the query; the snippets
 * (ts_headline, the costly part) are made only for the page of hits shown.
 */
export async function searchPackageFiles({
  db,
  actor,
  q,
  municipalityCode,
  dialogueId,
  page = 1,
}: {
  db: Db;
  actor: Actor;
  q: string;
  municipalityCode?: string;
  dialogueId?: number;
  page?: number;
}): Promise<{ hits: FileHit[]; total: number }> {
  if (!q.trim()) return { hits: [], total: 0 };
  const query = sql`websearch_to_tsquery('danish', ${websearchText(q)})`;
  const where: (SQL | undefined)[] = [
    isNull(packageFiles.removedAt),
    sql`${packageFiles.search} @@ ${query}`,
    dialogueId === undefined ? undefined : eq(packageItems.dialogueId, dialogueId),
  ];
  const party = partyDialogues(db, actor, { municipalityCode });
  const rows = await db
    .select({
      fileId: packageFiles.id,
      fileName: packageFiles.fileName,
      itemId: packageItems.id,
      itemTitle: packageItems.title,
      organisationId: party.organisationId,
      organisationName: party.organisationName,
      year: party.year,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(packageFiles)
    .innerJoin(packageItems, eq(packageItems.id, packageFiles.packageItemId))
    .innerJoin(party, eq(party.dialogueId, packageItems.dialogueId))
    .where(and(...where))
    .orderBy(desc(sql`ts_rank(${packageFiles.search}, ${query})`), desc(party.year), packageFiles.id)
    .limit(SEARCH_PAGE_SIZE)
    .offset((page - 1) * SEARCH_PAGE_SIZE);
  if (rows.length === 0) return { hits: [], total: 0 };
  const snippets = await db
    .select({
      id: packageFiles.id,
      snippet: sql<string>`ts_headline('danish', left(coalesce(${packageFiles.textContent}, ${packageFiles.fileName}), 200000), ${query}, ${HEADLINE_OPTIONS})`,
    })
    .from(packageFiles)
    .where(
      inArray(
        packageFiles.id,
        rows.map((r) => r.fileId),
      ),
    );
  const snippetOf = new Map(snippets.map((s) => [s.id, s.snippet]));
  return {
    total: rows[0].total,
    hits: rows.map(({ total: _total, ...r }) => ({ ...r, snippet: snippetOf.get(r.fileId) ?? '' })),
  };
}
