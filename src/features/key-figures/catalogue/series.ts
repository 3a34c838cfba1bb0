import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { estateFigures, organisationFigures } from '../tables.ts';

/**
 * One indicator's imported values, oldest first, for an estate or (without one) the organisation:
 * what another feature (an agreement's target) measures against. The caller has already checked
 * that the actor may see the estate or organisation.
 */
export async function indicatorSeries(
  db: Db,
  q: { indicatorCode: string; estateId: number | null; organisationId: number },
): Promise<{ year: number; value: number }[]> {
  const t = q.estateId === null ? organisationFigures : estateFigures;
  const owner = q.estateId === null ? eq(organisationFigures.organisationId, q.organisationId) : eq(estateFigures.estateId, q.estateId);
  const rows = await db
    .select({ year: t.year, value: sql<string>`${t.values} ->> ${q.indicatorCode}` })
    .from(t)
    .where(and(owner, sql`${t.values} ? ${q.indicatorCode}`))
    .orderBy(asc(t.year));
  return rows.map((r) => ({ year: r.year, value: Number(r.value) }));
}
