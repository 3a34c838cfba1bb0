import { eq } from 'drizzle-orm';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/app.ts';
import { holdDialogueMeeting } from '../../demo/dialogue-facts.ts';
import { makeEstate, makeOrganisation, makeUser } from '../../demo/factories.ts';
import { agreements } from '../agreements/tables.ts';
import { auditEvents } from '../audit/tables.ts';
import { setFrequency } from '../dialogue/index.ts';
import { actionPlans, estateFigures } from '../key-figures/tables.ts';
import { SYSTEM_ACTOR, type Actor } from '../../auth/scope.ts';
import { approveDocument, generateDocument, publishDocument, sendDocument } from '../agreement-documents/index.ts';
import { councilReports, councilReportSections } from './tables.ts';

/*
 * The report to the council through HTTP: generated from the dialogues (one held, one not, one
 * off year), the key figures (a red estate with its action plan) and the agreements (one met, one
 * missed); sections edited with their own revisions; approval locks every changing route and
 * meets the year wheel's deadline on the dialogue page; reopening with a reason; who may do what.
 */

let t: TestContext;
const c = {} as Record<'supervisor' | 'second' | 'reader' | 'otherMuni' | 'orgEditor' | 'anon', TestClient>;
const ids = {} as Record<'held' | 'notHeld' | 'offYear', number>;
const Y = 2025;
const BASE = `/kommuner/0219/redegoerelser`;
const PAGE = `${BASE}/${Y}`;

const text = async (res: Response) => (await res.text()).replace(/\s+/g, ' ');
const sectionOf = async (key: string) => {
  const [report] = await t.deps.db.select().from(councilReports).where(eq(councilReports.governanceYear, Y));
  const rows = await t.deps.db.select().from(councilReportSections).where(eq(councilReportSections.reportId, report.id));
  return rows.find((r) => r.key === key)!;
};
const pdfText = async (res: Response) =>
  (await extractText(await getDocumentProxy(new Uint8Array(await res.arrayBuffer())), { mergePages: true })).text.replace(/\s+/g, ' ');
const docxText = async (res: Response) =>
  (await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })).value.replace(/\s+/g, ' ');
/** The page, the PDF and the Word file of the report, as text. */
const allThree = async () => [
  await text(await c.reader.get(PAGE)),
  await pdfText(await c.reader.get(`${PAGE}/redegoerelse.pdf`)),
  await docxText(await c.reader.get(`${PAGE}/redegoerelse.docx`)),
];
const HELP = 'Skriv kommunens samlede vurdering';
const versionOf = async () => (await t.deps.db.select().from(councilReports).where(eq(councilReports.governanceYear, Y)))[0].version;

