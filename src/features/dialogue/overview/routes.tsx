import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { requireActor } from '../../../auth/guards.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { Pagination, type ListQuery } from '../../../ui/components.tsx';
import { page } from '../../../ui/render.tsx';
import { municipalityOptions } from '../../registry/municipalities.ts';
import { danishToday, governanceYearOf } from '../calendar-date.ts';
import { validYear } from '../service.ts';
import { dialogueOverview, filterAndSort, yearSummary } from './service.ts';
import { OverviewFilters, OverviewTable, YearSummary } from './views.tsx';
import { overviewWorkbook } from './xlsx.ts';
import { wheelRoutes } from '../wheel/routes.tsx';

export const overviewRoutes = new Hono<AppEnv>();
overviewRoutes.route('/', wheelRoutes);
const PAGE_SIZE = 25;

const querySchema = z.object({
  aar: z.coerce.number().int().refine(validYear).optional().catch(undefined),
  kommune: z.string().regex(/^\d{4}$/).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  fase: z.string().max(20).optional().catch(undefined),
  overskredet: z.enum(['1']).optional().catch(undefined),
  sort: z.string().max(20).optional().catch(undefined),
  dir: z.enum(['asc', 'desc']).catch('asc'),
  page: z.coerce.number().int().min(1).max(10000).catch(1),
});

/** Who sees what: a municipality its own; an admin any (all, or one chosen); organisations and administrators theirs. */
async function load(c: Context<AppEnv>) {
  const actor = requireActor(c);
  const query = querySchema.parse(c.req.query());
  const today = danishToday();
  const year = query.aar ?? governanceYearOf(today);
  const municipalityCode = actor.scope.kind === 'municipality' ? actor.scope.municipalityCode : actor.scope.kind === 'admin' ? query.kommune : undefined;
  const all = await dialogueOverview({ db: c.var.deps.db, actor, year, today, municipalityCode });
  const rows = filterAndSort(all, { q: query.q, fase: query.fase, overskredet: query.overskredet === '1', sort: query.sort ?? 'navn', dir: query.dir });
  const listQuery: ListQuery = { ...query, aar: query.aar, sort: query.sort ?? 'navn' };
  return { actor, query, listQuery, year, municipalityCode, all, rows };
}

function YearNav({ path, year, query }: { path: string; year: number; query: Record<string, string | undefined> }) {
  const href = (y: number) => `${path}?${new URLSearchParams(Object.entries({ ...query, aar: String(y) }).filter(([, v]) => v) as [string, string][])}`;
  return (
    <nav class="sd-actions" aria-label="År">
      <a href={href(year - 1)}>‹ {year - 1}</a><strong>{year}</strong><a href={href(year + 1)}>{year + 1} ›</a>
    </nav>
  );
}

