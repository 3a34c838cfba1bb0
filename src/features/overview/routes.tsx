import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { requireActor } from '../../auth/guards.ts';
import { notFound } from '../../lib/errors.ts';
import type { AppEnv } from '../../lib/hono-env.ts';
import { Pagination, type ListQuery } from '../../ui/components.tsx';
import { page } from '../../ui/render.tsx';
import { getMunicipality, municipalityExists, municipalityOptions } from '../registry/index.ts';
import { danishToday } from '../../lib/copenhagen-time.ts';
import { governanceYearOf, STAGES, validYear } from '../dialogue/index.ts';
import { OVERVIEW_SORTS, overviewPage, overviewRows, type OverviewFilter } from './service.ts';
import { OverviewFilters } from './filters-view.tsx';
import { YearSummary } from './summary-view.tsx';
import { MyDialoguesTable, OverviewTable, PACKAGE_HINT } from './views.tsx';
import { overviewWorkbook } from './xlsx.ts';

export const overviewRoutes = new Hono<AppEnv>();
const PAGE_SIZE = 25;

/** A bad value in the address falls back to the default rather than failing the page. */
const querySchema = z.object({
  aar: z.coerce.number().int().refine(validYear).optional().catch(undefined),
  kommune: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .catch(undefined),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((q) => q || undefined),
  fase: z
    .enum([...STAGES, 'ikke_i_aar'])
    .optional()
    .catch(undefined),
  overskredet: z.enum(['1']).optional().catch(undefined),
  roede: z.enum(['1']).optional().catch(undefined),
  roed3: z.enum(['1']).optional().catch(undefined),
  sort: z.enum(OVERVIEW_SORTS).catch('navn'),
  dir: z.enum(['asc', 'desc']).catch('asc'),
  page: z.coerce.number().int().min(1).max(10000).catch(1),
});
type Query = z.infer<typeof querySchema>;

const params = (values: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(values)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, String(v)]),
  );

/**
 * Who sees what: a municipality's users their municipality; an admin every municipality, or the one
 * chosen with ?kommune= (404 if there is no such municipality); organisations and administrators
 * their own organisations (dialogueVisible in the service's SQL).
 */
async function scopeOf(c: Context<AppEnv>) {
  const actor = requireActor(c);
  const query = querySchema.parse(c.req.query());
  const today = danishToday();
  const year = query.aar ?? governanceYearOf(today);
  const filter: OverviewFilter = {
    q: query.q,
    fase: query.fase,
    overskredet: query.overskredet === '1',
    roede: query.roede === '1',
    roed3: query.roed3 === '1',
    sort: query.sort,
    dir: query.dir,
  };
  const municipalityCode =
    actor.scope.kind === 'municipality' ? actor.scope.municipalityCode : actor.scope.kind === 'admin' ? query.kommune : undefined;
  /** The heading's name: from the rows, or looked up when there are none (a municipality without organisations). */
  const nameOf = async (rows: { municipalityName: string }[]) => {
    if (!municipalityCode) return actor.scope.kind === 'admin' ? 'alle kommuner' : 'mine boligorganisationer';
    return rows[0]?.municipalityName ?? (await getMunicipality(c.var.deps.db, municipalityCode))?.name ?? municipalityCode;
  };
  if (actor.scope.kind === 'admin' && query.kommune && !(await municipalityExists(c.var.deps.db, query.kommune)))
    throw notFound('Kommunen');
  return { actor, query, today, year, filter, municipalityCode, nameOf };
}

const listQueryOf = (query: Query): ListQuery => ({
  page: query.page,
  sort: query.sort,
  dir: query.dir,
  q: query.q,
  fase: query.fase,
  overskredet: query.overskredet,
  roede: query.roede,
  roed3: query.roed3,
  aar: query.aar,
  kommune: query.kommune,
});

function YearNav({ path, year, query }: { path: string; year: number; query: Record<string, string | undefined> }) {
  const href = (y: number) => `${path}?${params({ ...query, aar: y })}`;
  return (
    <nav class="sd-actions" aria-label="År">
      <a href={href(year - 1)}>‹ {year - 1}</a>
      <strong>{year}</strong>
      <a href={href(year + 1)}>{year + 1} ›</a>
    </nav>
  );
}

