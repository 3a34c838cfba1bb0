import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, inArray } from 'drizzle-orm';
import { makeForum, makeOrganisation, makeUser } from '../../../demo/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/app.ts';
import { auditEvents } from '../../audit/tables.ts';
import { seed as seedFile } from '../../minutes-import/fixtures/seeds.ts';
import { renderMeetingPdf } from '../export/pdf.ts';
import { sampleMeeting } from '../export/sample.ts';
import { previewValues } from './preview-values.ts';
import { actionItems, agendaItems, decisions, meetingParticipants, meetings, minutesVersions } from '../tables.ts';

/** The seed's bytes, from the copies the repository carries (see minutes-import/fixtures/seeds.ts). */
const seed = (name: string) => readFileSync(seedFile(name.slice(0, 3)).path);
const PATH = '/kommuner/0370/moeder/importer';

let t: TestContext;
let editor: TestClient;
let orgId: number;
let forumId: number;

async function loggedIn(user: { email: string; password: string }) {
  const c = t.client();
  await c.login(user.email, user.password);
  return c;
}

function upload(bytes: Uint8Array | string, name: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set('file', new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]) : null;
};

/** The fields a browser would send for the form posting to `action`. */
function formFields(html: string, action: string): Record<string, string> {
  const start = html.indexOf(`action="${action}"`);
  const form = html.slice(start, html.indexOf('</form>', start));
  const fields: Record<string, string> = {};
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = attr(tag, 'name');
    if (!name) continue;
    if (attr(tag, 'type') === 'checkbox' && !/\schecked(=|\s|>)/.test(tag)) continue;
    fields[name] = attr(tag, 'value') ?? '';
  }
  for (const m of form.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) fields[attr(m[1], 'name')!] = decode(m[2]);
  for (const m of form.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const selected = /<option\b[^>]*\sselected[^>]*>/.exec(m[2]);
    fields[attr(m[1], 'name')!] = selected ? (attr(selected[0], 'value') ?? '') : '';
  }
  return fields;
}

const meetingCount = async () => (await t.deps.db.select({ n: count() }).from(meetings))[0].n;

beforeAll(async () => {
  t = await createTestContext();
  const db = t.deps.db;
  orgId = (await makeOrganisation(db, { name: 'Lejerbo Næstved', municipalityCode: '0370' })).id;
  await makeOrganisation(db, { name: 'Bolig Næstved', municipalityCode: '0370' });
  forumId = (await makeForum(db, { municipalityCode: '0370', name: 'Rådet for Almene Boligforhold' })).id;
  editor = await loggedIn(await makeUser(db, { role: 'municipality_editor', municipalityCode: '0370', name: 'Tove Tilsyn' }));
});
afterAll(async () => {
  await t.close();
});

