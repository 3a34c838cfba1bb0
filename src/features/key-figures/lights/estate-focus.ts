import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import { queryRows, type Db } from '../../../db/client.ts';
import { estateProfiles } from '../../registry/index.ts';
import { actionPlans } from '../tables.ts';
import { recentColoursCtes } from './recent-colours-sql.ts';
import { withUnit } from './rule-words.ts';

/*
 * What the aftaledokument says per estate: its red figures in the latest year with figures (up to
 * the dialogue's year) and its action plans (open ones, and those of the year's run), as the
 * actor may see the estates. One query, as the agenda's proposals read them.
 */

export interface EstateFocus {
  estateId: number;
  /** The red figures of the latest year, written with unit: "Årets resultat (-120.000 kr.)". */
  red: { year: number; indicator: string; value: string }[];
  plans: { year: number; text: string; deadline: string | null; handled: boolean }[];
}

type Row = {
  kind: 'red' | 'plan';
  estate: number;
  year: number;
  indicator: string | null;
  unit: string | null;
  decimals: number | null;
  value: string | null;
  deadline: string | null;
  text: string | null;
  handled: boolean | null;
};

/** Per estate with something red or a plan; estates with neither are not in the map. */
export async function estateFocus({
  db,
  actor,
  organisationId,
  year,
}: {
  db: Db;
  actor: Actor;
  organisationId: number;
  year: number;
}): Promise<Map<number, EstateFocus>> {
  const p = estateProfiles(db, { actor, organisationId });
  const rows = await queryRows<Row>(
    db,
    sql`with ${recentColoursCtes(db, { actor, organisationIds: [organisationId], year })}
      select * from (
        select 'red' as kind, estate, year, indicator, unit, decimals, value::text as value, null::text as deadline, null::text as text, null::boolean as handled, sort_order
        from c where year = latest and colour = 2
        union all
        select 'plan', ${p.estateId}, ${actionPlans.year}, null, null, null, null, ${actionPlans.deadline}::text, ${actionPlans.text},
          ${actionPlans.handledAt} is not null, null
        from ${actionPlans} inner join ${p} on ${eq(p.estateId, actionPlans.estateId)}
        where ${actionPlans.handledAt} is null or ${actionPlans.year} >= ${year - 1}
      ) focus
      order by estate, kind desc, year, sort_order`,
  );
  const byEstate = new Map<number, EstateFocus>();
  for (const r of rows) {
    const id = Number(r.estate);
    const focus = byEstate.get(id) ?? { estateId: id, red: [], plans: [] };
    if (r.kind === 'red')
      focus.red.push({
        year: Number(r.year),
        indicator: r.indicator ?? '',
        value: withUnit(Number(Number(r.value).toFixed(r.decimals ?? 0)), r.unit ?? ''),
      });
    else focus.plans.push({ year: Number(r.year), text: r.text ?? '', deadline: r.deadline, handled: Boolean(r.handled) });
    byEstate.set(id, focus);
  }
  return byEstate;
}
