import { Hono, type Context } from 'hono';
import { AppError } from '../../../lib/errors.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { publicMinutesAgendas, publicMunicipalities } from '../../publication/index.ts';
import { bodyObject } from './body.ts';
import { bodyDocuments, bodyOf, bodyPapers, type BodyData } from './body-data.ts';
import { json, jsonError } from './errors.ts';
import { documentFile, minutesFile } from './file.ts';
import { filterAndPage, listResponse, type Stamped } from './list.ts';
import { meetingObject } from './meeting.ts';
import { organizationsOf } from './organization.ts';
import { documentPaperOf, paperOf } from './paper.ts';
import { OparlBadRequest, parseListQuery } from './query.ts';
import { OPARL_SINCE, systemObject } from './system.ts';
import { OPARL_PATH, oparlUrls } from './urls.ts';

/**
 * The OParl 1.1 API (issue 16, point 4): read-only JSON of exactly what the public site shows,
 * from the System down to each Body's lists. Open to every origin for reading (CORS on GET and
 * OPTIONS); a malformed parameter is a 400 with a JSON error, an unknown object a JSON 404.
 * Persons and Memberships are empty lists: no person is public (decision 016).
 */
export const oparlRoutes = new Hono<AppEnv>();
const P = OPARL_PATH;

oparlRoutes.use(`${P}/*`, async (c, next) => {
  if (c.req.method === 'OPTIONS') {
    return c.body(null, 204, {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, OPTIONS',
      'Access-Control-Allow-Headers': 'Accept, Content-Type',
      'Access-Control-Max-Age': '86400',
    });
  }
  await next();
  if (c.req.method === 'GET' || c.req.method === 'HEAD') {
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=300');
  }
});

oparlRoutes.onError((error, c) => {
  if (error instanceof OparlBadRequest) return jsonError(c, 400, error.message);
  if (error instanceof AppError && error.status === 404) return jsonError(c, 404, 'Objektet findes ikke, eller det er ikke offentligt.');
  if (error instanceof AppError && error.status === 400) return jsonError(c, 400, error.userMessage);
  c.var.log?.error({ err: error }, 'oparl error');
  return jsonError(c, 500, 'Der opstod en uventet fejl. Prøv igen om lidt.');
});

const urls = (c: Context<AppEnv>) => oparlUrls(c.var.deps.config.PUBLIC_URL);
const notFound = () => new AppError('not_found', 'Ikke fundet');

async function loadBody(c: Context<AppEnv>): Promise<BodyData> {
  const body = await bodyOf(c.var.deps.db, c.req.param('code') ?? '');
  if (!body) throw notFound();
  return body;
}

/** One page of a list, filtered; `toObject` runs on the page's rows only. */
async function page<R extends Stamped, O>(c: Context<AppEnv>, listUrl: string, rows: R[], toObject: (r: R) => O | Promise<O>) {
  const q = parseListQuery(c.req.query());
  const paged = filterAndPage(rows, q);
  return json(c, listResponse(listUrl, q, await Promise.all(paged.rows.map(toObject)), paged));
}
const bodyStamp = { created: OPARL_SINCE, modified: OPARL_SINCE };
const stamped = <T extends { createdAt: Date; updatedAt: Date; id: number }>(r: T) => ({
  ...r,
  key: r.id,
  created: r.createdAt,
  modified: r.updatedAt,
});

oparlRoutes.get(`${P}/system`, (c) => json(c, systemObject(urls(c))));

oparlRoutes.get(`${P}/bodies`, async (c) => {
  const u = urls(c);
  const rows = (await publicMunicipalities(c.var.deps.db)).map((m) => ({ ...m, ...bodyStamp, key: m.code }));
  // Bodies carry no timestamps of their own: their created/modified is when OParl began here.
  return page(c, u.bodies, rows, (m) => bodyObject(u, m));
});

oparlRoutes.get(`${P}/bodies/:code`, async (c) => {
  const body = await loadBody(c);
  return json(c, bodyObject(urls(c), body.municipality));
});

oparlRoutes.get(`${P}/bodies/:code/organizations`, async (c) => {
  const u = urls(c);
  const body = await loadBody(c);
  return page(c, u.organizations(body.municipality.code), organizationsOf(u, body), (o) => o.object);
});
oparlRoutes.get(`${P}/bodies/:code/organizations/:key`, async (c) => {
  const found = organizationsOf(urls(c), await loadBody(c)).find((o) => o.key === c.req.param('key'));
  if (!found) throw notFound();
  return json(c, found.object);
});

// No person is public (decision 016): the lists exist, as the specification requires, and are empty.
oparlRoutes.get(`${P}/bodies/:code/persons`, async (c) => {
  const body = await loadBody(c);
  return page(c, urls(c).persons(body.municipality.code), [] as Stamped[], (r) => r);
});
oparlRoutes.get(`${P}/bodies/:code/memberships`, async (c) => {
  const body = await loadBody(c);
  return page(c, urls(c).memberships(body.municipality.code), [] as Stamped[], (r) => r);
});

