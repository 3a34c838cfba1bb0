import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAdministrator, makeEstate, makeForum, makeMembership, makeOrganisation, makePerson, makeUser } from '../src/demo/factories.ts';
import { actionPlans, estateFigures, housingAreaEstates, housingAreas, organisationFigures } from '../src/features/key-figures/tables.ts';
import { agreements } from '../src/features/agreements/tables.ts';
import { agreementDocuments, agreementDocumentSections } from '../src/features/agreement-documents/tables.ts';
import { meetings } from '../src/features/meetings/tables.ts';
import { lettingAgreementEstates, lettingAgreements } from '../src/features/agreements/letting/tables.ts';
import { councilReports, councilReportSections } from '../src/features/council-reports/tables.ts';
import { createTestContext, type TestClient, type TestContext } from './app.ts';

/*
 * The authorisation table: every route of the app × every kind of caller → the expected
 * status. A route missing from the table fails the test, so a new page cannot ship
 * without deciding who may see it. POSTs are sent with an empty form: a caller who is
 * allowed gets past the guards and meets validation (400) or a stale version (409), so
 * nothing is ever written here.
 */

const CALLERS = [
  'anon',
  'admin',
  'muniEditor',
  'muniReader',
  'otherMuni',
  'orgEditor',
  'orgReader',
  'otherOrg',
  'staff',
  'otherStaff',
] as const;
type Caller = (typeof CALLERS)[number];
type Row = Record<Caller, number>;

const all = (n: number): Row => Object.fromEntries(CALLERS.map((c) => [c, n])) as Row;
const loggedIn = (n: number, overrides: Partial<Row> = {}): Row => ({ ...all(n), anon: 303, ...overrides });
/** Pages of organisation X (Hillerød, administered by A). */
const viewX = (ok: number): Row => loggedIn(ok, { otherMuni: 404, otherOrg: 404, otherStaff: 404 });
const editX = (ok: number): Row => ({ ...viewX(ok), muniReader: 403, orgReader: 403 });
/** The supervisor's side of organisation X's dialogue: its municipality's editors and admins. */
const supervise = (ok: number): Row => ({ ...viewX(403), admin: ok, muniEditor: ok });
/** The organisation's side of X's dialogue: its editors, its administrator's staff, admins. */
const organisationSide = (ok: number): Row => ({ ...viewX(403), admin: ok, orgEditor: ok, staff: ok });
const adminOnly = (ok: number): Row => loggedIn(403, { admin: ok });
/** Editors of any scope (readers may not change anything). */
const importer = (ok: number): Row => loggedIn(ok, { muniReader: 403, orgReader: 403 });
/** A municipality's own pages (its council report in draft): its staff and admins; hidden from everyone else. */
const muniDraft = (ok: number): Row => loggedIn(404, { admin: ok, muniEditor: ok, muniReader: ok });
const muniWrite = (ok: number): Row => ({ ...muniDraft(ok), muniReader: 403 });
const createOrg = (ok: number): Row => loggedIn(403, { admin: ok, muniEditor: ok, otherMuni: ok });

let t: TestContext;
let ids: Record<string, string>;
const clients = {} as Record<Caller, TestClient>;

