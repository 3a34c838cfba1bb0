import { Hono, type Context } from 'hono';
import type { Actor } from '../../../../auth/scope.ts';
import { danishToday } from '../../../../lib/copenhagen-time.ts';
import { parseForm, type FieldErrors, type FormValues } from '../../../../lib/forms.ts';
import type { AppEnv } from '../../../../lib/hono-env.ts';
import { submit, versionField } from '../../../../lib/route-helpers.ts';
import { confirmPage, isConfirmed } from '../../../../ui/confirm.tsx';
import type { Crumb } from '../../../../ui/layout.tsx';
import { page } from '../../../../ui/render.tsx';
import { areaEstates, createArea, estateChoices, setAreaActive, updateArea } from '../areas.ts';
import { assess, historyOf, thresholdSets } from '../monitoring.ts';
import { areaSchema } from '../schemas.ts';
import { areaYears } from '../statistics.ts';
import { AreaForm } from '../views/area-form.tsx';
import { AreaPage } from '../views/area-page.tsx';
import { areaOf, managedMunicipalityOf, yearParam } from './context.ts';

/* An area's page, and making, changing and deactivating areas (the municipality's editors and admins). */

export const areaRoutes = new Hono<AppEnv>();

/** The estates ticked in a posted form (one field per tick). */
function postedEstates(body: Record<string, unknown>): number[] {
  const raw = ([] as unknown[]).concat(body.estates ?? []);
  return raw.filter((v): v is string => typeof v === 'string' && /^\d{1,9}$/.test(v)).map(Number);
}

async function formPage(
  c: Context<AppEnv>,
  p: {
    title: string;
    context: string;
    municipalityCode: string;
    areaId: number | null;
    action: string;
    cancelHref: string;
    crumbs: Crumb[];
    values: FormValues;
    chosen: number[];
    errors?: FieldErrors;
    version?: number;
    status?: 200 | 400 | 409;
  },
) {
  const choices = await estateChoices(c.var.deps.db, p.municipalityCode, p.areaId);
  return page(
    c,
    [p.title, p.context],
    <>
      <h1>{p.title}</h1>
      <AreaForm
        csrf={c.var.csrfToken}
        action={p.action}
        values={p.values}
        chosen={p.chosen}
        errors={p.errors}
        version={p.version}
        cancelHref={p.cancelHref}
        choices={choices}
      />
    </>,
    { crumbs: [...p.crumbs, { label: p.title }], section: 'municipalities', status: p.status },
  );
}

async function newContext(c: Context<AppEnv>) {
  const { actor, municipality, listHref, crumbs } = await managedMunicipalityOf(c);
  const props = {
    title: 'Nyt boligområde',
    context: municipality.name,
    municipalityCode: municipality.code,
    areaId: null,
    action: listHref,
    cancelHref: listHref,
    crumbs,
  };
  return { actor, props };
}

areaRoutes.get('/kommuner/:code/boligomraader/nyt', async (c) => {
  const { props } = await newContext(c);
  return formPage(c, { ...props, values: {}, chosen: [] });
});

areaRoutes.post('/kommuner/:code/boligomraader', async (c) => {
  const { actor, props } = await newContext(c);
  const body = await c.req.parseBody({ all: true });
  const chosen = postedEstates(body);
  const form = parseForm(areaSchema, body);
  if (!form.ok) return formPage(c, { ...props, values: form.values, chosen, errors: form.errors, status: 400 });
  const result = await submit(() =>
    createArea({ db: c.var.deps.db, actor, municipalityCode: props.municipalityCode, input: { name: form.data.name, estateIds: chosen } }),
  );
  if (!result.ok) return formPage(c, { ...props, values: form.values, chosen, errors: result.errors, status: result.status });
  return c.redirect(`/boligomraader/${result.value.id}`, 303);
});

/** Whether the viewer may open an estate's page, by the registry's rule for estates located in a municipality. */
function estateOpener(actor: Actor) {
  const s = actor.scope;
  return (e: { municipalityCode: string; organisationId: number }) =>
    s.kind === 'admin' ||
    (s.kind === 'municipality' && e.municipalityCode === s.municipalityCode) ||
    (s.kind === 'organisation' && e.organisationId === s.organisationId);
}