oparlRoutes.get(`${P}/bodies/:code/meetings`, async (c) => {
  const u = urls(c);
  const body = await loadBody(c);
  const q = parseListQuery(c.req.query());
  const paged = filterAndPage(body.minutes.map(stamped), q);
  const agendas = await publicMinutesAgendas(
    c.var.deps.db,
    paged.rows.map((m) => m.id),
  );
  const data = paged.rows.map((m) => meetingObject(u, body, m, agendas.get(m.id) ?? []));
  return json(c, listResponse(u.meetings(body.municipality.code), q, data, paged));
});
const meetingOf = (body: BodyData, id: string | undefined) => {
  const m = body.minutes.find((r) => String(r.id) === id);
  if (!m) throw notFound();
  return m;
};
async function oneMeeting(c: Context<AppEnv>, body: BodyData) {
  const m = meetingOf(body, c.req.param('id'));
  const agendas = await publicMinutesAgendas(c.var.deps.db, [m.id]);
  return meetingObject(urls(c), body, m, agendas.get(m.id) ?? []);
}
oparlRoutes.get(`${P}/bodies/:code/meetings/:id`, async (c) => json(c, await oneMeeting(c, await loadBody(c))));
oparlRoutes.get(`${P}/bodies/:code/meetings/:id/agenda-items/:number`, async (c) => {
  const meeting = await oneMeeting(c, await loadBody(c));
  const item = meeting.agendaItem.find((i) => i.number === c.req.param('number'));
  if (!item) throw notFound();
  return json(c, item);
});

oparlRoutes.get(`${P}/bodies/:code/papers`, async (c) => {
  const u = urls(c);
  const body = await loadBody(c);
  const code = body.municipality.code;
  const [agreements, documents] = await Promise.all([bodyPapers(c.var.deps.db, body), bodyDocuments(c.var.deps.db, body)]);
  const papers = [...agreements.map((a) => paperOf(u, code, a)), ...documents.map((d) => documentPaperOf(u, code, d))];
  return page(c, u.papers(code), papers, (p) => p.object);
});
oparlRoutes.get(`${P}/bodies/:code/papers/:id`, async (c) => {
  const body = await loadBody(c);
  const key = c.req.param('id') ?? '';
  const documentId = /^aftaledokument-(\d+)$/.exec(key)?.[1];
  if (documentId) {
    const d = (await bodyDocuments(c.var.deps.db, body)).find((r) => String(r.id) === documentId);
    if (!d) throw notFound();
    return json(c, documentPaperOf(urls(c), body.municipality.code, d).object);
  }
  const a = (await bodyPapers(c.var.deps.db, body)).find((r) => String(r.id) === key);
  if (!a) throw notFound();
  return json(c, paperOf(urls(c), body.municipality.code, a).object);
});

oparlRoutes.get(`${P}/bodies/:code/files`, async (c) => {
  const u = urls(c);
  const body = await loadBody(c);
  const code = body.municipality.code;
  const documents = await bodyDocuments(c.var.deps.db, body);
  const files = [
    ...body.minutes.map((m) => ({ ...stamped(m), file: () => minutesFile(u, code, m) })),
    ...documents.map((d) => ({
      key: `aftaledokument-${d.id}`,
      created: d.createdAt,
      modified: d.updatedAt,
      file: () => documentFile(u, code, d),
    })),
  ];
  return page(c, u.files(code), files, (f) => f.file());
});
oparlRoutes.get(`${P}/bodies/:code/files/:key`, async (c) => {
  const body = await loadBody(c);
  const documentId = /^aftaledokument-(\d+)$/.exec(c.req.param('key') ?? '')?.[1];
  if (documentId) {
    const d = (await bodyDocuments(c.var.deps.db, body)).find((r) => String(r.id) === documentId);
    if (!d) throw notFound();
    return json(c, documentFile(urls(c), body.municipality.code, d));
  }
  const m = meetingOf(body, /^referat-(\d+)$/.exec(c.req.param('key') ?? '')?.[1]);
  return json(c, minutesFile(urls(c), body.municipality.code, m));
});

// Anything else under the API: a JSON 404 for reading, 405 for writing (the API is read-only).
oparlRoutes.all(`${P}/*`, (c) =>
  c.req.method === 'GET' || c.req.method === 'HEAD'
    ? jsonError(c, 404, 'Adressen findes ikke i API’et. Start ved /oparl/v1.1/system.')
    : jsonError(c, 405, 'API’et kan kun læses (GET).'),
);
oparlRoutes.get('/oparl', (c) => c.redirect(`${P}/system`, 302));