const TABLE: { method: 'GET' | 'POST'; path: string; expect: Row }[] = [
  { method: 'GET', path: '/', expect: all(200) },
  { method: 'GET', path: '/healthz', expect: all(200) },
  { method: 'GET', path: '/livez', expect: all(200) },
  { method: 'GET', path: '/login', expect: loggedIn(303, { anon: 200 }) },
  { method: 'POST', path: '/login', expect: all(400) },
  { method: 'POST', path: '/logout', expect: all(303) },
  { method: 'GET', path: '/konto', expect: loggedIn(200) },
  { method: 'GET', path: '/konto/adgangskode', expect: loggedIn(200) },
  { method: 'POST', path: '/konto/adgangskode', expect: loggedIn(400) },
  { method: 'GET', path: '/glemt-adgangskode', expect: all(200) },
  { method: 'POST', path: '/glemt-adgangskode', expect: all(400) },
  { method: 'GET', path: '/nulstil-adgangskode/:token', expect: all(404) },
  { method: 'POST', path: '/nulstil-adgangskode/:token', expect: all(404) },
  { method: 'GET', path: '/invitation/:token', expect: all(404) },
  { method: 'POST', path: '/invitation/:token', expect: all(404) },
  { method: 'GET', path: '/opsaetning', expect: all(404) },
  { method: 'POST', path: '/opsaetning', expect: all(404) },
  { method: 'GET', path: '/kommuner', expect: all(200) },
  { method: 'GET', path: '/kommuner/:code', expect: all(200) },
  // The public site: the same page for everyone; minutes not approved are not public, for anyone.
  { method: 'GET', path: '/offentlig/kommuner/:code', expect: all(200) },
  { method: 'GET', path: '/offentlig/kommuner/:code/boligorganisationer/:id', expect: all(200) },
  { method: 'GET', path: '/offentlig/kommuner/:code/boligorganisationer/:organisationId/afdelinger/:id', expect: all(200) },
  // An estate's public charts: its dialogue meeting is not held here, so it has no public year and no chart, for anyone.
  {
    method: 'GET',
    path: '/offentlig/kommuner/:code/boligorganisationer/:organisationId/afdelinger/:id/noegletal/:indicator/udvikling.svg',
    expect: all(404),
  },
  {
    method: 'GET',
    path: '/offentlig/kommuner/:code/boligorganisationer/:organisationId/afdelinger/:id/noegletal/:indicator/udvikling.csv',
    expect: all(404),
  },
  { method: 'GET', path: '/offentlig/referater/:id', expect: all(404) },
  { method: 'GET', path: '/offentlig/referater/:id/referat.pdf', expect: all(404) },
  { method: 'GET', path: '/offentlig/soeg', expect: all(200) },
  // Published documents only: the aftaledokument and the council report here are drafts, so not public, for anyone.
  { method: 'GET', path: '/offentlig/kommuner/:code/boligorganisationer/:organisationId/aftaledokumenter/:id', expect: all(404) },
  {
    method: 'GET',
    path: '/offentlig/kommuner/:code/boligorganisationer/:organisationId/aftaledokumenter/:id/aftaledokument.pdf',
    expect: all(404),
  },
  { method: 'GET', path: '/offentlig/kommuner/:code/redegoerelser/:year', expect: all(404) },
  { method: 'GET', path: '/offentlig/kommuner/:code/redegoerelser/:year/redegoerelse.pdf', expect: all(404) },
  // Feeds and subscriptions: the same for everyone; a sign-up without an address is refused at the field; an unknown token is no subscription.
  { method: 'GET', path: '/offentlig/kommuner/:code/feed.atom', expect: all(200) },
  { method: 'GET', path: '/offentlig/kommuner/:code/boligorganisationer/:id/feed.atom', expect: all(200) },
  { method: 'GET', path: '/offentlig/kommuner/:code/boligorganisationer/:organisationId/afdelinger/:id/feed.atom', expect: all(200) },
  { method: 'POST', path: '/offentlig/kommuner/:code/abonnement', expect: all(400) },
  { method: 'POST', path: '/offentlig/kommuner/:code/boligorganisationer/:id/abonnement', expect: all(400) },
  { method: 'POST', path: '/offentlig/kommuner/:code/boligorganisationer/:organisationId/afdelinger/:id/abonnement', expect: all(400) },
  { method: 'GET', path: '/offentlig/abonnementer/bekraeft/:token', expect: all(404) },
  { method: 'POST', path: '/offentlig/abonnementer/bekraeft/:token', expect: all(404) },
  { method: 'GET', path: '/offentlig/abonnementer/afmeld/:token', expect: all(404) },
  // One-click unsubscribe (RFC 8058) is idempotent: a token already used, or unknown, is answered as done.
  { method: 'POST', path: '/offentlig/abonnementer/afmeld/:token', expect: all(200) },
  // Open data: the same for everyone; the meeting here has no approved minutes, so it and its parts are not public.
  { method: 'GET', path: '/oparl', expect: all(302) },
  { method: 'GET', path: '/oparl/v1.1/system', expect: all(200) },
  { method: 'GET', path: '/oparl/v1.1/bodies', expect: all(200) },
  { method: 'GET', path: '/oparl/v1.1/bodies/:code', expect: all(200) },
  { method: 'GET', path: '/oparl/v1.1/bodies/:code/organizations', expect: all(200) },
  { method: 'GET', path: '/oparl/v1.1/bodies/:code/organizations/:key', expect: all(200) },
  { method: 'GET', path: '/oparl/v1.1/bodies/:code/persons', expect: all(200) },
  { method: 'GET', path: '/oparl/v1.1/bodies/:code/memberships', expect: all(200) },
  { method: 'GET', path: '/oparl/v1.1/bodies/:code/meetings', expect: all(200) },
  { method: 'GET', path: '/oparl/v1.1/bodies/:code/meetings/:id', expect: all(404) },
  { method: 'GET', path: '/oparl/v1.1/bodies/:code/meetings/:id/agenda-items/:number', expect: all(404) },
  { method: 'GET', path: '/oparl/v1.1/bodies/:code/papers', expect: all(200) },
  { method: 'GET', path: '/oparl/v1.1/bodies/:code/papers/:id', expect: all(404) },
  { method: 'GET', path: '/oparl/v1.1/bodies/:code/files', expect: all(200) },
  { method: 'GET', path: '/oparl/v1.1/bodies/:code/files/:key', expect: all(404) },
  { method: 'GET', path: '/offentlig/data/:file', expect: all(200) },
  { method: 'GET', path: '/offentlig/data/kommuner/:code/:file', expect: all(200) },
  { method: 'GET', path: '/sitemap.xml', expect: all(200) },
  { method: 'GET', path: '/robots.txt', expect: all(200) },
  { method: 'GET', path: '/boligorganisationer', expect: loggedIn(200) },
  { method: 'GET', path: '/boligorganisationer/ny', expect: createOrg(200) },
  { method: 'POST', path: '/boligorganisationer', expect: createOrg(400) },
  { method: 'GET', path: '/boligorganisationer/:id', expect: viewX(200) },
  { method: 'GET', path: '/boligorganisationer/:id/rediger', expect: editX(200) },
  { method: 'POST', path: '/boligorganisationer/:id', expect: editX(400) },
  // Deactivating is the supervisor's decision; an unconfirmed POST is sent to the confirmation step.
  { method: 'GET', path: '/boligorganisationer/:id/deaktiver', expect: supervise(200) },
  { method: 'POST', path: '/boligorganisationer/:id/deaktiver', expect: supervise(303) },
  { method: 'POST', path: '/boligorganisationer/:id/genaktiver', expect: supervise(303) },
  { method: 'GET', path: '/boligorganisationer/:id/afdelinger/ny', expect: editX(200) },
  { method: 'POST', path: '/boligorganisationer/:id/afdelinger', expect: editX(400) },
  { method: 'GET', path: '/afdelinger', expect: loggedIn(200) },
  { method: 'GET', path: '/afdelinger/:id', expect: viewX(200) },
  { method: 'GET', path: '/afdelinger/:id/rediger', expect: editX(200) },
  // Key figures are not public: the estate's and the organisation's parties see them, others get 404.
  { method: 'GET', path: '/afdelinger/:id/noegletal', expect: viewX(200) },
  { method: 'GET', path: '/afdelinger/:id/noegletal/:indicator/udvikling.svg', expect: viewX(200) },
  { method: 'GET', path: '/afdelinger/:id/noegletal/:indicator/udvikling.csv', expect: viewX(200) },
  { method: 'GET', path: '/boligorganisationer/:id/noegletal', expect: viewX(200) },
  { method: 'GET', path: '/boligorganisationer/:id/noegletal/praesentation', expect: viewX(200) },
  { method: 'GET', path: '/boligorganisationer/:id/noegletal/:indicator/udvikling.svg', expect: viewX(200) },
  { method: 'GET', path: '/boligorganisationer/:id/noegletal/:indicator/udvikling.csv', expect: viewX(200) },
  { method: 'POST', path: '/afdelinger/:id', expect: editX(400) },
  { method: 'GET', path: '/afdelinger/:id/deaktiver', expect: editX(200) },
  { method: 'POST', path: '/afdelinger/:id/deaktiver', expect: editX(303) },
  { method: 'POST', path: '/afdelinger/:id/genaktiver', expect: editX(303) },
  { method: 'GET', path: '/boligorganisationer/:id/afdelinger/import', expect: editX(200) },
  { method: 'GET', path: '/boligorganisationer/:id/afdelinger/import/skabelon.csv', expect: editX(200) },
  { method: 'POST', path: '/boligorganisationer/:id/afdelinger/import', expect: editX(400) },
  { method: 'GET', path: '/boligorganisationer/:id/afdelinger/import/:importId', expect: editX(404) },
  { method: 'POST', path: '/boligorganisationer/:id/afdelinger/import/:importId', expect: editX(404) },
  { method: 'POST', path: '/boligorganisationer/:id/afdelinger/import/:importId/annuller', expect: editX(404) },
  { method: 'GET', path: '/administrationsorganisationer', expect: loggedIn(200) },
  { method: 'GET', path: '/administrationsorganisationer/ny', expect: adminOnly(200) },
  { method: 'POST', path: '/administrationsorganisationer', expect: adminOnly(400) },
  { method: 'GET', path: '/administrationsorganisationer/:id', expect: loggedIn(200) },
  { method: 'GET', path: '/administrationsorganisationer/:id/rediger', expect: loggedIn(403, { admin: 200, staff: 200 }) },
  { method: 'POST', path: '/administrationsorganisationer/:id', expect: loggedIn(403, { admin: 400, staff: 400 }) },
  { method: 'GET', path: '/administrationsorganisationer/:id/deaktiver', expect: adminOnly(200) },
  { method: 'POST', path: '/administrationsorganisationer/:id/deaktiver', expect: adminOnly(303) },
  { method: 'POST', path: '/administrationsorganisationer/:id/genaktiver', expect: adminOnly(303) },
  { method: 'GET', path: '/personer', expect: loggedIn(200) },
  { method: 'GET', path: '/personer/ny', expect: loggedIn(200, { muniReader: 403, orgReader: 403 }) },
  { method: 'POST', path: '/personer', expect: loggedIn(400, { muniReader: 403, orgReader: 403 }) },
  { method: 'GET', path: '/personer/:id', expect: viewX(200) },
  { method: 'GET', path: '/personer/:id/rediger', expect: editX(200) },
  { method: 'POST', path: '/personer/:id', expect: editX(400) },
  { method: 'GET', path: '/personer/:id/medlemskaber/ny', expect: editX(200) },
  { method: 'POST', path: '/personer/:id/medlemskaber', expect: editX(400) },
  { method: 'GET', path: '/medlemskaber/:id/rediger', expect: editX(200) },
  { method: 'POST', path: '/medlemskaber/:id', expect: editX(400) },
  { method: 'GET', path: '/medlemskaber/:id/afslut', expect: editX(200) },
  { method: 'POST', path: '/medlemskaber/:id/afslut', expect: editX(303) },
  { method: 'POST', path: '/medlemskaber/:id/genoptag', expect: editX(409) },
  { method: 'GET', path: '/fora', expect: all(200) },
  { method: 'GET', path: '/fora/ny', expect: createOrg(200) },
  { method: 'POST', path: '/fora', expect: createOrg(400) },
  { method: 'GET', path: '/fora/:id', expect: all(200) },
  { method: 'GET', path: '/fora/:id/rediger', expect: loggedIn(403, { admin: 200, muniEditor: 200 }) },
  { method: 'POST', path: '/fora/:id', expect: loggedIn(403, { admin: 400, muniEditor: 400 }) },
  { method: 'GET', path: '/fora/:id/nedlaeg', expect: loggedIn(403, { admin: 200, muniEditor: 200 }) },
  { method: 'POST', path: '/fora/:id/nedlaeg', expect: loggedIn(403, { admin: 303, muniEditor: 303 }) },
  { method: 'POST', path: '/fora/:id/genopret', expect: loggedIn(403, { admin: 303, muniEditor: 303 }) },
  { method: 'GET', path: '/boligorganisationer/:id/styringsdialog', expect: loggedIn(302) },
  { method: 'GET', path: '/boligorganisationer/:id/styringsdialog/:year', expect: viewX(200) },
  { method: 'POST', path: '/boligorganisationer/:id/styringsdialog/:year/fase', expect: supervise(400) },
  { method: 'POST', path: '/boligorganisationer/:id/styringsdialog/:year/moede', expect: supervise(409) },
  { method: 'POST', path: '/boligorganisationer/:id/styringsdialog/hyppighed', expect: supervise(400) },
  { method: 'GET', path: '/tilsyn', expect: loggedIn(200, { orgEditor: 302, orgReader: 302, otherOrg: 302, staff: 302, otherStaff: 302 }) },
  { method: 'GET', path: '/tilsyn.xlsx', expect: loggedIn(200) },
  { method: 'GET', path: '/mine-dialoger', expect: loggedIn(200, { admin: 302, muniEditor: 302, muniReader: 302, otherMuni: 302 }) },
  { method: 'GET', path: '/kommuner/:code/aarshjul', expect: loggedIn(404, { admin: 200, muniEditor: 200, muniReader: 200 }) },
  { method: 'GET', path: '/boligorganisationer/:id/aarshjul', expect: viewX(200) },
  { method: 'GET', path: '/kommuner/:code/aarshjul.svg', expect: loggedIn(404, { admin: 200, muniEditor: 200, muniReader: 200 }) },
  { method: 'GET', path: '/boligorganisationer/:id/aarshjul.svg', expect: viewX(200) },
  {
    method: 'GET',
    path: '/kommuner/:code/aarshjul/indstillinger',
    expect: loggedIn(404, { admin: 200, muniEditor: 200, muniReader: 200 }),
  },
  {
    method: 'POST',
    path: '/kommuner/:code/aarshjul/indstillinger',
    expect: loggedIn(404, { admin: 400, muniEditor: 400, muniReader: 403, orgReader: 403 }),
  },
  { method: 'GET', path: '/boligorganisationer/:id/styringsdialog/:year/dokumentationspakke', expect: viewX(200) },
  // Item and file 999999 do not exist: the organisation's side is told so before anything about the package.
  {
    method: 'POST',
    path: '/boligorganisationer/:id/styringsdialog/:year/dokumentationspakke/punkter/:itemId/filer',
    expect: organisationSide(404),
  },
  {
    method: 'GET',
    path: '/boligorganisationer/:id/styringsdialog/:year/dokumentationspakke/filer/:fileId/fjern',
    expect: organisationSide(404),
  },
  {
    method: 'POST',
    path: '/boligorganisationer/:id/styringsdialog/:year/dokumentationspakke/filer/:fileId/fjern',
    expect: organisationSide(404),
  },
  {
    method: 'POST',
    path: '/boligorganisationer/:id/styringsdialog/:year/dokumentationspakke/filer/:fileId/genindsaet',
    expect: organisationSide(404),
  },
  { method: 'GET', path: '/boligorganisationer/:id/styringsdialog/:year/dokumentationspakke/filer/:fileId', expect: loggedIn(404) },
  { method: 'POST', path: '/boligorganisationer/:id/styringsdialog/:year/dokumentationspakke/send', expect: organisationSide(400) },
  // Organisation X's package is not opened (its dialogue is not convened): the supervisor finds nothing to review.
  {
    method: 'POST',
    path: '/boligorganisationer/:id/styringsdialog/:year/dokumentationspakke/punkter/:itemId/vurdering',
    expect: supervise(404),
  },
  { method: 'POST', path: '/boligorganisationer/:id/styringsdialog/:year/dokumentationspakke/returner', expect: supervise(404) },
  { method: 'POST', path: '/boligorganisationer/:id/styringsdialog/:year/dokumentationspakke/accepter', expect: supervise(404) },
  { method: 'GET', path: '/konto/kalender', expect: loggedIn(200) },
  { method: 'POST', path: '/konto/kalender', expect: loggedIn(200) },
  { method: 'POST', path: '/konto/kalender/slet', expect: loggedIn(303) },
  { method: 'GET', path: '/kalender/:file', expect: all(404) },
  { method: 'POST', path: '/boligorganisationer/:id/styringsdialog/:year/dokumentationspakke/punkter', expect: supervise(400) },
  { method: 'GET', path: '/kommuner/:code/dokumentationspakke', expect: loggedIn(404, { admin: 200, muniEditor: 200, muniReader: 200 }) },
  {
    method: 'POST',
    path: '/kommuner/:code/dokumentationspakke',
    expect: loggedIn(404, { admin: 400, muniEditor: 400, muniReader: 403, orgReader: 403 }),
  },
  { method: 'POST', path: '/kommuner/:code/dokumentationspakke/:itemId', expect: loggedIn(404, { muniReader: 403, orgReader: 403 }) },
  { method: 'GET', path: '/kommuner/:code/dokumentationspakke/:itemId/rediger', expect: loggedIn(404, { muniReader: 403 }) },
  { method: 'GET', path: '/kommuner/:code/dokumentsoegning', expect: loggedIn(404, { admin: 200, muniEditor: 200, muniReader: 200 }) },
  { method: 'GET', path: '/moeder', expect: loggedIn(200, { muniEditor: 302, muniReader: 302, otherMuni: 302 }) },
  { method: 'GET', path: '/kommuner/:code/moeder', expect: loggedIn(200) },
  { method: 'GET', path: '/kommuner/:code/moeder/nyt', expect: loggedIn(403, { admin: 200, muniEditor: 200 }) },
  { method: 'POST', path: '/kommuner/:code/moeder', expect: loggedIn(403, { admin: 400, muniEditor: 400 }) },
  { method: 'GET', path: '/kommuner/:code/moeder/importer', expect: loggedIn(403, { admin: 200, muniEditor: 200 }) },
  { method: 'POST', path: '/kommuner/:code/moeder/importer', expect: loggedIn(403, { admin: 400, muniEditor: 400 }) },
  { method: 'POST', path: '/kommuner/:code/moeder/importer/gem', expect: loggedIn(403, { admin: 400, muniEditor: 400 }) },
  { method: 'GET', path: '/moeder/:id', expect: viewX(200) },
  { method: 'GET', path: '/moeder/:id/historik', expect: supervise(200) },
  { method: 'POST', path: '/moeder/:id', expect: supervise(400) },
  { method: 'POST', path: '/moeder/:id/deltagere', expect: supervise(400) },
  { method: 'POST', path: '/moeder/:id/deltagere/:pid', expect: supervise(400) },
  { method: 'POST', path: '/moeder/:id/forslag', expect: supervise(400) },
  // Action item, item and decision 999999 do not exist.
  { method: 'POST', path: '/moeder/:id/opfoelgning/:aid', expect: supervise(404) },
  { method: 'POST', path: '/moeder/:id/indkald', expect: supervise(400) },
  { method: 'POST', path: '/moeder/:id/punkter', expect: supervise(400) },
  { method: 'GET', path: '/moeder/:id/punkter/:itemId', expect: loggedIn(404) },
  { method: 'POST', path: '/moeder/:id/punkter/:itemId', expect: supervise(404) },
  { method: 'POST', path: '/moeder/:id/punkter/:itemId/flyt', expect: supervise(404) },
  { method: 'GET', path: '/moeder/:id/punkter/:itemId/slet', expect: supervise(404) },
  { method: 'POST', path: '/moeder/:id/punkter/:itemId/slet', expect: supervise(404) },
  { method: 'POST', path: '/moeder/:id/punkter/:itemId/beslutninger', expect: supervise(404) },
  { method: 'GET', path: '/moeder/:id/beslutninger/:did/slet', expect: supervise(404) },
  { method: 'POST', path: '/moeder/:id/beslutninger/:did/slet', expect: supervise(404) },
  { method: 'POST', path: '/moeder/:id/punkter/:itemId/opfoelgning', expect: supervise(404) },
  // A stale version (none is sent) is a conflict; the draft is not sent for comments, so approving is one too.
  { method: 'POST', path: '/moeder/:id/referat/send', expect: supervise(409) },
  { method: 'POST', path: '/moeder/:id/referat/godkend', expect: editX(409) },
  { method: 'POST', path: '/moeder/:id/referat/ny-version', expect: supervise(409) },
  { method: 'POST', path: '/moeder/:id/referat/kommentar', expect: editX(400) },
  { method: 'GET', path: '/moeder/:id/referat/versioner/:version', expect: loggedIn(404) },
  { method: 'POST', path: '/moeder/:id/punkter/:itemId/bilag', expect: supervise(404) },
  { method: 'GET', path: '/moeder/:id/bilag/:fileId/fjern', expect: supervise(404) },
  { method: 'POST', path: '/moeder/:id/bilag/:fileId/fjern', expect: supervise(404) },
  { method: 'GET', path: '/moeder/:id/bilag/:fileId', expect: loggedIn(404) },
  { method: 'GET', path: '/moeder/:id/:file{(dagsorden|referat)\\.(pdf|docx)}', expect: viewX(200) },
  { method: 'GET', path: '/noegletal/trafiklys', expect: loggedIn(200) },
  { method: 'GET', path: '/noegletal/trafiklys/:indicator', expect: adminOnly(200) },
  { method: 'POST', path: '/noegletal/trafiklys/:indicator', expect: adminOnly(400) },
  { method: 'GET', path: '/noegletal/trafiklys/:indicator/fjern', expect: adminOnly(200) },
  { method: 'POST', path: '/noegletal/trafiklys/:indicator/fjern', expect: adminOnly(303) },
  { method: 'GET', path: '/kommuner/:code/trafiklys', expect: loggedIn(200) },
  { method: 'GET', path: '/kommuner/:code/trafiklys/:indicator', expect: loggedIn(403, { admin: 200, muniEditor: 200 }) },
  { method: 'POST', path: '/kommuner/:code/trafiklys/:indicator', expect: loggedIn(403, { admin: 400, muniEditor: 400 }) },
  // The municipality has no rule of its own to leave: the confirmation step sends it back to the list.
  { method: 'GET', path: '/kommuner/:code/trafiklys/:indicator/standard', expect: loggedIn(403, { admin: 303, muniEditor: 303 }) },
  { method: 'POST', path: '/kommuner/:code/trafiklys/:indicator/standard', expect: loggedIn(403, { admin: 303, muniEditor: 303 }) },
  { method: 'GET', path: '/boligorganisationer/:id/handlingsplaner', expect: viewX(200) },
  { method: 'GET', path: '/handlingsplaner/:id', expect: viewX(200) },
  { method: 'POST', path: '/handlingsplaner/:id', expect: organisationSide(400) },
  { method: 'GET', path: '/handlingsplaner/:id/behandlet', expect: supervise(200) },
  { method: 'POST', path: '/handlingsplaner/:id/behandlet', expect: supervise(303) },
  // No version is sent: a conflict.
  { method: 'POST', path: '/handlingsplaner/:id/genaabn', expect: supervise(409) },
  { method: 'GET', path: '/admin', expect: adminOnly(200) },
  { method: 'GET', path: '/admin/brugere', expect: adminOnly(200) },
  { method: 'POST', path: '/admin/brugere', expect: adminOnly(400) },
  { method: 'GET', path: '/admin/brugere/:id/deaktiver', expect: adminOnly(200) },
  { method: 'POST', path: '/admin/brugere/:id/deaktiver', expect: adminOnly(303) },
  { method: 'POST', path: '/admin/brugere/:id/genaktiver', expect: adminOnly(303) },
  { method: 'GET', path: '/admin/udbakke', expect: adminOnly(200) },
  { method: 'GET', path: '/admin/historik', expect: adminOnly(200) },
  // Key figures: the catalogue is read by everyone logged in and changed by the admin.
  { method: 'GET', path: '/noegletal/katalog', expect: loggedIn(200) },
  { method: 'GET', path: '/admin/noegletal', expect: adminOnly(200) },
  { method: 'GET', path: '/admin/noegletal/ny', expect: adminOnly(200) },
  { method: 'POST', path: '/admin/noegletal', expect: adminOnly(400) },
  { method: 'GET', path: '/admin/noegletal/:code/rediger', expect: adminOnly(200) },
  { method: 'POST', path: '/admin/noegletal/:code', expect: adminOnly(400) },
  { method: 'GET', path: '/admin/noegletal/:code/deaktiver', expect: adminOnly(200) },
  { method: 'POST', path: '/admin/noegletal/:code/deaktiver', expect: adminOnly(303) },
  { method: 'POST', path: '/admin/noegletal/:code/genaktiver', expect: adminOnly(303) },
  // Data quality: read by whoever sees the organisation, resolved by whoever may edit it.
  { method: 'GET', path: '/boligorganisationer/:id/datakvalitet', expect: viewX(200) },
  { method: 'POST', path: '/boligorganisationer/:id/datakvalitet', expect: editX(400) },
  // Housing areas under monitoring (§ 61 a/b): the area holds organisation X's estate in Hillerød. An organisation
  // or administrator elsewhere sees the municipality's list with none of its areas.
  { method: 'GET', path: '/kommuner/:code/boligomraader', expect: loggedIn(200, { otherMuni: 404 }) },
  { method: 'GET', path: '/kommuner/:code/boligomraader/nyt', expect: loggedIn(403, { admin: 200, muniEditor: 200 }) },
  { method: 'POST', path: '/kommuner/:code/boligomraader', expect: loggedIn(403, { admin: 400, muniEditor: 400 }) },
  { method: 'GET', path: '/kommuner/:code/boligomraader/import', expect: loggedIn(403, { admin: 200, muniEditor: 200 }) },
  { method: 'GET', path: '/kommuner/:code/boligomraader/import/skabelon.csv', expect: loggedIn(403, { admin: 200, muniEditor: 200 }) },
  { method: 'POST', path: '/kommuner/:code/boligomraader/import', expect: loggedIn(403, { admin: 400, muniEditor: 400 }) },
  { method: 'GET', path: '/boligomraader', expect: adminOnly(200) },
  { method: 'GET', path: '/boligomraader/graensevaerdier', expect: adminOnly(200) },
  { method: 'GET', path: '/boligomraader/graensevaerdier/ny', expect: adminOnly(200) },
  { method: 'POST', path: '/boligomraader/graensevaerdier', expect: adminOnly(400) },
  { method: 'GET', path: '/boligomraader/:id', expect: viewX(200) },
  { method: 'GET', path: '/boligomraader/:id/rediger', expect: supervise(200) },
  { method: 'POST', path: '/boligomraader/:id', expect: supervise(400) },
  { method: 'GET', path: '/boligomraader/:id/deaktiver', expect: supervise(200) },
  { method: 'POST', path: '/boligomraader/:id/deaktiver', expect: supervise(303) },
  { method: 'POST', path: '/boligomraader/:id/genaktiver', expect: supervise(303) },
  { method: 'GET', path: '/boligomraader/:id/tal', expect: supervise(200) },
  { method: 'POST', path: '/boligomraader/:id/tal', expect: supervise(400) },
  // Letting agreements: the two parties' business. X's draft in Hillerød; an organisation elsewhere sees the municipality's
  // list with none of its agreements. The organisation submits, the municipality approves or sends back; no version is sent: a conflict.
  { method: 'GET', path: '/kommuner/:code/udlejningsaftaler', expect: loggedIn(200, { otherMuni: 404 }) },
  { method: 'GET', path: '/boligorganisationer/:id/udlejningsaftaler', expect: viewX(200) },
  { method: 'GET', path: '/boligorganisationer/:id/udlejningsaftaler/ny', expect: editX(200) },
  { method: 'POST', path: '/boligorganisationer/:id/udlejningsaftaler', expect: editX(400) },
  { method: 'GET', path: '/udlejningsaftaler/:id', expect: viewX(200) },
  { method: 'GET', path: '/udlejningsaftaler/:id/rediger', expect: editX(200) },
  { method: 'POST', path: '/udlejningsaftaler/:id', expect: editX(400) },
  { method: 'POST', path: '/udlejningsaftaler/:id/indsend', expect: organisationSide(409) },
  { method: 'POST', path: '/udlejningsaftaler/:id/godkend', expect: supervise(409) },
  { method: 'POST', path: '/udlejningsaftaler/:id/tilbage', expect: supervise(409) },
  // Importing figures: anyone who may change an organisation; each line is checked against which. A preview is its maker's.
  { method: 'GET', path: '/noegletal/import', expect: importer(200) },
  { method: 'GET', path: '/noegletal/import/skabelon.csv', expect: importer(200) },
  { method: 'GET', path: '/noegletal/import/skabelon.xlsx', expect: importer(200) },
  { method: 'POST', path: '/noegletal/import', expect: importer(400) },
  { method: 'GET', path: '/noegletal/import/:importId', expect: importer(404) },
  { method: 'POST', path: '/noegletal/import/:importId', expect: importer(404) },
  { method: 'POST', path: '/noegletal/import/:importId/annuller', expect: importer(404) },
  // Agreements: read by X's parties, written by its supervisor, followed up by both sides. A decision that does not exist is 404.
  { method: 'GET', path: '/boligorganisationer/:id/styringsdialog/:year/aftaler', expect: viewX(200) },
  { method: 'GET', path: '/boligorganisationer/:id/styringsdialog/:year/aftaler/ny', expect: supervise(200) },
  { method: 'POST', path: '/boligorganisationer/:id/styringsdialog/:year/aftaler', expect: supervise(400) },
  { method: 'GET', path: '/aftaler/:id', expect: viewX(200) },
  { method: 'GET', path: '/aftaler/:id/rediger', expect: supervise(200) },
  { method: 'POST', path: '/aftaler/:id', expect: supervise(400) },
  { method: 'POST', path: '/aftaler/:id/status', expect: supervise(400) },
  { method: 'POST', path: '/aftaler/:id/opfoelgning', expect: { ...organisationSide(400), muniEditor: 400 } },
  { method: 'POST', path: '/beslutninger/:did/aftale', expect: loggedIn(404, { muniReader: 403, orgReader: 403 }) },
  // The aftaledokument: X's version 1 approved by both parties, its meeting not held, so no step gets through to a write.
  { method: 'GET', path: '/boligorganisationer/:id/styringsdialog/:year/aftaledokument', expect: viewX(200) },
  { method: 'POST', path: '/boligorganisationer/:id/styringsdialog/:year/aftaledokument', expect: supervise(400) },
  { method: 'GET', path: '/aftaledokumenter/:id', expect: viewX(200) },
  { method: 'GET', path: '/aftaledokumenter/:id/sektioner/:key', expect: supervise(200) },
  { method: 'POST', path: '/aftaledokumenter/:id/sektioner/:key', expect: supervise(400) },
  { method: 'POST', path: '/aftaledokumenter/:id/opdater', expect: supervise(400) },
  { method: 'POST', path: '/aftaledokumenter/:id/send', expect: supervise(409) },
  { method: 'POST', path: '/aftaledokumenter/:id/godkend', expect: editX(409) },
  { method: 'POST', path: '/aftaledokumenter/:id/offentliggoer', expect: supervise(409) },
  { method: 'POST', path: '/aftaledokumenter/:id/ret', expect: supervise(409) },
  { method: 'GET', path: '/aftaledokumenter/:id/slet', expect: supervise(200) },
  { method: 'POST', path: '/aftaledokumenter/:id/slet', expect: supervise(400) },
  { method: 'GET', path: '/aftaledokumenter/:id/forskelle', expect: viewX(404) },
  { method: 'GET', path: '/aftaledokumenter/:id/:file{aftaledokument\\.(pdf|docx)}', expect: viewX(200) },
  // The council report (a draft here): the municipality's staff read it, its editors write it; everyone else is told nothing (404).
  { method: 'GET', path: '/kommuner/:code/redegoerelser', expect: muniDraft(200) },
  { method: 'GET', path: '/kommuner/:code/redegoerelser/:year', expect: muniDraft(200) },
  { method: 'GET', path: '/kommuner/:code/redegoerelser/:year/:file{redegoerelse\\.(pdf|docx)}', expect: muniDraft(200) },
  { method: 'POST', path: '/kommuner/:code/redegoerelser/:year/opret', expect: muniWrite(303) },
  { method: 'POST', path: '/kommuner/:code/redegoerelser/:year/opdater', expect: muniWrite(409) },
  { method: 'POST', path: '/kommuner/:code/redegoerelser/:year/godkend', expect: muniWrite(409) },
  { method: 'POST', path: '/kommuner/:code/redegoerelser/:year/genaabn', expect: muniWrite(400) },
  { method: 'GET', path: '/kommuner/:code/redegoerelser/:year/sektioner/:key', expect: muniWrite(200) },
  { method: 'POST', path: '/kommuner/:code/redegoerelser/:year/sektioner/:key', expect: muniWrite(400) },
];