overviewRoutes.get('/tilsyn', async (c) => {
  const { actor, query, today, year, filter, municipalityCode, nameOf } = await scopeOf(c);
  if (actor.scope.kind === 'organisation' || actor.scope.kind === 'administrator') return c.redirect('/mine-dialoger', 302);
  const result = await overviewPage({
    db: c.var.deps.db,
    actor,
    year,
    today,
    municipalityCode,
    filter,
    page: query.page,
    pageSize: PAGE_SIZE,
    sources: c.var.deps.wiring,
  });
  const name = await nameOf(result.all);
  const municipalities = actor.scope.kind === 'admin' ? await municipalityOptions(c.var.deps.db) : [];
  const listQuery = listQueryOf(query);
  const exportQuery = params({
    aar: year,
    kommune: query.kommune,
    q: query.q,
    fase: query.fase,
    overskredet: query.overskredet,
    roede: query.roede,
    roed3: query.roed3,
    sort: query.sort,
    dir: query.dir,
  });
  return page(
    c,
    [`Tilsyn ${year}`, name],
    <div class="no-max-width">
      <h1>
        Styringsdialoger {year} – {name}
      </h1>
      <YearNav path="/tilsyn" year={year} query={{ kommune: query.kommune }} />
      {actor.scope.kind === 'admin' && (
        <form method="get" action="/tilsyn" class="sd-filters" aria-label="Vælg kommune">
          <input type="hidden" name="aar" value={String(year)} />
          <div class="form-group">
            <label class="form-label" for="choose-kommune">
              Kommune
            </label>
            <select class="form-select" id="choose-kommune" name="kommune">
              <option value="">Alle kommuner</option>
              {municipalities.map((m) => (
                <option value={m.value} selected={m.value === query.kommune}>
                  {m.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="button button-secondary">
            Vis kommune
          </button>
        </form>
      )}
      <YearSummary s={result.summary} year={year} />
      <h2>Boligorganisationer under tilsyn</h2>
      <OverviewFilters
        action="/tilsyn"
        query={listQuery}
        hidden={{ aar: query.aar ? String(query.aar) : undefined, kommune: query.kommune }}
      />
      <p class="sd-actions">
        <a href={`/tilsyn.xlsx?${exportQuery}`}>Hent oversigten som Excel-ark (XLSX)</a>
        {municipalityCode && <a href={`/kommuner/${municipalityCode}/aarshjul?aar=${year}`}>Årshjul {year}</a>}
        {municipalityCode && <a href={`/kommuner/${municipalityCode}/aarshjul/indstillinger`}>Frister og påmindelser</a>}
        {municipalityCode && <a href={`/kommuner/${municipalityCode}/dokumentationspakke`}>Dokumentationspakkens punkter</a>}
        {municipalityCode && <a href={`/kommuner/${municipalityCode}/redegoerelser`}>Redegørelser til kommunalbestyrelsen</a>}
        <a href={municipalityCode ? `/kommuner/${municipalityCode}/trafiklys` : '/noegletal/trafiklys'}>Regler for trafiklys</a>
      </p>
      <OverviewTable
        rows={result.rows}
        query={listQuery}
        year={year}
        showMunicipality={!municipalityCode}
        caption={`Styringsdialoger ${year} – ${name}`}
      />
      <p class="form-hint" id="pakke-hint">
        {PACKAGE_HINT}
      </p>
      <Pagination query={listQuery} total={result.total} pageSize={PAGE_SIZE} />
    </div>,
    { crumbs: [{ label: 'Forside', href: '/' }, { label: 'Tilsyn' }], section: 'supervision' },
  );
});

/** The same rows as the table (every page of it), in the same order, as a spreadsheet. */
overviewRoutes.get('/tilsyn.xlsx', async (c) => {
  const { actor, today, year, filter, municipalityCode, nameOf } = await scopeOf(c);
  const { all, rows } = await overviewRows({ db: c.var.deps.db, actor, year, today, municipalityCode, filter, sources: c.var.deps.wiring });
  const name = await nameOf(all);
  const title = `Styringsdialoger ${year} – ${name} (udtrukket ${today.split('-').reverse().join('-')})`;
  const body = await overviewWorkbook(rows, title, year);
  c.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  c.header('content-disposition', `attachment; filename="styringsdialoger-${year}${municipalityCode ? `-${municipalityCode}` : ''}.xlsx"`);
  c.header('cache-control', 'private, no-store');
  return c.body(new Uint8Array(body));
});

overviewRoutes.get('/mine-dialoger', async (c) => {
  const { actor, query, today, year, filter } = await scopeOf(c);
  if (actor.scope.kind === 'municipality' || actor.scope.kind === 'admin') return c.redirect('/tilsyn', 302);
  const { rows } = await overviewRows({
    db: c.var.deps.db,
    actor,
    year,
    today,
    filter: { ...filter, sort: 'navn', dir: 'asc' },
    sources: c.var.deps.wiring,
  });
  const byMunicipality = [...Map.groupBy(rows, (r) => r.municipalityName)].sort(([a], [b]) => a.localeCompare(b, 'da'));
  const exportQuery = params({
    aar: year,
    q: query.q,
    fase: query.fase,
    overskredet: query.overskredet,
    roede: query.roede,
    roed3: query.roed3,
  });
  return page(
    c,
    [`Mine styringsdialoger ${year}`, c.var.user?.affiliation],
    <div class="no-max-width">
      <h1>Mine styringsdialoger {year}</h1>
      <p class="font-lead">Det, I skal levere til hvilken kommune og hvornår, og hvad I venter på fra kommunen.</p>
      <YearNav path="/mine-dialoger" year={year} query={{}} />
      <OverviewFilters action="/mine-dialoger" query={listQueryOf(query)} hidden={{ aar: query.aar ? String(query.aar) : undefined }} />
      <p class="sd-actions">
        <a href={`/tilsyn.xlsx?${exportQuery}`}>Hent oversigten som Excel-ark (XLSX)</a>
      </p>
      {rows.length === 0 && <p>Ingen boligorganisationer matcher.</p>}
      {byMunicipality.map(([municipality, group]) => (
        <section>
          <h2>{municipality}</h2>
          <MyDialoguesTable rows={group} year={year} caption={`Styringsdialoger ${year} med ${municipality}`} />
        </section>
      ))}
      {rows.length > 0 && (
        <p class="form-hint" id="pakke-hint">
          {PACKAGE_HINT}
        </p>
      )}
    </div>,
    { crumbs: [{ label: 'Forside', href: '/' }, { label: 'Mine dialoger' }], section: 'supervision' },
  );
});