describe('import of minutes: upload, preview, save', () => {
  let preview: Record<string, string>;

  it("shows the upload form with the municipality's organisations and fora", async () => {
    const res = await editor.get(PATH);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Importér referat i Næstved Kommune');
    expect(html).toContain('id="field-file"');
    expect(html).toContain('Lejerbo Næstved');
    expect(html).toContain('Rådet for Almene Boligforhold');
  });

  it('reads seed 003 into an editable preview, with the organisation found by name', async () => {
    const res = await editor.postMultipart(PATH, upload(seed('003_9dc616a694c79898.txt'), '003_9dc616a694c79898.txt'));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Kontrollér det importerede referat');
    expect(html).toContain('Læst: 8 punkter');
    expect(html).toContain('Referatet gemmes som godkendt og låst');
    expect(html).toContain('value="Opfølgning på aftaledokument fra 2020"');
    expect(html).toMatch(/<legend[^>]*>Punkt 8<\/legend>/);
    expect(html).toContain('Udelad punktet');
    preview = formFields(html, `${PATH}/gem`);
    expect(preview.kind).toBe('dialogmoede');
    expect(preview.organisationId).toBe(String(orgId));
    expect(preview.fileName).toBe('003_9dc616a694c79898.txt');
    expect(preview.itemCount).toBe('8');
    // Item 4 holds what was agreed; the exact sentences are the parser's business.
    expect(preview['item-3-decisions']).toContain('Det aftales, at Jette');
    expect(preview['item-3-actions']).toMatch(/; Jette$/m);
  });

  it('reads participants, absent ones and the date (seed 002) and tells when the municipality differs', async () => {
    const res = await editor.postMultipart(PATH, upload(seed('002_d447ed9d60df14ef.txt'), 'raadsmoede.txt'));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('dato 7. april 2021');
    expect(html).toContain('og 1 fraværende');
    expect(html).toContain('Referatet nævner Helsingør Kommune, men du importerer det til Næstved Kommune.');
    const fields = formFields(html, `${PATH}/gem`);
    expect(fields.participants).toContain('Palle Wørmann');
    expect(fields.absent.split('\n')).toHaveLength(1);
    expect(fields.date).toBe('2021-04-07');
    expect(fields.startTime).toBe('10:00'); // "Mødedato Onsdag d. 07. april 2021 kl. 10:00"
    expect(fields.kind).toBe('forum');
    expect(fields.forumId).toBe(String(forumId));
    expect(html).toContain('4 punkter er skrevet som en formel sag');

    // Saved, each council case is a formal item: case number, deciding body, sections, absent members.
    const saved = await editor.post(`${PATH}/gem`, fields);
    expect(saved.status).toBe(303);
    const id = Number(/^\/moeder\/(\d+)$/.exec(saved.headers.get('location') ?? '')?.[1]);
    const items = await t.deps.db.select().from(agendaItems).where(eq(agendaItems.meetingId, id)).orderBy(agendaItems.position);
    expect(items[2]).toMatchObject({ caseNumber: '21/4954', decidingBody: 'Byrådet 2018-2021', absent: ['Lisbeth Læssøe'] });
    expect(items[2].sections.indstilling).toMatch(/^Administrationen indstiller, jf sagsfremstillingen/);
    expect(items[2].notes).toMatch(/^Supplerende sagsfremstilling/);
    const councilDecisions = await t.deps.db.select().from(decisions).where(eq(decisions.itemId, items[1].id)).orderBy(decisions.id);
    expect(councilDecisions.map((d) => [d.body, d.decidedOn])).toEqual([
      ['By-, Plan- og Miljøudvalget 2018-2021', '2020-12-03'],
      ['Økonomiudvalget 2018-2021', '2020-12-14'],
      ['Byrådet 2018-2021', '2020-12-21'],
      ['Rådet for Almene Boligforhold', '2021-04-07'],
    ]);
    const page = await (await editor.get(`/moeder/${id}`)).text();
    expect(page).toContain('Sagen afgøres i');
    expect(page).toContain('21/4954');

    // The same file again: the preview warns and links to the meeting it already became.
    const again = await (await editor.postMultipart(PATH, upload(seed('002_d447ed9d60df14ef.txt'), 'raadsmoede.txt'))).text();
    expect(again).toContain('Referatet er måske importeret før');
    expect(again).toContain(`<a href="/moeder/${id}">`);
  });

  it('drops a NUL from the file instead of failing on it', async () => {
    const res = await editor.postMultipart(
      PATH,
      upload('Referat af styringsdialogmøde\u0000 Lejerbo\nDato: 14. marts 2023\n\n1. Velkomst\nVi bød velkommen.\n', 'nul.txt'),
    );
    expect(res.status).toBe(200);
    const fields = formFields(await res.text(), `${PATH}/gem`);
    expect(fields.title).toBe('Referat af styringsdialogmøde Lejerbo');
    expect(fields.date).toBe('2023-03-14');
  });

  it("reads this system's own PDF back with closed items closed, themes and formal cases as fields", async () => {
    const pdf = await renderMeetingPdf(sampleMeeting);
    const res = await editor.postMultipart(
      PATH,
      upload(pdf, 'referat-lejerbo.pdf', { kind: 'dialogmoede', organisationId: String(orgId) }),
    );
    expect(res.status).toBe(200);
    const fields = formFields(await res.text(), `${PATH}/gem`);
    const saved = await editor.post(`${PATH}/gem`, fields);
    expect(saved.status).toBe(303);
    const id = Number(/^\/moeder\/(\d+)$/.exec(saved.headers.get('location') ?? '')?.[1]);
    const items = await t.deps.db.select().from(agendaItems).where(eq(agendaItems.meetingId, id));
    const byTitle = (start: string) => items.find((i) => i.title.startsWith(start))!;
    expect(byTitle('Genhusning af en beboer')).toMatchObject({ closed: true, caseNumber: '22/03117' });
    expect(byTitle('Genhusning af en beboer').notes).toContain('Kommunen og Lejerbo gennemgik sagen.');
    expect(byTitle('Opfølgning på gamle udlejningsaftaler')).toMatchObject({ theme: 'udlejning', closed: false });
    expect(byTitle('Orientering om Byrådets beslutning')).toMatchObject({ caseNumber: '20/25312', decidingBody: 'Byrådet 2018-2021' });
    expect(byTitle('Orientering om Byrådets beslutning').sections.indledning).toContain('Byrådet vedtog i august 2019');
    expect(items.filter((i) => i.closed)).toHaveLength(1);
  });

  it('saves the corrected preview as one approved, locked meeting with items, decisions, actions and history', async () => {
    const before = await meetingCount();
    const res = await editor.post(`${PATH}/gem`, {
      ...preview,
      date: '2022-03-01',
      place: 'Rådhuset',
      participants: 'Jette Hansen; Tilsynsansvarlig; kommune\nLena Andersen; formand; boligorganisation\nBL-konsulent',
      absent: 'Ole Olsen; direktør; boligorganisation',
      'item-0-actions': 'Send oversigten over afdelinger; Lejerbo; 2022-04-01',
      actionsDone: 'on',
    });
    expect(res.status).toBe(303);
    const id = Number(/^\/moeder\/(\d+)$/.exec(res.headers.get('location') ?? '')?.[1]);
    expect(id).toBeGreaterThan(0);
    expect(await meetingCount()).toBe(before + 1);

    const page = await (await editor.get(`/moeder/${id}`)).text();
    for (let n = 1; n <= 8; n++) expect(page).toContain(`<span class="sd-item-number">${n}.</span>`);
    expect(page).toContain('Opfølgning på aftaledokument fra 2020');
    // Where it came from in words, not a raw file name after a label.
    expect(page).toMatch(/Oprettet \d+\. \w+ \d{4} ud fra referatet i filen „003_9dc616a694c79898\.txt“/);
    expect(page).toContain('Godkendt og låst');
    // The imported title already says "Referat": the download is not "Referat Referat …".
    const pdf = await editor.get(`/moeder/${id}/referat.pdf`);
    expect(pdf.headers.get('content-disposition')).toContain('filename="Referat af styringsdialogmoede med Lejerbo.pdf"');

    const db = t.deps.db;
    const [m] = await db.select().from(meetings).where(eq(meetings.id, id));
    expect(m).toMatchObject({
      kind: 'dialogmoede',
      organisationId: orgId,
      forumId: null,
      municipalityCode: '0370',
      place: 'Rådhuset',
      minutesStatus: 'godkendt',
      importedFrom: '003_9dc616a694c79898.txt',
    });
    expect(m.startsAt?.toISOString()).toBe('2022-02-28T23:00:00.000Z');
    const items = await db.select().from(agendaItems).where(eq(agendaItems.meetingId, id)).orderBy(agendaItems.position);
    expect(items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(items.every((i) => i.parentId === null && i.text === '')).toBe(true);
    expect(items[0].notes).toContain('Lejerbo er fortsat interesseret i at få et tættere samarbejde.');
    const itemDecisions = await db.select().from(decisions).where(eq(decisions.itemId, items[3].id));
    expect(itemDecisions.map((d) => d.text)).toEqual(preview['item-3-decisions'].split('\n'));
    const actions = await db.select().from(actionItems).where(eq(actionItems.meetingId, id)).orderBy(actionItems.id);
    const read = Object.keys(preview)
      .filter((k) => k.endsWith('-actions') && k !== 'item-0-actions')
      .flatMap((k) => preview[k].split('\n').filter(Boolean));
    expect(actions).toHaveLength(1 + read.length);
    expect(actions[0]).toMatchObject({
      itemId: items[0].id,
      text: 'Send oversigten over afdelinger',
      responsible: 'Lejerbo',
      due: '2022-04-01',
    });
    expect(actions.find((a) => a.responsible === 'Jette')?.itemId).toBe(items[3].id);
    // Seed 003 has no date, so the preview left "followed up" unticked; the user ticked it.
    expect(preview.actionsDone).toBeUndefined();
    expect(actions.every((a) => a.doneAt !== null && a.doneNote === 'Markeret som udført ved import af referatet')).toBe(true);
    const people = await db
      .select()
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, id))
      .orderBy(meetingParticipants.position);
    expect(people.map((p) => [p.name, p.title, p.side, p.present])).toEqual([
      ['Jette Hansen', 'Tilsynsansvarlig', 'municipality', true],
      ['Lena Andersen', 'formand', 'organisation', true],
      ['BL-konsulent', null, 'other', true],
      ['Ole Olsen', 'direktør', 'organisation', false],
    ]);
    const audit = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'meeting'), eq(auditEvents.entityId, String(id))));
    expect(audit.map((a) => [a.action, a.summary])).toEqual([['import', 'Referat importeret fra 003_9dc616a694c79898.txt']]);
    const frozen = await db.select().from(minutesVersions).where(eq(minutesVersions.meetingId, id));
    expect(frozen).toHaveLength(1);
    expect(frozen[0].text).toContain('1. Opfølgning på aftaledokument fra 2020');
  });

  it('leaves out an item marked "Udelad punktet" and numbers the rest', async () => {
    const res = await editor.post(`${PATH}/gem`, { ...preview, 'item-0-skip': 'on' });
    expect(res.status).toBe(303);
    const id = Number(/\/moeder\/(\d+)/.exec(res.headers.get('location') ?? '')?.[1]);
    const items = await t.deps.db.select().from(agendaItems).where(eq(agendaItems.meetingId, id)).orderBy(agendaItems.position);
    expect(items.map((i) => i.title)[0]).toBe('Dokumentationspakken');
    expect(items).toHaveLength(7);
  });

  it('refuses a bad preview with Danish messages naming the lines, keeps what was typed and saves nothing', async () => {
    const before = await meetingCount();
    const participants = 'Anna Jensen; formand; kommune\nBo Hansen; direktør; boligorganisation\nCarl Berg; konsulent; xyz';
    const res = await editor.post(`${PATH}/gem`, {
      ...preview,
      participants,
      'item-2-actions': 'Ring til Jette; Lejerbo; 2022-02-30',
      'item-5-title': '  ',
      date: '2022-13-01',
    });
    expect(res.status).toBe(400);
    const html = decode(await res.text());
    expect(html).toContain('Deltagere: Linje 3: Siden „xyz“ kendes ikke. Skriv kommune, boligorganisation eller øvrige.');
    expect(html).toContain('Punkt 3, opfølgningspunkter: Linje 1: Fristen „2022-02-30“ er ikke en gyldig dato.');
    expect(html).toContain('Punkt 6: Udfyld punktets titel');
    expect(html).toContain('Mødedatoen er ikke en gyldig dato.');
    expect(html).toContain('href="#field-participants"');
    expect(html).toContain('href="#field-item-2-actions"');
    expect(html).toContain('id="field-item-2-actions"');
    expect(html).toContain(participants);
    expect(html).toContain('Ring til Jette; Lejerbo; 2022-02-30');
    expect(html).toContain('Læst: 8 punkter');
    expect(await meetingCount()).toBe(before);
  });

  it('saves thousands of decision and action lines (inserted in chunks)', async () => {
    // Each textarea takes at most 500 lines; six items of 450 make 2,700 decisions and 2,700 action items.
    const lines = (f: (i: number) => string) => Array.from({ length: 450 }, (_, i) => f(i)).join('\n');
    const many: Record<string, string> = {};
    for (let k = 0; k < 6; k++) {
      many[`item-${k}-decisions`] = lines((i) => `Beslutning ${k}.${i}`);
      many[`item-${k}-actions`] = lines((i) => `Opgave ${k}.${i}; Jette; 2022-05-01`);
    }
    const res = await editor.post(`${PATH}/gem`, { ...preview, date: '2022-03-01', ...many });
    expect(res.status).toBe(303);
    const id = Number(/\/moeder\/(\d+)/.exec(res.headers.get('location') ?? '')?.[1]);
    const itemIds = (await t.deps.db.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.meetingId, id))).map(
      (r) => r.id,
    );
    const [{ n: decided }] = await t.deps.db.select({ n: count() }).from(decisions).where(inArray(decisions.itemId, itemIds));
    expect(decided).toBeGreaterThanOrEqual(2700);
    expect((await t.deps.db.select({ n: count() }).from(actionItems).where(eq(actionItems.meetingId, id)))[0].n).toBeGreaterThanOrEqual(
      2700,
    );
  });

  it('saves sub-items under their item, each level numbered from 1', async () => {
    const sub = (title: string) => ({ number: null, title, text: '', decisions: [], actions: [], items: [] });
    const values = previewValues(
      {
        title: 'Møde i Rådet',
        date: '2021-04-07',
        place: null,
        municipality: null,
        organisations: [],
        participants: [],
        absent: [],
        items: [
          { ...sub('Økonomi'), number: '1', items: [sub('Budget'), sub('Regnskab')] },
          { ...sub('Eventuelt'), decisions: ['Intet'] },
        ],
        header: '',
        other: '',
        warnings: [],
        coverage: { read: 0, placed: 0 },
      },
      {
        fileName: 'raad.docx',
        choice: { kind: 'forum', organisationId: '', forumId: String(forumId) },
        targets: { organisations: [], fora: [] },
        municipalityName: 'Næstved Kommune',
      },
    );
    const res = await editor.post(`${PATH}/gem`, values);
    expect(res.status).toBe(303);
    const id = Number(/\/moeder\/(\d+)/.exec(res.headers.get('location') ?? '')?.[1]);
    const items = await t.deps.db.select().from(agendaItems).where(eq(agendaItems.meetingId, id));
    const byTitle = new Map(items.map((i) => [i.title, i]));
    expect(
      items.map((i) => [i.title, i.position, i.parentId === null ? null : items.find((p) => p.id === i.parentId)?.title]).sort(),
    ).toEqual([
      ['Budget', 1, 'Økonomi'],
      ['Eventuelt', 2, null],
      ['Regnskab', 2, 'Økonomi'],
      ['Økonomi', 1, null],
    ]);
    expect(
      (
        await t.deps.db
          .select()
          .from(decisions)
          .where(eq(decisions.itemId, byTitle.get('Eventuelt')!.id))
      ).map((d) => d.text),
    ).toEqual(['Intet']);
    const [m] = await t.deps.db.select().from(meetings).where(eq(meetings.id, id));
    expect(m).toMatchObject({ kind: 'forum', forumId, organisationId: null });
    const page = await (await editor.get(`/moeder/${id}`)).text();
    expect(page).toContain('<span class="sd-item-number">1.b.</span>');
  });

  it('refuses an organisation of another municipality on the field', async () => {
    const other = await makeOrganisation(t.deps.db, { name: 'Fremmed Bolig', municipalityCode: '0219' });
    const before = await meetingCount();
    const res = await editor.post(`${PATH}/gem`, { ...preview, organisationId: String(other.id) });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Vælg en boligorganisation under kommunens tilsyn.');
    expect(await meetingCount()).toBe(before);
  });
});