/** Fills a route's parameters with the ids of organisation X and its rows. */
function concrete(path: string): string {
  return path
    .replace('/afdelinger/:id/noegletal/:indicator', '/afdelinger/:id/noegletal/henlaeggelser')
    .replace('/noegletal/:indicator', '/noegletal/dispositionsfond_bolig')
    .replace('/boligorganisationer/:id', `/boligorganisationer/${ids.orgX}`)
    .replace('/boligorganisationer/:organisationId', `/boligorganisationer/${ids.orgX}`)
    .replace('/referater/:id', `/referater/${ids.meeting}`)
    .replace('/bodies/:code/organizations/:key', `/bodies/0219/organizations/boligorganisation-${ids.orgX}`)
    .replace('/bodies/:code/meetings/:id', `/bodies/0219/meetings/${ids.meeting}`)
    .replace('/bodies/:code/papers/:id', `/bodies/0219/papers/${ids.agreement}`)
    .replace('/bodies/:code/files/:key', `/bodies/0219/files/referat-${ids.meeting}`)
    .replace('/agenda-items/:number', '/agenda-items/1')
    .replace('/bodies/:code', '/bodies/0219')
    .replace('/offentlig/data/kommuner/:code/:file', '/offentlig/data/kommuner/0219/aftaler.csv')
    .replace('/offentlig/data/:file', '/offentlig/data/aftaler.csv')
    .replace('/moeder/:id', `/moeder/${ids.meeting}`)
    .replace('/handlingsplaner/:id', `/handlingsplaner/${ids.actionPlan}`)
    .replace('/aftaler/:id', `/aftaler/${ids.agreement}`)
    .replace('/aftaledokumenter/:id/sektioner/:key', '/aftaledokumenter/:id/sektioner/moede')
    .replace('/aftaledokumenter/:id', `/aftaledokumenter/${ids.agreementDocument}`)
    .replace(':file{aftaledokument\\.(pdf|docx)}', 'aftaledokument.pdf')
    .replace(':indicator', 'henlaeggelser')
    .replace(':file{(dagsorden|referat)\\.(pdf|docx)}', 'referat.pdf')
    .replace(':file{redegoerelse\\.(pdf|docx)}', 'redegoerelse.pdf')
    .replace('/sektioner/:key', '/sektioner/indledning')
    .replace(/:(pid|aid|did|version)\b/, '999999')
    .replace('/afdelinger/:id', `/afdelinger/${ids.estateX}`)
    .replace('/admin/brugere/:id', `/admin/brugere/${ids.someUser}`)
    .replace('/admin/noegletal/:code', '/admin/noegletal/henlaeggelser')
    .replace('/administrationsorganisationer/:id', `/administrationsorganisationer/${ids.adminA}`)
    .replace('/personer/:id', `/personer/${ids.person}`)
    .replace('/medlemskaber/:id', `/medlemskaber/${ids.membership}`)
    .replace('/fora/:id', `/fora/${ids.forum}`)
    .replace('/boligomraader/:id', `/boligomraader/${ids.area}`)
    .replace('/udlejningsaftaler/:id', `/udlejningsaftaler/${ids.letting}`)
    .replace('/kommuner/:code', '/kommuner/0219')
    .replace(':year', '2026')
    .replace(':itemId', '999999')
    .replace(':fileId', '999999')
    .replace(':token', 'no-such-token')
    .replace(':file', 'no-such-token-0123456789.ics')
    .replace(/:importId/, '999999');
}