overviewRoutes.get('/tilsyn', async (c) => {
  const { actor, query, listQuery, year, municipalityCode, all, rows } = await load(c);
  if (actor.scope.kind === 'organisation' || actor.scope.kind === 'administrator') return c.redirect('/mine-dialoger', 302);
  const municipalities = actor.scope.kind === 'admin' ? await municipalityOptions(c.var.deps.db) : [];
  const name = municipalityCode ? (all[0]?.municipalityName ?? municipalities.find((m) => m.value === municipalityCode)?.label ?? '') : 'alle kommuner';
  const title = `Tilsyn ${year}`;
  const shown = rows.slice((query.page - 1) * PAGE_SIZE, query.page * PAGE_SIZE);
  const exportQuery = new URLSearchParams(Object.entries({ aar: String(year), kommune: query.kommune, q: query.q, fase: query.fase, overskredet: query.overskredet, sort: query.sort, dir: query.dir }).filter(([, v]) => v) as [string, string][]);
  return page(c, title, (
    <div class="no-max-width">
      <h1>Styringsdialoger {year} – {name}</h1>
      <YearNav path="/tilsyn" year={year} query={{ kommune: query.kommune }} />
      {actor.scope.kind === 'admin' && (
        <form method="get" action="/tilsyn" class="sd-filters">
          <input type="hidden" name="aar" value={String(year)} />
          <div class="form-group">
            <label class="form-label" for="choose-kommune">Kommune</label>
            <select class="form-select" id="choose-kommune" name="kommune">
              <option value="">Alle kommuner</option>
              {municipalities.map((m) => <option value={m.value} selected={m.value === query.kommune}>{m.label}</option>)}
            </select>
          </div>
          <button type="submit" class="button button-secondary">Vis</button>
        </form>
      )}
      <YearSummary s={yearSummary(all)} year={year} />
      <h2>Boligorganisationer under tilsyn</h2>
      <OverviewFilters action="/tilsyn" query={listQuery} hidden={{ aar: query.aar ? String(query.aar) : undefined, kommune: query.kommune }} />
      <p class="sd-actions">
        <a href={`/tilsyn.xlsx?${exportQuery}`}>Hent oversigten som Excel-ark (XLSX)</a>
        {municipalityCode && <a href={`/kommuner/${municipalityCode}/aarshjul?aar=${year}`}>Årshjul {year}</a>}
        {municipalityCode && <a href={`/kommuner/${municipalityCode}/aarshjul/indstillinger`}>Frister og påmindelser</a>}
        {municipalityCode && <a href={`/kommuner/${municipalityCode}/dokumentationspakke`}>Dokumentationspakkens punkter</a>}
      </p>
      <OverviewTable rows={shown} query={listQuery} year={year} showMunicipality={!municipalityCode} caption={`Styringsdialoger ${year}`} />
      <p class="sd-muted">Dokumentationspakke: påkrævede punkter, som tilsynet har godkendt, af alle påkrævede punkter.</p>
      <Pagination query={listQuery} total={rows.length} pageSize={PAGE_SIZE} />
    </div>
  ), { crumbs: [{ label: 'Forside', href: '/' }, { label: 'Tilsyn' }], section: 'supervision' });
});

overviewRoutes.get('/tilsyn.xlsx', async (c) => {
  const { year, municipalityCode, all, rows } = await load(c);
  const name = municipalityCode ? all[0]?.municipalityName ?? municipalityCode : 'alle';
  const body = await overviewWorkbook(rows, `Styringsdialoger ${year} – ${name} (udtrukket ${danishToday().split('-').reverse().join('-')})`, year);
  c.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  c.header('content-disposition', `attachment; filename="styringsdialoger-${year}${municipalityCode ? `-${municipalityCode}` : ''}.xlsx"`);
  return c.body(new Uint8Array(body));
});

overviewRoutes.get('/mine-dialoger', async (c) => {
  const { actor, query, listQuery, year, rows } = await load(c);
  if (actor.scope.kind === 'municipality' || actor.scope.kind === 'admin') return c.redirect('/tilsyn', 302);
  const byMunicipality = Map.groupBy(rows, (r) => r.municipalityName);
  return page(c, `Mine styringsdialoger ${year}`, (
    <div class="no-max-width">
      <h1>Mine styringsdialoger {year}</h1>
      <p class="font-lead">Det, I skal levere til hvilken kommune og hvornår.</p>
      <YearNav path="/mine-dialoger" year={year} query={{}} />
      <OverviewFilters action="/mine-dialoger" query={listQuery} hidden={{ aar: query.aar ? String(query.aar) : undefined }} />
      {rows.length === 0 && <p>Ingen boligorganisationer matcher.</p>}
      {[...byMunicipality].map(([municipality, group]) => (
        <section>
          <h2>{municipality}</h2>
          <OverviewTable rows={group} query={listQuery} year={year} showMunicipality={false} caption={`Styringsdialoger ${year} i ${municipality}`} />
        </section>
      ))}
    </div>
  ), { crumbs: [{ label: 'Forside', href: '/' }, { label: 'Mine dialoger' }], section: 'supervision' });
});
