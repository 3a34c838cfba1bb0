import { eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import { queryRows, type Db } from '../../../db/client.ts';
import { estateProfiles } from '../../registry/index.ts';
import { actionPlans } from '../tables.ts';
import { recentColoursCtes } from './recent-colours-sql.ts';
import { withUnit } from './rule-words.ts';

/*
 * What the key figures propose for the agenda of an organisation's dialogue meeting: its estates
 * with red figures in the latest year, and the open action plans of estates red three years in a
 * row. The meetings feature offers them beside its own proposals (through src/wiring.ts) and
 * adds a chosen one as an ordinary agenda item with this text.
 */

export interface KeyFigureProposal {
  source: 'roede_afdelinger' | 'handlingsplaner';
  title: string;
  text: string;
  theme: null;
}

type Row = {
  kind: 'red' | 'plan';
  number: number;
  name: string;
  year: number;
  indicator: string | null;
  unit: string | null;
  decimals: number | null;
  value: string | null;
  deadline: string | null;
  text: string | null;
};

const dmy = (iso: string) => iso.split('-').reverse().join('-');
const excerpt = (s: string, n = 200) => (s.length > n ? `${s.slice(0, n).trimEnd()} …` : s);

/**
 * The two proposals for the organisation's meeting, in one query, as the actor may see the
 * estates; `year` is the latest year of figures to consider (the meeting's year). None when there
 * is nothing red and no open plan.
 */
export async function keyFigureProposals({
  db,
  actor,
  organisationId,
  year,
}: {
  db: Db;
  actor: Actor;
  organisationId: number;
  year: number;
}): Promise<KeyFigureProposal[]> {
  const p = estateProfiles(db, { actor, organisationId });
  const rows = await queryRows<Row>(
    db,
    sql`with ${recentColoursCtes(db, { actor, organisationIds: [organisationId], year })}
      select * from (
        select 'red' as kind, number, name, year, indicator, unit, decimals, value::text as value, null::text as deadline, null::text as text, sort_order
        from c where year = latest and colour = 2
        union all
        select 'plan', ${p.number}, ${p.name}, ${actionPlans.year}, null, null, null, null, ${actionPlans.deadline}::text, ${actionPlans.text}, null
        from ${actionPlans} inner join ${p} on ${eq(p.estateId, actionPlans.estateId)}
        where ${isNull(actionPlans.handledAt)}
      ) proposals
      order by kind desc, number, year, sort_order`,
  );
  const proposals: KeyFigureProposal[] = [];
  const red = rows.filter((r) => r.kind === 'red');
  if (red.length) {
    const byEstate = Map.groupBy(red, (r) => `${r.number} ${r.name}`);
    // Rounded as the catalogue shows the indicator: "Årets resultat (-120.000 kr.)".
    const format = (r: Row) => `${r.indicator} (${withUnit(Number(Number(r.value).toFixed(r.decimals ?? 0)), r.unit ?? '')})`;
    proposals.push({
      source: 'roede_afdelinger',
      theme: null,
      title: 'Afdelinger med røde tal',
      text: [
        `Røde nøgletal i ${red[0].year} efter kommunens regler for trafiklys:`,
        ...[...byEstate].map(([estate, figures]) => `- ${estate}: ${figures.map(format).join(', ')}`),
      ].join('\n'),
    });
  }
  const plans = rows.filter((r) => r.kind === 'plan');
  if (plans.length) {
    proposals.push({
      source: 'handlingsplaner',
      theme: null,
      title: 'Handlingsplaner for afdelinger med røde tal tre år i træk',
      text: plans
        .map(
          (r) =>
            `- ${r.number} ${r.name}: rød ${r.year - 2}–${r.year}` +
            (r.deadline ? `; frist ${dmy(r.deadline)}` : '') +
            (r.text ? `; handlingsplan: ${excerpt(r.text)}` : '; handlingsplanen er ikke skrevet endnu'),
        )
        .join('\n'),
    });
  }
  return proposals;
}
