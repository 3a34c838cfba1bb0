import { Hono, type Context } from 'hono';
import { isTooLarge, tooLargeMessage } from '../../../../lib/file-store/index.ts';
import type { AppEnv } from '../../../../lib/hono-env.ts';
import { page } from '../../../../ui/render.tsx';
import { importAreaStatistics, templateCsv, type ImportOutcome } from '../import.ts';
import { monitoredAreas } from '../monitoring.ts';
import { ImportPage } from '../views/import-page.tsx';
import { managedMunicipalityOf, thisYear } from './context.ts';

/* The import of area figures for a municipality's areas: its editors and admins. */

export const importRoutes = new Hono<AppEnv>();
const PATH = '/kommuner/:code/boligomraader/import';

async function importPage(
  c: Context<AppEnv>,
  ctx: Awaited<ReturnType<typeof managedMunicipalityOf>>,
  result: { fileError?: string; outcome?: ImportOutcome } = {},
) {
  const failed = result.fileError !== undefined || result.outcome?.ok === false;
  return page(
    c,
    ['Importér tal for boligområder', ctx.municipality.name],
    <ImportPage
      base={ctx.listHref}
      municipalityName={ctx.municipality.name}
      csrf={c.var.csrfToken}
      maxMb={c.var.deps.config.UPLOAD_MAX_MB}
      {...result}
    />,
    { crumbs: [...ctx.crumbs, { label: 'Importér tal' }], section: 'municipalities', status: failed ? 400 : 200 },
  );
}

const areasOf = (c: Context<AppEnv>, ctx: Awaited<ReturnType<typeof managedMunicipalityOf>>) =>
  monitoredAreas({ db: c.var.deps.db, actor: ctx.actor, filter: { municipalityCode: ctx.municipality.code, includeInactive: true } });

importRoutes.get(PATH, async (c) => importPage(c, await managedMunicipalityOf(c)));

importRoutes.get(`${PATH}/skabelon.csv`, async (c) => {
  const ctx = await managedMunicipalityOf(c);
  return c.body(templateCsv(await areasOf(c, ctx), thisYear() - 1), 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': 'attachment; filename="boligomraader-skabelon.csv"',
  });
});

importRoutes.post(PATH, async (c) => {
  const ctx = await managedMunicipalityOf(c);
  const file = (await c.req.parseBody()).file;
  if (!(file instanceof File) || (file.name === '' && file.size === 0)) {
    return importPage(c, ctx, { fileError: 'Vælg en CSV- eller XLSX-fil med tal for boligområderne.' });
  }
  const maxMb = c.var.deps.config.UPLOAD_MAX_MB;
  if (isTooLarge(file.size, maxMb)) return importPage(c, ctx, { fileError: tooLargeMessage(file.size, maxMb) });
  const outcome = await importAreaStatistics({
    db: c.var.deps.db,
    actor: ctx.actor,
    municipalityCode: ctx.municipality.code,
    areas: await areasOf(c, ctx),
    bytes: new Uint8Array(await file.arrayBuffer()),
    thisYear: thisYear(),
  });
  return importPage(c, ctx, { outcome });
});
