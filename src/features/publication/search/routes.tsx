import { Hono } from 'hono';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { page } from '../../../ui/render.tsx';
import { municipalityOptions, publicOrganisationRows } from '../../registry/index.ts';
import { PUBLIC_SEARCH_PATH } from '../links.ts';
import { cleanQuery, searchParamsSchema } from './schemas.ts';
import { searchPublic } from './search.ts';
import { SearchPage } from './views/search-page.tsx';

/**
 * /offentlig/soeg: the public search (decision 017), no login, the same answer for everyone.
 * Whatever the address holds, it answers 200: bad paging is the first page, a bad filter none.
 */
export const publicSearchRoutes = new Hono<AppEnv>();

publicSearchRoutes.get(PUBLIC_SEARCH_PATH, async (c) => {
  const db = c.var.deps.db;
  const params = searchParamsSchema.parse(c.req.query());
  const { text, cut } = cleanQuery(params.q);
  const [result, municipalities, organisations] = await Promise.all([
    searchPublic(db, text, params),
    municipalityOptions(db),
    params.kommune ? publicOrganisationRows(db, params.kommune) : Promise.resolve([]),
  ]);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - 2014 }, (_, i) => thisYear + 1 - i);
  c.header('Cache-Control', 'public, max-age=60');
  return page(
    c,
    text ? [`Søgning: ${text}`, 'Søg i det offentlige'] : 'Søg i det offentlige',
    <SearchPage
      d={{
        q: text,
        cut,
        params,
        result,
        municipalities,
        organisations: organisations.map((o) => ({ value: String(o.id), label: o.name })),
        years,
      }}
    />,
    {
      crumbs: [{ label: 'Forside', href: '/' }, { label: 'Søg' }],
      meta: {
        description: 'Søg i styringsdialogens offentlige oplysninger: godkendte referater, aftaler, udlejningsaftaler og afdelinger.',
        url: new URL(PUBLIC_SEARCH_PATH, c.var.deps.config.PUBLIC_URL).href,
      },
    },
  );
});
