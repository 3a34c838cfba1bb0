import { Hono } from 'hono';
import { z } from 'zod';
import { requireActor } from '../../auth/guards.ts';
import { notFound } from '../../lib/errors.ts';
import type { AppEnv } from '../../lib/hono-env.ts';
import { page } from '../../ui/render.tsx';
import { canSeeMunicipalityDialogues } from '../dialogue/index.ts';
import { getMunicipality } from '../registry/index.ts';
import { searchPackageFiles } from './search.ts';
import { HitsTable, SearchForm } from './views/search-views.tsx';

export const searchRoutes = new Hono<AppEnv>();

export const searchQuerySchema = z.object({
  q: z
    .string()
    .optional()
    .default('')
    .transform((v) => v.trim().slice(0, 200)),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** Full-text search in the files of a municipality's documentation packages: its own users and admins. */
searchRoutes.get('/kommuner/:code/dokumentsoegning', async (c) => {
  const actor = requireActor(c);
  const code = c.req.param('code');
  if (!/^\d{4}$/.test(code) || !canSeeMunicipalityDialogues(actor, code)) throw notFound();
  const { q, page: pageNo } = searchQuerySchema.parse(c.req.query());
  const { db } = c.var.deps;
  const [municipality, result] = await Promise.all([
    getMunicipality(db, code),
    searchPackageFiles({ db, actor, q, municipalityCode: code, page: pageNo }),
  ]);
  if (!municipality) throw notFound('Kommunen');
  const action = `/kommuner/${code}/dokumentsoegning`;
  const title = `Søg i dokumentationspakker – ${municipality.name}`;
  return page(
    c,
    ['Søg i dokumentationspakker', municipality.name],
    <div class="no-max-width">
      <h1>{title}</h1>
      <p>
        Søger i navn og tekst på filer, som boligorganisationerne i {municipality.name} har lagt op til deres dokumentationspakker (tekst
        fra PDF, Word og CSV).
      </p>
      <SearchForm action={action} q={q} label="Søg i filerne" />
      {q && (
        <>
          <h2>Resultater</h2>
          <HitsTable hits={result.hits} total={result.total} query={{ page: pageNo, sort: '', dir: 'asc', q }} />
        </>
      )}
      <p>
        <a href={`/kommuner/${code}/dokumentationspakke`}>Dokumentationspakkens punkter</a>
      </p>
    </div>,
    {
      crumbs: [{ label: 'Forside', href: '/' }, { label: 'Tilsyn', href: '/tilsyn' }, { label: 'Søg i dokumentationspakker' }],
      section: 'supervision',
    },
  );
});
