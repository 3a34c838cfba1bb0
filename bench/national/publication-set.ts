import { sql } from 'drizzle-orm';
import { prepareDatabase } from '../../src/boot.ts';
import { openDatabase, queryRows } from '../../src/db/client.ts';
import { refreshRanks } from '../../src/features/key-figures/benchmark/ranks.ts';
import type { LoadRequest } from '../lib/load.ts';
import { loadFigures, loadRegistry } from './load.ts';
import { generateFigures, generateRegistry, type NationalRegistry, YEARS } from './model.ts';
import { loadPublication, type PublishingOrganisation } from './publication.ts';

/*
 * Issue 16's data sets for bench/publication.ts: the country (the national registry, its key
 * figures and the published side), or one municipality's organisations alone with their share of
 * the same; and the public pages to drive, found as a visitor finds them (links of the public site).
 */

/** The municipality's organisations, their estates (wherever they lie) and the housing areas wholly among them. */
function municipalityPart(registry: NationalRegistry, code: string): NationalRegistry {
  const organisations = registry.organisations.filter((o) => o.municipalityCode === code);
  const lbf = new Set(organisations.map((o) => o.lbfNumber));
  const administrators = new Set(organisations.map((o) => o.administratorKey));
  return {
    ...registry,
    administrators: registry.administrators.filter((a) => administrators.has(a.key)),
    organisations,
    estates: registry.estates.filter((e) => lbf.has(e.lbfNumber)),
    areas: registry.areas.filter((a) => a.estates.every((e) => lbf.has(e.lbfNumber))),
  };
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

export async function fillPublication(where: { dataDir: string } | { url: string }, options: { home: string; country: boolean }) {
  const database = await openDatabase(where);
  try {
    await prepareDatabase(database);
    const db = database.db;
    let since = performance.now();
    const country = generateRegistry();
    const registry = options.country ? country : municipalityPart(country, options.home);
    const ids = await loadRegistry(db, registry);
    const figureCount = await loadFigures(db, generateFigures(registry), ids);
    console.log(
      `  registry (${ids.organisations.size} organisations, ${ids.estates} estates) and ${figureCount} estate-years in ${seconds(since)}`,
    );
    since = performance.now();
    await refreshRanks(db, YEARS);
    console.log(`  percentiles and medians in ${seconds(since)}`);
    since = performance.now();
    const organisations = await queryRows<PublishingOrganisation & { estates: PublishingOrganisation['estates'] | null }>(
      db,
      sql`select o.id, o.lbf_number as "lbfNumber", o.name, o.municipality_code as "municipalityCode", m.name as "municipalityName",
        (select json_agg(json_build_object('id', e.id, 'number', e.number, 'name', e.name) order by e.number) from estates e where e.organisation_id = o.id) as estates
      from organisations o join municipalities m on m.code = o.municipality_code order by o.lbf_number`,
    );
    const counts = await loadPublication(
      db,
      organisations.map((o) => ({ ...o, estates: o.estates ?? [] })),
      country.organisations.length,
    );
    console.log(
      `  ${counts.meetings} meetings, ${counts.items} items, ${counts.decisions} decisions, ${counts.agreements} agreements, ` +
        `${counts.documents} published documents, ${counts.letting} letting agreements in ${seconds(since)}`,
    );
    since = performance.now();
    // The statistics an import gathers when it has written (src/db/statistics.ts); filled directly, the bench gathers them itself.
    await db.execute(sql`analyze`);
    console.log(`  analyze in ${seconds(since)}`);
  } finally {
    await database.close();
  }
}

export type PageName =
  | 'search-word'
  | 'search-mixed'
  | 'api-bodies'
  | 'api-organizations'
  | 'api-meetings'
  | 'api-meetings-later'
  | 'api-papers'
  | 'api-papers-later'
  | 'api-files'
  | 'api-files-later'
  | 'estate';

async function get(url: string, accept = 'text/html') {
  const res = await fetch(url, { headers: { accept } });
  if (res.status !== 200) throw new Error(`${url} gave HTTP ${res.status}`);
  return res.text();
}
const linksOf = (html: string, pattern: RegExp) => [...new Set([...html.matchAll(pattern)].map((m) => m[0]))];

/** The search's hit count for a query string, as the page says it (or the HTTP status when it fails, e.g. too slow). */
async function searchTotal(base: string, query: string) {
  const res = await fetch(`${base}/offentlig/soeg?${query}`);
  const html = await res.text();
  return res.status === 200 ? (/([\d.]+) resultat/.exec(html)?.[1] ?? '0') : `HTTP ${res.status}`;
}

/**
 * The pages to drive on a running server, each one or more addresses the connections cycle
 * through: found by following the public site's links (municipality → organisations → estates)
 * and the API's pagination (a later page: the last), so they are what a visitor and a client reach. Also a line of facts
 * that shows the generated rows are public.
 */
export async function publicationPages(base: string, home: string) {
  const municipality = await get(`${base}/offentlig/kommuner/${home}`);
  const organisationPaths = linksOf(municipality, new RegExp(`/offentlig/kommuner/${home}/boligorganisationer/\\d+(?=")`, 'g'));
  const estatePaths: string[] = [];
  for (const path of organisationPaths) {
    estatePaths.push(...linksOf(await get(base + path), /\/offentlig\/kommuner\/\d{4}\/boligorganisationer\/\d+\/afdelinger\/\d+(?=")/g));
  }
  if (estatePaths.length === 0) throw new Error(`No estate is linked from ${home}'s organisations`);
  const api = `/oparl/v1.1/bodies/${home}`;
  const later = async (path: string) => {
    const list = JSON.parse(await get(base + path, 'application/json')) as { pagination: { totalElements: number; totalPages: number } };
    return { path: `${path}?page=${Math.max(1, list.pagination.totalPages)}`, total: list.pagination.totalElements };
  };
  const [meetings, papers, files] = await Promise.all([later(`${api}/meetings`), later(`${api}/papers`), later(`${api}/files`)]);
  const queries = [
    'q=vedligeholdelse',
    'q=boligsocial+indsats',
    'q=%22almene+boliger%22',
    `q=udlejning&kommune=${home}`,
    'q=helhedsplan+-byr%C3%A5det', // encoded: autocannon sends the address as it is
    'q=fraflytning&type=aftale',
  ];
  // One at a time: on the country's data a search can take seconds, and six at once time out.
  const totals: string[] = [];
  for (const q of queries) totals.push(await searchTotal(base, q));
  const one = (path: string): LoadRequest[] => [{ path }];
  // The searches last: their slow answers leave work queued behind them.
  const list: { name: PageName; requests: LoadRequest[] }[] = [
    { name: 'estate', requests: estatePaths.map((path) => ({ path })) },
    { name: 'api-bodies', requests: one('/oparl/v1.1/bodies') },
    { name: 'api-organizations', requests: one(`${api}/organizations`) },
    { name: 'api-meetings', requests: one(`${api}/meetings`) },
    { name: 'api-meetings-later', requests: one(meetings.path) },
    { name: 'api-papers', requests: one(`${api}/papers`) },
    { name: 'api-papers-later', requests: one(papers.path) },
    { name: 'api-files', requests: one(`${api}/files`) },
    { name: 'api-files-later', requests: one(files.path) },
    { name: 'search-word', requests: one(`/offentlig/soeg?${queries[0]}`) },
    { name: 'search-mixed', requests: queries.map((q) => ({ path: `/offentlig/soeg?${q}` })) },
  ];
  const facts =
    `${home}: ${organisationPaths.length} organisations and ${estatePaths.length} estates linked; API ${meetings.total} meetings, ` +
    `${papers.total} papers, ${files.total} files; search hits ${queries.map((q, i) => `${decodeURIComponent(q.replace(/\+/g, ' '))}: ${totals[i]}`).join(', ')}`;
  return { list, facts };
}

/**
 * Waits until the server answers a cheap page that reads the database quickly again: a run of
 * slow pages leaves requests queued in the server (autocannon has hung up, the server has not),
 * and the next run must not measure them. Gives up after `seconds`.
 */
export async function untilIdle(base: string, seconds = 300) {
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const started = performance.now();
    try {
      // Behind queued searches the answer may be late (a fetch's own limit is 5 minutes) or an error.
      const res = await fetch(`${base}/oparl/v1.1/bodies`, { signal: AbortSignal.timeout(30_000) });
      await res.arrayBuffer();
      if (res.status === 200 && performance.now() - started < 200) return;
    } catch {
      // Still busy.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
