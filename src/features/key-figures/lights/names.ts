import { eq, inArray } from 'drizzle-orm';
import { nameMap, numericIds, type EntityNamer } from '../../audit/index.ts';
import { estateProfiles, getMunicipality } from '../../registry/index.ts';
import { actionPlans, indicators } from '../tables.ts';

/* The names of rules and action plans in the history, linked where the viewer may open them. */

/** "Henlæggelser pr. m² – Hillerød Kommune" or "… – standardregel", from the key "0219/henlaeggelser". */
export const ruleNames: EntityNamer = async ({ db, actor, ids }) => {
  const keys = ids.map((id) => /^(standard|\d{4})\/([a-z0-9_]+)$/.exec(id)).filter((m) => m !== null);
  if (keys.length === 0) return new Map();
  const codes = [...new Set(keys.map((m) => m[2]))];
  const municipalityCodes = [...new Set(keys.map((m) => m[1]).filter((c) => c !== 'standard'))];
  const [names, places] = await Promise.all([
    db.select({ code: indicators.code, name: indicators.name }).from(indicators).where(inArray(indicators.code, codes)),
    Promise.all(municipalityCodes.map((code) => getMunicipality(db, code))),
  ]);
  const indicatorName = new Map(names.map((n) => [n.code, n.name]));
  const placeName = new Map(places.flatMap((m) => (m ? [[m.code, m.name] as const] : [])));
  const loggedIn = actor.userId !== null;
  return nameMap(
    keys.filter((m) => indicatorName.has(m[2])),
    (m) => m[0],
    (m) => ({
      name: `${indicatorName.get(m[2])} – ${m[1] === 'standard' ? 'standardregel' : (placeName.get(m[1]) ?? m[1])}`,
      href: loggedIn ? (m[1] === 'standard' ? '/noegletal/trafiklys' : `/kommuner/${m[1]}/trafiklys`) : null,
    }),
  );
};

/** "Handlingsplan for 12 Solgården (2022–2024)", linked when the viewer may see the estate. */
export const actionPlanNames: EntityNamer = async ({ db, actor, ids }) => {
  const all = estateProfiles(db, { includeInactive: true });
  const rows = await db
    .select({ id: actionPlans.id, estateId: actionPlans.estateId, year: actionPlans.year, number: all.number, name: all.name })
    .from(actionPlans)
    .innerJoin(all, eq(all.estateId, actionPlans.estateId))
    .where(inArray(actionPlans.id, numericIds(ids)));
  if (rows.length === 0) return new Map();
  const visible = estateProfiles(db, { actor, ids: [...new Set(rows.map((r) => r.estateId))] });
  const open = new Set((await db.select({ id: visible.estateId }).from(visible)).map((r) => r.id));
  return nameMap(
    rows,
    (r) => r.id,
    (r) => ({
      name: `Handlingsplan for ${r.number} ${r.name} (${r.year - 2}–${r.year})`,
      href: open.has(r.estateId) ? `/handlingsplaner/${r.id}` : null,
    }),
  );
};