beforeAll(async () => {
  t = await createTestContext();
  const db = t.deps.db;
  const held = await makeOrganisation(db, { name: 'Boligselskabet Afholdt', municipalityCode: '0219' });
  const notHeld = await makeOrganisation(db, { name: 'Boligselskabet Mangler', municipalityCode: '0219' });
  const offYear = await makeOrganisation(db, { name: 'Boligselskabet Hvert Andet', municipalityCode: '0219' });
  await makeOrganisation(db, { name: 'Boligselskabet Næstved', municipalityCode: '0370' });
  Object.assign(ids, { held: held.id, notHeld: notHeld.id, offYear: offYear.id });
  await setFrequency({
    db,
    actor: SYSTEM_ACTOR,
    organisation: offYear,
    version: 0,
    input: { frequency: 'hvert_andet_aar', fromYear: Y - 1, reason: 'Velfungerende boligorganisation' },
  });
  await holdDialogueMeeting({ db, organisationId: held.id, municipalityCode: '0219', date: `${Y}-10-14` });
  const red = await makeEstate(db, { organisationId: held.id, number: 12, name: 'Solgården' });
  await db
    .insert(estateFigures)
    .values([2023, 2024, 2025].map((year) => ({ estateId: red.id, year, values: { aarets_resultat: -50_000, henlaeggelser: 210 } })));
  await db.insert(actionPlans).values({ estateId: red.id, year: 2025, text: 'Lejeniveauet tilpasses, og tomgangen nedbringes.' });
  await db.insert(agreements).values([
    {
      organisationId: held.id,
      governanceYear: Y,
      theme: 'oekonomi',
      text: 'Henlæggelserne hæves i Solgården.',
      responsibleSide: 'boligorganisation',
      status: 'opfyldt',
    },
    {
      organisationId: notHeld.id,
      governanceYear: Y,
      theme: 'udlejning',
      text: 'Tomgangen halveres.',
      responsibleSide: 'begge',
      status: 'ikke_opfyldt',
    },
  ]);
  // The held dialogue's aftaledokument, generated, approved by both parties and published.
  const hooks = t.deps.wiring.hooks;
  const doc = await generateDocument({
    db,
    actor: SYSTEM_ACTOR,
    organisationId: held.id,
    year: Y,
    hooks,
    facts: t.deps.wiring.dialogueFacts,
  });
  await sendDocument({ db, actor: SYSTEM_ACTOR, id: doc, publicUrl: 'http://localhost' });
  await approveDocument({ db, actor: SYSTEM_ACTOR, id: doc, hooks });
  const organisationSide: Actor = {
    userId: null,
    label: 'Boligselskabet Afholdt',
    role: 'organisation_editor',
    scope: { kind: 'organisation', organisationId: held.id },
    canEdit: true,
  };
  await approveDocument({ db, actor: organisationSide, id: doc, hooks });
  await publishDocument({ db, actor: SYSTEM_ACTOR, id: doc, hooks, facts: t.deps.wiring.dialogueFacts });
  const users = {
    supervisor: await makeUser(db, { role: 'municipality_editor', municipalityCode: '0219' }),
    second: await makeUser(db, { role: 'municipality_editor', municipalityCode: '0219' }),
    reader: await makeUser(db, { role: 'municipality_reader', municipalityCode: '0219' }),
    otherMuni: await makeUser(db, { role: 'municipality_editor', municipalityCode: '0370' }),
    orgEditor: await makeUser(db, { role: 'organisation_editor', organisationId: held.id }),
  };
  c.anon = t.client();
  for (const [k, u] of Object.entries(users)) {
    c[k as keyof typeof users] = t.client();
    await c[k as keyof typeof users].login(u.email, u.password);
  }
});
afterAll(() => t.close());