beforeAll(async () => {
  t = await createTestContext();
  const db = t.deps.db;
  const adminA = await makeAdministrator(db, { name: 'Administrator A' });
  const adminB = await makeAdministrator(db, { name: 'Administrator B' });
  const orgX = await makeOrganisation(db, { name: 'Organisation X', municipalityCode: '0219', administratorId: adminA.id });
  const orgY = await makeOrganisation(db, { name: 'Organisation Y', municipalityCode: '0370', administratorId: adminB.id });
  const estateX = await makeEstate(db, { organisationId: orgX.id, municipalityCode: '0219' });
  await makeEstate(db, { organisationId: orgY.id, municipalityCode: '0370' });
  await db.insert(estateFigures).values({ estateId: estateX.id, year: 2025, values: { henlaeggelser: 150 } });
  await db.insert(organisationFigures).values({ organisationId: orgX.id, year: 2025, values: { dispositionsfond_bolig: 9000 } });
  const forum = await makeForum(db, { municipalityCode: '0219' });
  const person = await makePerson(db, { name: 'Pia Person' });
  const membership = await makeMembership(db, { personId: person.id, organisationId: orgX.id, title: 'Formand', role: 'formand' });
  const [meeting] = await db
    .insert(meetings)
    .values({ kind: 'dialogmoede', municipalityCode: '0219', organisationId: orgX.id, title: 'Styringsdialogmøde X' })
    .returning();
  const [area] = await db.insert(housingAreas).values({ name: 'Område X', municipalityCode: '0219' }).returning();
  await db.insert(housingAreaEstates).values({ areaId: area.id, estateId: estateX.id });
  const [letting] = await db
    .insert(lettingAgreements)
    .values({
      organisationId: orgX.id,
      municipalityCode: '0219',
      kind: 'kommunal_anvisning',
      sharePercent: 25,
      validFrom: '2026-01-01',
      validTo: '2029-12-31',
    })
    .returning();
  await db.insert(lettingAgreementEstates).values({ agreementId: letting.id, estateId: estateX.id });
  const [actionPlan] = await db.insert(actionPlans).values({ estateId: estateX.id, year: 2024 }).returning();
  const [agreement] = await db
    .insert(agreements)
    .values({ organisationId: orgX.id, governanceYear: 2026, theme: 'andet', text: 'Aftale X', responsibleSide: 'begge' })
    .returning();
  const [agreementDocument] = await db
    .insert(agreementDocuments)
    .values({
      organisationId: orgX.id,
      municipalityCode: '0219',
      governanceYear: 2026,
      number: 1,
      status: 'godkendt',
      sentAt: new Date(),
      municipalityApprovedAt: new Date(),
      municipalityApprovedBy: 'Kommunen',
      organisationApprovedAt: new Date(),
      organisationApprovedBy: 'Organisationen',
    })
    .returning();
  await db.insert(agreementDocumentSections).values({
    documentId: agreementDocument.id,
    key: 'moede',
    position: 1,
    heading: 'Mødet og deltagerne',
    text: 'Mødet.',
    generated: true,
  });
  const [report] = await db.insert(councilReports).values({ municipalityCode: '0219', governanceYear: 2026 }).returning();
  await db
    .insert(councilReportSections)
    .values({ reportId: report.id, key: 'indledning', position: 0, heading: 'Indledning', text: 'Indledning.', generated: false });
  const users: Record<Exclude<Caller, 'anon'>, Awaited<ReturnType<typeof makeUser>>> = {
    admin: await makeUser(db, { role: 'admin' }),
    muniEditor: await makeUser(db, { role: 'municipality_editor', municipalityCode: '0219' }),
    muniReader: await makeUser(db, { role: 'municipality_reader', municipalityCode: '0219' }),
    otherMuni: await makeUser(db, { role: 'municipality_editor', municipalityCode: '0370' }),
    orgEditor: await makeUser(db, { role: 'organisation_editor', organisationId: orgX.id }),
    orgReader: await makeUser(db, { role: 'organisation_reader', organisationId: orgX.id }),
    otherOrg: await makeUser(db, { role: 'organisation_editor', organisationId: orgY.id }),
    staff: await makeUser(db, { role: 'administrator_staff', administratorId: adminA.id }),
    otherStaff: await makeUser(db, { role: 'administrator_staff', administratorId: adminB.id }),
  };
  ids = {
    orgX: String(orgX.id),
    estateX: String(estateX.id),
    adminA: String(adminA.id),
    forum: String(forum.id),
    meeting: String(meeting.id),
    actionPlan: String(actionPlan.id),
    agreement: String(agreement.id),
    person: String(person.id),
    membership: String(membership.id),
    someUser: String(users.otherStaff.id),
    area: String(area.id),
    letting: String(letting.id),
    agreementDocument: String(agreementDocument.id),
  };
  clients.anon = t.client();
  for (const [caller, user] of Object.entries(users)) {
    clients[caller as Caller] = t.client();
    await clients[caller as Caller].login(user.email, user.password);
  }
});
afterAll(async () => {
  await t.close();
});

describe('authorisation table', () => {
  it('lists every GET and POST route of the app', () => {
    const routes = t.app.routes
      .filter((r) => (r.method === 'GET' || r.method === 'POST') && !r.path.includes('*'))
      .map((r) => `${r.method} ${r.path}`);
    const inTable = new Set(TABLE.map((r) => `${r.method} ${r.path}`));
    expect([...new Set(routes)].filter((r) => !inTable.has(r))).toEqual([]);
  });

  for (const route of TABLE) {
    it(`${route.method} ${route.path}`, async () => {
      const actual: Partial<Row> = {};
      for (const caller of CALLERS) {
        const client = clients[caller];
        const path = concrete(route.path);
        // Logout would end the caller's session for the rows after it: use a throwaway session.
        const res =
          route.path === '/logout'
            ? await t.client().post(path)
            : route.method === 'GET'
              ? await client.get(path)
              : await client.post(path);
        actual[caller] = res.status;
      }
      expect(actual).toEqual(route.expect);
    });
  }
});