describe('import of minutes: files that are not minutes', () => {
  const PNG = Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0,
  ]);

  it.each([
    ['a PNG', PNG, 'billede.png', 'Filen er hverken TXT, DOCX eller PDF'],
    ['a CSV', 'Nr;Navn;Boliger\n1;Agerhønevej;120\n2;Manøvej;80\n', 'afdelinger.csv', 'Filen ligner ikke et referat'],
    ['an empty file', '', 'referat.txt', 'Filen er tom.'],
  ])("refuses %s with the parser's Danish message, keeping the chosen selects", async (_, bytes, name, message) => {
    const before = await meetingCount();
    const res = await editor.postMultipart(PATH, upload(bytes, name, { kind: 'dialogmoede', organisationId: String(orgId) }));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(message);
    expect(html).toContain('id="error-file"');
    expect(html).toMatch(new RegExp(`<option value="${orgId}" selected`));
    expect(await meetingCount()).toBe(before);
  });

  it('asks for a file when none is chosen', async () => {
    const form = new FormData();
    form.set('kind', 'faellesmoede');
    const res = await editor.postMultipart(PATH, form);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Vælg referatet, du vil importere');
  });
});

describe('import of minutes: who may', () => {
  it("lets the municipality's editors and admins in, refuses everyone else", async () => {
    const db = t.deps.db;
    const admin = await loggedIn(await makeUser(db, { role: 'admin' }));
    const reader = await loggedIn(await makeUser(db, { role: 'municipality_reader', municipalityCode: '0370' }));
    const otherMuni = await loggedIn(await makeUser(db, { role: 'municipality_editor', municipalityCode: '0219' }));
    const orgEditor = await loggedIn(await makeUser(db, { role: 'organisation_editor', organisationId: orgId }));
    const anonymous = t.client();
    expect((await admin.get(PATH)).status).toBe(200);
    for (const c of [reader, otherMuni, orgEditor]) {
      expect((await c.get(PATH)).status).toBe(403);
      expect((await c.postMultipart(PATH, upload(seed('003_9dc616a694c79898.txt'), 'x.txt'))).status).toBe(403);
      expect((await c.post(`${PATH}/gem`, { kind: 'faellesmoede', title: 'X', itemCount: '0' })).status).toBe(403);
    }
    const login = await anonymous.get(PATH);
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe(`/login?next=${encodeURIComponent(PATH)}`);
    expect((await anonymous.post(`${PATH}/gem`, { kind: 'faellesmoede', title: 'X' })).status).toBe(303);
    expect((await editor.get('/kommuner/9999/moeder/importer')).status).toBe(404);
    expect((await admin.get('/kommuner/9999/moeder/importer')).status).toBe(404);
  });

  it('lets an admin import a joint meeting without participants or items', async () => {
    const admin = await loggedIn(await makeUser(t.deps.db, { role: 'admin' }));
    const res = await admin.post(`${PATH}/gem`, {
      kind: 'faellesmoede',
      title: 'Fællesmøde 2020',
      date: '2020-11-02',
      itemCount: '0',
      fileName: 'faelles.txt',
    });
    expect(res.status).toBe(303);
    const id = Number(/\/moeder\/(\d+)/.exec(res.headers.get('location') ?? '')?.[1]);
    const [m] = await t.deps.db.select().from(meetings).where(eq(meetings.id, id));
    expect(m).toMatchObject({
      kind: 'faellesmoede',
      organisationId: null,
      forumId: null,
      importedFrom: 'faelles.txt',
      minutesStatus: 'godkendt',
    });
  });
});