describe('the report to the council', () => {
  it('is generated from the dialogues, the key figures and the agreements', async () => {
    expect((await c.supervisor.get(BASE)).status).toBe(200);
    const res = await c.supervisor.post(`${PAGE}/opret`, {});
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(PAGE);
    const html = await text(await c.reader.get(PAGE));
    // The summary figures: two of the organisations had a dialogue year, one meeting held.
    expect(html).toContain('1 af 2 dialoger afholdt i 2025');
    expect(html).toContain('2 aftaler: 1 opfyldt, 0 delvist opfyldt, 1 ikke opfyldt');
    // The overview table, one row per organisation.
    expect(html).toMatch(/Boligselskabet Afholdt<\/td>\s*<td>Afholdt 14\. oktober 2025/);
    // Each organisation's aftaledokument: the held dialogue's published, the others' not made.
    expect(html).toContain('1 aftaledokument offentliggjort');
    expect(html).toMatch(/<td>Offentliggjort<\/td>\s*<td>Offentliggjort \d+\. \w+ \d{4} \(version 1\)<\/td>/);
    expect(html).toMatch(/Boligselskabet Mangler<\/td>\s*<td>Ikke afholdt<\/td>\s*<td>[^<]*<\/td>\s*<td>Ikke dannet<\/td>/);
    expect(html).toMatch(/Boligselskabet Mangler<\/td>\s*<td>Ikke afholdt/);
    expect(html).toMatch(/Boligselskabet Hvert Andet<\/td>\s*<td>Ikke dialogår/);
    // The meeting not held, with the reason to write; the off year said.
    expect(html).toContain('Boligselskabet Mangler (Planlagt): Begrundelse mangler.');
    expect(html).toContain('har styringsdialog hvert andet år og havde ikke dialog i 2025');
    // The red estate and its action plan.
    expect(html).toContain('Boligselskabet Afholdt: 1 rød afdeling i 2025');
    expect(html).toContain('Handlingsplan for afdeling 12 Solgården (rød 2023–2025): Lejeniveauet tilpasses, og tomgangen nedbringes.');
    // The agreements met and missed.
    expect(html).toContain('Henlæggelserne hæves i Solgården. (2025) — Opfyldt');
    expect(html).toContain('Tomgangen halveres. (2025) — Ikke opfyldt');
    expect(html).not.toContain('Ret „Indledning“'); // a reader edits nothing
    expect(await text(await c.supervisor.get(PAGE))).toContain(`href="${PAGE}/sektioner/indledning"`);
    // A second click finds the report made.
    expect((await c.supervisor.post(`${PAGE}/opret`, {})).status).toBe(303);
    expect((await t.deps.db.select().from(councilReports)).length).toBe(1);
    const list = await text(await c.reader.get(BASE));
    expect(list).toContain(`href="${PAGE}"`);
  });

  it('prints an empty conclusion as "Ikke udfyldt endnu." in the draft, never the help the form gives', async () => {
    expect((await sectionOf('konklusion')).text).toBe('');
    const form = await text(await c.supervisor.get(`${PAGE}/sektioner/konklusion`));
    expect(form).toContain(`${HELP} af styringsdialogerne`);
    expect(form).toMatch(/<textarea[^>]*name="text"[^>]*><\/textarea>/);
    for (const written of await allThree()) {
      expect(written).toMatch(/Konklusion(<\/h2>)? ?(<p class="sd-muted"> ?<em>)? ?Ikke udfyldt endnu\./);
      expect(written).not.toContain(HELP);
    }
    expect(await text(await c.reader.get(PAGE))).toContain('<em>Ikke udfyldt endnu.</em>');
    // A report made before the help moved to the form has it as its conclusion's text: it counts as not written.
    const s = await sectionOf('konklusion');
    await t.deps.db
      .update(councilReportSections)
      .set({ text: `${HELP} af styringsdialogerne og eventuelle tiltag det kommende år.` })
      .where(eq(councilReportSections.id, s.id));
    for (const written of await allThree()) {
      expect(written).toContain('Ikke udfyldt endnu.');
      expect(written).not.toContain(HELP);
    }
    expect(await text(await c.supervisor.get(`${PAGE}/sektioner/konklusion`))).toMatch(/<textarea[^>]*name="text"[^>]*><\/textarea>/);
  });

  it('offers the municipality’s editors to make the report of a year without one, an earlier year too', async () => {
    const missing = await c.supervisor.get(`${BASE}/2022`);
    expect(missing.status).toBe(404);
    const html = await text(missing);
    expect(html).toContain('Der er ingen redegørelse for 2022 endnu.');
    expect(html).toContain(`action="${BASE}/2022/opret"`);
    const forReader = await c.reader.get(`${BASE}/2022`);
    expect(forReader.status).toBe(404);
    expect(await text(forReader)).not.toContain('Opret redegørelse');
    expect((await c.otherMuni.get(`${BASE}/2022`)).status).toBe(404);
  });

  it('edits a section by its own revision: the second editor meets the conflict with their text kept', async () => {
    const s = await sectionOf('ikke_afholdt');
    const first = await c.supervisor.post(`${PAGE}/sektioner/ikke_afholdt`, {
      text: 'Boligselskabet Mangler: mødet er flyttet til januar 2026 efter ønske fra boligorganisationen.',
      revision: String(s.revision),
    });
    expect(first.status).toBe(303);
    const stale = await c.second.post(`${PAGE}/sektioner/ikke_afholdt`, { text: 'Min egen tekst om mødet', revision: String(s.revision) });
    expect(stale.status).toBe(409);
    const html = await text(stale);
    expect(html).toContain('Afsnittet er blevet ændret af en anden');
    expect(html).toContain('Min egen tekst om mødet');
    // Another section is not in conflict with it.
    const intro = await sectionOf('indledning');
    expect(
      (await c.second.post(`${PAGE}/sektioner/indledning`, { text: 'Vores indledning.', revision: String(intro.revision) })).status,
    ).toBe(303);
    // Empty text is refused at the field.
    const empty = await c.second.post(`${PAGE}/sektioner/indledning`, { text: '', revision: String(intro.revision + 1) });
    expect(empty.status).toBe(400);
    expect(await text(empty)).toContain('id="section-text-error"');
  });

  it('refreshes the generated sections from the data, keeping those edited by hand', async () => {
    await t.deps.db.insert(agreements).values({
      organisationId: ids.held,
      governanceYear: Y,
      theme: 'andet',
      text: 'En ny aftale efter redegørelsen.',
      responsibleSide: 'begge',
    });
    const res = await c.supervisor.post(`${PAGE}/opdater`, { version: String(await versionOf()) });
    expect(res.status).toBe(303);
    expect((await sectionOf('aftaler')).text).toContain('En ny aftale efter redegørelsen.');
    expect((await sectionOf('ikke_afholdt')).text).toContain('mødet er flyttet til januar 2026');
    expect((await sectionOf('indledning')).text).toBe('Vores indledning.');
    // A refresh from a page opened before a change is a conflict.
    expect((await c.supervisor.post(`${PAGE}/opdater`, { version: '1' })).status).toBe(409);
  });

  it('is approved by the municipality: locked, the deadline on the dialogue page met, all in the history', async () => {
    const dialogue = `/boligorganisationer/${ids.held}/styringsdialog/${Y}`;
    const row = (html: string) => /Redegørelse til kommunalbestyrelsen<\/td>\s*<td>[^<]*<\/td>\s*<td>(.*?)<\/td>/.exec(html)?.[1] ?? '';
    expect(row(await text(await c.supervisor.get(dialogue)))).toContain('Overskredet');

    expect((await c.reader.post(`${PAGE}/godkend`, { version: String(await versionOf()) })).status).toBe(403);
    const res = await c.supervisor.post(`${PAGE}/godkend`, { version: String(await versionOf()) });
    expect(res.status).toBe(303);
    const met = row(await text(await c.supervisor.get(dialogue)));
    expect(met).toContain('Nået efter fristen');
    expect(met).not.toContain('Overskredet');

    // Every changing route refuses an approved report.
    const v = String(await versionOf());
    const s = await sectionOf('konklusion');
    for (const [path, body] of [
      [`${PAGE}/sektioner/konklusion`, { text: 'Rettet efter godkendelsen.', revision: String(s.revision) }],
      [`${PAGE}/opdater`, { version: v }],
      [`${PAGE}/godkend`, { version: v }],
    ] as const) {
      const r = await c.supervisor.post(path, body);
      expect(r.status, path).toBe(409);
      expect(await text(r), path).toContain('Redegørelsen er godkendt og kan ikke ændres');
    }
    expect((await c.supervisor.get(`${PAGE}/sektioner/konklusion`)).status).toBe(409);
    expect((await sectionOf('konklusion')).text).toBe(s.text);

    const history = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityType, 'council_report'));
    expect(history.map((h) => h.action)).toEqual(['create', 'update', 'update', 'update', 'update']);
    expect(await text(await c.supervisor.get(PAGE))).toContain('Historik for redegørelsen');
  });

  it('leaves an empty section out of the approved report', async () => {
    for (const written of await allThree()) {
      expect(written).toContain('Boligområder under overvågning');
      expect(written).not.toContain('Konklusion');
      expect(written).not.toContain('Ikke udfyldt endnu.');
      expect(written).not.toContain(HELP);
    }
  });

  it('is reopened with a reason, and can be corrected again', async () => {
    const missing = await c.supervisor.post(`${PAGE}/genaabn`, { version: String(await versionOf()), reason: '' });
    expect(missing.status).toBe(400);
    expect((await c.reader.post(`${PAGE}/genaabn`, { version: String(await versionOf()), reason: 'Fejl' })).status).toBe(403);
    const res = await c.supervisor.post(`${PAGE}/genaabn`, {
      version: String(await versionOf()),
      reason: 'Tallet for aftalerne var forkert.',
    });
    expect(res.status).toBe(303);
    const [report] = await t.deps.db.select().from(councilReports);
    expect(report.status).toBe('udkast');
    expect(report.approvedOn).toBeNull();
    const [last] = (await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityType, 'council_report'))).slice(-1);
    expect(last.summary).toBe('Genåbnet: Tallet for aftalerne var forkert.');
    const s = await sectionOf('konklusion');
    expect((await c.supervisor.post(`${PAGE}/sektioner/konklusion`, { text: 'Rettet.', revision: String(s.revision) })).status).toBe(303);
    // The deadline follows: unmet again.
    expect(await text(await c.supervisor.get(`/boligorganisationer/${ids.held}/styringsdialog/${Y}`))).toMatch(
      /Redegørelse til kommunalbestyrelsen<\/td>\s*<td>[^<]*<\/td>\s*<td>\s*<span class="sd-badge sd-badge-red">Overskredet/,
    );
  });

  it('is downloaded as PDF and Word for the council, reading as the page does', async () => {
    const pdf = await c.reader.get(`${PAGE}/redegoerelse.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('cache-control')).toBe('private, no-store');
    expect(pdf.headers.get('content-disposition')).toContain('Redeg');
    const proxy = await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer()));
    const pdfText = (await extractText(proxy, { mergePages: true })).text.replace(/\s+/g, ' ');
    expect(pdfText).toContain('Redegørelse om styringsdialogen 2025');
    expect(pdfText).toContain('Boligselskabet Mangler');
    const docx = await c.reader.get(`${PAGE}/redegoerelse.docx`);
    expect(docx.status).toBe(200);
    const docxText = (await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) })).value.replace(/\s+/g, ' ');
    expect(docxText).toContain('Handlingsplan for afdeling 12 Solgården');
    expect((await c.otherMuni.get(`${PAGE}/redegoerelse.pdf`)).status).toBe(404);
    expect((await c.orgEditor.get(`${PAGE}/redegoerelse.docx`)).status).toBe(404);
  });

  it('is hidden from other municipalities and the organisations while a draft; readers read but do not change it', async () => {
    const v = String(await versionOf());
    const s = await sectionOf('konklusion');
    const gets = [BASE, PAGE, `${PAGE}/sektioner/konklusion`, `${PAGE}/redegoerelse.pdf`, `${PAGE}/redegoerelse.docx`];
    const posts: [string, Record<string, string>][] = [
      [`${PAGE}/opret`, {}],
      [`${PAGE}/opdater`, { version: v }],
      [`${PAGE}/godkend`, { version: v }],
      [`${PAGE}/genaabn`, { version: v, reason: 'x' }],
      [`${PAGE}/sektioner/konklusion`, { text: 'x', revision: String(s.revision) }],
    ];
    for (const who of ['otherMuni', 'orgEditor'] as const) {
      for (const path of gets) expect((await c[who].get(path)).status, `${who} GET ${path}`).toBe(404);
      for (const [path, body] of posts) expect((await c[who].post(path, body)).status, `${who} POST ${path}`).toBe(404);
    }
    expect((await c.anon.get(PAGE)).status).toBe(303);
    expect((await c.reader.get(PAGE)).status).toBe(200);
    expect((await c.reader.get(`${PAGE}/sektioner/konklusion`)).status).toBe(403);
    for (const [path, body] of posts) expect((await c.reader.post(path, body)).status, `reader POST ${path}`).toBe(403);
    // Unknown year, municipality or section.
    expect((await c.supervisor.get(`${BASE}/2024`)).status).toBe(404);
    expect((await c.supervisor.get(`/kommuner/9999/redegoerelser`)).status).toBe(404);
    expect((await c.supervisor.get(`${PAGE}/sektioner/findes_ikke`)).status).toBe(404);
  });

  it('once approved, is read by the organisations the municipality supervises, never by another municipality', async () => {
    expect((await c.supervisor.post(`${PAGE}/godkend`, { version: String(await versionOf()) })).status).toBe(303);
    expect((await c.orgEditor.get(PAGE)).status).toBe(200);
    expect(await text(await c.orgEditor.get(BASE))).toContain(`href="${PAGE}"`);
    expect((await c.orgEditor.post(`${PAGE}/genaabn`, { version: String(await versionOf()), reason: 'x' })).status).toBe(403);
    expect((await c.otherMuni.get(PAGE)).status).toBe(404);
    expect((await c.otherMuni.get(BASE)).status).toBe(404);
  });
});
