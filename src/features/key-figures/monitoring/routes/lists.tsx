import { Hono } from 'hono';
import { requireActor } from '../../../../auth/guards.ts';
import { forbidden } from '../../../../lib/errors.ts';
import type { AppEnv } from '../../../../lib/hono-env.ts';
import { page } from '../../../../ui/render.tsx';
import { regionNames } from '../../../registry/index.ts';
import { assessAll, monitoredAreas, newestYear, thresholdSets, type AssessedArea, type MonitoredArea } from '../monitoring.ts';
import { canManageAreas, isAdmin } from '../policy.ts';
import { LISTS, type ListKey } from '../words.ts';
import { MunicipalityAreasPage, NationalPage } from '../views/list-pages.tsx';
import { home, municipalityOf, thisYear, yearParam } from './context.ts';

/* The municipality's areas under monitoring, and the country's for admins. */

export const listRoutes = new Hono<AppEnv>();

/** The years the areas have figures for, newest first; last year when there are none. */
function yearsOf(areas: readonly MonitoredArea[], asked: number | null) {
  const years = new Set(areas.flatMap((a) => a.years.map((y) => y.year)));
  const fallback = newestYear(areas) ?? thisYear() - 1;
  const year = asked !== null && years.has(asked) ? asked : fallback;
  years.add(year);
  return { year, years: [...years].sort((a, b) => b - a) };
}

listRoutes.get('/kommuner/:code/boligomraader', async (c) => {
  const { actor, municipality, crumbs } = await municipalityOf(c);
  const { db } = c.var.deps;
  const canManage = canManageAreas(actor, municipality.code);
  const [areas, sets] = await Promise.all([
    monitoredAreas({ db, actor, filter: { municipalityCode: municipality.code, includeInactive: canManage } }),
    thresholdSets(db),
  ]);
  const active = areas.filter((a) => a.active);
  const { year, years } = yearsOf(active, yearParam(c));
  const { assessed, counts } = assessAll(active, year, sets);
  return page(
    c,
    ['Boligområder', municipality.name],
    <MunicipalityAreasPage
      municipality={municipality}
      year={year}
      years={years}
      assessed={assessed}
      counts={counts}
      inactive={areas.filter((a) => !a.active)}
      canManage={canManage}
      isAdmin={isAdmin(actor)}
    />,
    { crumbs: crumbs.slice(0, -1).concat({ label: 'Boligområder' }), section: 'municipalities' },
  );
});

const matchesList = (a: AssessedArea, list: string) => {
  const c = a.assessment.classification;
  if (list === 'varsel') return a.assessment.warnings.length > 0;
  if (list === 'ingen') return !!c && c.lists.length === 0;
  return (LISTS as readonly string[]).includes(list) ? (c?.lists.includes(list as ListKey) ?? false) : true;
};

listRoutes.get('/boligomraader', async (c) => {
  const actor = requireActor(c);
  if (!isAdmin(actor)) throw forbidden();
  const { db } = c.var.deps;
  const regions = await regionNames(db);
  const asked = c.req.query('region') ?? '';
  const region = regions.includes(asked) ? asked : '';
  const list = c.req.query('liste') ?? '';
  const [areas, sets] = await Promise.all([monitoredAreas({ db, actor, filter: { region: region || undefined } }), thresholdSets(db)]);
  const { year, years } = yearsOf(areas, yearParam(c));
  const { assessed, counts } = assessAll(areas, year, sets);
  return page(
    c,
    'Boligområder i hele landet',
    <NationalPage
      year={year}
      years={years}
      list={list}
      region={region}
      regions={regions}
      assessed={assessed}
      shown={assessed.filter((a) => matchesList(a, list))}
      counts={counts}
    />,
    { crumbs: [home, { label: 'Boligområder' }], section: 'admin' },
  );
});