areaRoutes.get('/boligomraader/:id', async (c) => {
  const { actor, area, crumbs } = await areaOf(c);
  const { db, wiring } = c.var.deps;
  const [estates, years, sets, areaHistory, figureHistory] = await Promise.all([
    areaEstates(db, area.id),
    areaYears(db, area.id),
    thresholdSets(db),
    wiring.history.ofEntity({ db, actor, entityType: 'housing_area', entityId: area.id }),
    wiring.history.ofEntity({ db, actor, entityType: 'area_statistics', entityId: area.id }),
  ]);
  const history = historyOf(years);
  const byYear = new Map(years.map((y) => [y.year, assess(history, y.year, sets)]));
  const asked = yearParam(c);
  const year = asked !== null && byYear.has(asked) ? asked : (years.at(-1)?.year ?? null);
  return page(
    c,
    [area.name, area.municipalityName],
    <AreaPage
      area={area}
      estates={estates}
      canOpenEstate={estateOpener(actor)}
      years={years}
      year={year}
      assessment={year === null ? null : byYear.get(year)!}
      byYear={byYear}
      history={[...areaHistory, ...figureHistory].sort((a, b) => b.at.getTime() - a.at.getTime())}
      today={danishToday()}
      csrf={c.var.csrfToken}
    />,
    { crumbs: crumbs.slice(0, -1).concat({ label: area.name }), section: 'municipalities' },
  );
});

async function editContext(c: Context<AppEnv>) {
  const { actor, area, href, crumbs } = await areaOf(c, { manage: true });
  const props = {
    title: `Redigér ${area.name}`,
    context: area.municipalityName,
    municipalityCode: area.municipalityCode,
    areaId: area.id,
    action: href,
    cancelHref: href,
    crumbs,
  };
  return { actor, area, props };
}

areaRoutes.get('/boligomraader/:id/rediger', async (c) => {
  const { area, props } = await editContext(c);
  const chosen = (await areaEstates(c.var.deps.db, area.id)).map((e) => e.id);
  return formPage(c, { ...props, values: { name: area.name }, chosen, version: area.version });
});

areaRoutes.post('/boligomraader/:id', async (c) => {
  const { actor, area, props } = await editContext(c);
  const body = await c.req.parseBody({ all: true });
  const version = versionField(body);
  const chosen = postedEstates(body);
  const form = parseForm(areaSchema, body);
  if (!form.ok) return formPage(c, { ...props, version, values: form.values, chosen, errors: form.errors, status: 400 });
  const result = await submit(() =>
    updateArea({ db: c.var.deps.db, actor, id: area.id, version, input: { name: form.data.name, estateIds: chosen } }),
  );
  if (!result.ok) return formPage(c, { ...props, version, values: form.values, chosen, errors: result.errors, status: result.status });
  return c.redirect(`/boligomraader/${area.id}`, 303);
});

areaRoutes.get('/boligomraader/:id/deaktiver', async (c) => {
  const { area, href, crumbs } = await areaOf(c, { manage: true });
  if (!area.active) return c.redirect(href, 302);
  return confirmPage(
    c,
    {
      title: `Deaktivér ${area.name}`,
      question: `Er du sikker på, at du vil deaktivere ${area.name}?`,
      consequences: (
        <>
          <p>
            Boligområdet tages ud af overvågningen og vises ikke længere på kommunens liste over boligområder. Dets afdelinger kan derefter
            indgå i et andet boligområde.
          </p>
          <p>Tal og historik bevares. Du kan genaktivere boligområdet fra dets side.</p>
        </>
      ),
      action: `${href}/deaktiver`,
      fields: { version: String(area.version) },
      confirmLabel: `Ja, deaktivér ${area.name}`,
      cancelHref: href,
    },
    { crumbs: [...crumbs, { label: 'Deaktivér' }], section: 'municipalities' },
  );
});

areaRoutes.post('/boligomraader/:id/deaktiver', async (c) => {
  const { actor, area, href } = await areaOf(c, { manage: true });
  const body = await c.req.parseBody();
  if (!isConfirmed(body)) return c.redirect(`${href}/deaktiver`, 303);
  if (area.active) await setAreaActive({ db: c.var.deps.db, actor, id: area.id, version: versionField(body), active: false });
  return c.redirect(href, 303);
});

areaRoutes.post('/boligomraader/:id/genaktiver', async (c) => {
  const { actor, area, href } = await areaOf(c, { manage: true });
  const body = await c.req.parseBody();
  if (!area.active) await setAreaActive({ db: c.var.deps.db, actor, id: area.id, version: versionField(body), active: true });
  return c.redirect(href, 303);
});