describe('import of minutes: size limit', () => {
  let small: TestContext;
  beforeAll(async () => {
    small = await createTestContext({ UPLOAD_MAX_MB: 1 });
  });
  afterAll(async () => {
    await small.close();
  });

  it('refuses a file over UPLOAD_MAX_MB next to the field, and a far larger body with a Danish 413 page', async () => {
    const u = await makeUser(small.deps.db, { role: 'municipality_editor', municipalityCode: '0370' });
    const c = small.client();
    await c.login(u.email, u.password);
    const big = (mb: number) =>
      upload('Referat\n'.repeat(Math.ceil((mb * 1024 * 1024) / 8)), 'stort-referat.txt', { kind: 'faellesmoede' });
    const over = await c.postMultipart(PATH, big(1.5));
    expect(over.status).toBe(400);
    const html = await over.text();
    expect(html).toContain('Filen er for stor (1,5 MB). Den største tilladte størrelse er 1 MB.');
    expect(html).toContain('id="error-file"');
    const far = await c.postMultipart(PATH, big(100));
    expect(far.status).toBe(413);
    const farHtml = await far.text();
    expect(farHtml).toContain('Den største tilladte størrelse er 1 MB.');
    expect(farHtml).toContain('Log ud'); // the page still shows who is logged in
    // The size is checked before anything else; the page leads back to the form the upload came from.
    const fromForm = await small.app.request(PATH, {
      method: 'POST',
      body: big(100),
      headers: { referer: `http://localhost${PATH}`, accept: 'text/html' },
    });
    expect(fromForm.status).toBe(413);
    expect(await fromForm.text()).toContain(`<a href="${PATH}">Tilbage til formularen</a>`);
  });
});
