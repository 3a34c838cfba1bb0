import { and, eq } from 'drizzle-orm';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/app.ts';
import { makeEstate, makeOrganisation, makeUser } from '../../demo/factories.ts';
import { agreements } from '../agreements/tables.ts';
import { auditEvents } from '../audit/tables.ts';
import { dialogues, dialogueStageEvents } from '../dialogue/tables.ts';
import { checklistItems } from '../documentation/tables.ts';
import { meetingParticipants, meetings } from '../meetings/tables.ts';
import { outbox } from '../outbox/tables.ts';
import { agreementDocumentSections, agreementDocuments } from './tables.ts';

/*
 * The aftaledokument through HTTP: refused before the meeting is held; generated, edited per
 * section (a stale save meets the conflict with its text kept), sent (the organisation's editors
 * are mailed), approved by each party, published, each step moving the dialogue's stage; a
 * published version refuses every change; its correction is version 2 with the differences shown.
 */

let t: TestContext;
type Who = 'supervisor' | 'muniReader' | 'orgEditor' | 'orgReader' | 'otherOrg' | 'otherMuni';
const c = {} as Record<Who, TestClient>;
const ids = {} as Record<'org' | 'other' | 'meeting' | 'estate', number>;
const Y = 2025;
let orgEditorEmail = '';

const text = async (res: Response) => (await res.text()).replace(/\s+/g, ' ');
const yearPath = () => `/boligorganisationer/${ids.org}/styringsdialog/${Y}/aftaledokument`;
const idFrom = (res: Response) => Number(/\/aftaledokumenter\/(\d+)/.exec(res.headers.get('location') ?? '')?.[1]);
const stage = async () =>
  (
    await t.deps.db
      .select()
      .from(dialogues)
      .where(and(eq(dialogues.organisationId, ids.org), eq(dialogues.governanceYear, Y)))
  )[0]?.stage;
const revisionOf = async (res: Response) => /name="revision" value="(\d+)"/.exec(await res.text())?.[1] ?? '';

beforeAll(async () => {
  t = await createTestContext();
  const db = t.deps.db;
  const org = await makeOrganisation(db, { name: 'Boligselskabet Dokument', municipalityCode: '0219' });
  const other = await makeOrganisation(db, { name: 'Boligselskabet Andet', municipalityCode: '0219' });
  const estate = await makeEstate(db, { organisationId: org.id, number: 3, name: 'Engen' });
  const [meeting] = await db
    .insert(meetings)
    .values({
      kind: 'dialogmoede',
      municipalityCode: '0219',
      organisationId: org.id,
      title: 'Styringsdialogmøde 2025',
      startsAt: new Date('2025-10-14T08:00:00Z'),
      place: 'Rådhuset, mødelokale 2',
    })
    .returning();
  await db.insert(meetingParticipants).values([
    { meetingId: meeting.id, name: 'Karin Kommune', title: 'Fuldmægtig', side: 'municipality', position: 1 },
    { meetingId: meeting.id, name: 'Ole Organisation', title: 'Direktør', side: 'organisation', position: 2 },
  ]);
  await db
    .insert(agreements)
    .values({ organisationId: org.id, governanceYear: Y, theme: 'oekonomi', text: 'Huslejen holdes i ro.', responsibleSide: 'begge' });
  Object.assign(ids, { org: org.id, other: other.id, meeting: meeting.id, estate: estate.id });
  const users = {
    supervisor: await makeUser(db, { role: 'municipality_editor', municipalityCode: '0219' }),
    muniReader: await makeUser(db, { role: 'municipality_reader', municipalityCode: '0219' }),
    orgEditor: await makeUser(db, { role: 'organisation_editor', organisationId: org.id }),
    orgReader: await makeUser(db, { role: 'organisation_reader', organisationId: org.id }),
    otherOrg: await makeUser(db, { role: 'organisation_editor', organisationId: other.id }),
    otherMuni: await makeUser(db, { role: 'municipality_editor', municipalityCode: '0370' }),
  };
  orgEditorEmail = users.orgEditor.email;
  for (const [k, u] of Object.entries(users)) {
    c[k as Who] = t.client();
    await c[k as Who].login(u.email, u.password);
  }
});
afterAll(() => t.close());

describe('aftaledokument', () => {
  let v1: number;
  let v2: number;

  it('is refused before the dialogue meeting is held, with the reason', async () => {
    const page = await text(await c.supervisor.get(yearPath()));
    expect(page).toContain('Aftaledokumentet kan først laves, når styringsdialogmødet i 2025 er holdt');
    const res = await c.supervisor.post(yearPath());
    expect(res.status).toBe(400);
    expect(await text(res)).toContain('når styringsdialogmødet i 2025 er holdt');
    expect(await t.deps.db.select().from(agreementDocuments)).toHaveLength(0);
  });

  it('is generated once the meeting is held, moving the dialogue to "udkast" with the skip explained', async () => {
    await t.deps.db
      .update(meetings)
      .set({ heldAt: new Date('2025-10-20T10:00:00Z') })
      .where(eq(meetings.id, ids.meeting));
    expect((await c.orgEditor.post(yearPath())).status).toBe(403);
    expect((await c.muniReader.post(yearPath())).status).toBe(403);
    expect((await c.otherOrg.post(yearPath())).status).toBe(404);
    const res = await c.supervisor.post(yearPath());
    expect(res.status).toBe(303);
    v1 = idFrom(res);
    expect(await stage()).toBe('udkast');
    const [d] = await t.deps.db.select().from(dialogues).where(eq(dialogues.organisationId, ids.org));
    const [event] = await t.deps.db.select().from(dialogueStageEvents).where(eq(dialogueStageEvents.dialogueId, d.id));
    expect(event.reason).toContain('Aftaledokumentet er lavet');
    const html = await text(await c.supervisor.get(`/aftaledokumenter/${v1}`));
    expect(html).toContain('Rådhuset, mødelokale 2');
    expect(html).toContain('Karin Kommune, Fuldmægtig');
    expect(html).toContain('Ole Organisation, Direktør');
    expect(html).toContain('Huslejen holdes i ro.');
    expect(html).toContain('3 Engen: Ingen særlig fokus');
    // A second generation of the same year is refused.
    expect((await c.supervisor.post(yearPath())).status).toBe(409);
  });

  it('hides the unsent draft from the organisation and every outsider', async () => {
    expect((await c.orgEditor.get(`/aftaledokumenter/${v1}`)).status).toBe(404);
    expect((await c.otherOrg.get(`/aftaledokumenter/${v1}`)).status).toBe(404);
    expect((await c.otherMuni.get(`/aftaledokumenter/${v1}`)).status).toBe(404);
    expect((await c.muniReader.get(`/aftaledokumenter/${v1}`)).status).toBe(200);
    expect(await text(await c.orgEditor.get(yearPath()))).not.toContain(`/aftaledokumenter/${v1}`);
  });

  it('edits a section; the second of two saves meets the conflict with its text kept', async () => {
    const path = `/aftaledokumenter/${v1}/sektioner/fokus`;
    expect((await c.muniReader.get(path)).status).toBe(403);
    const revision = await revisionOf(await c.supervisor.get(path));
    const first = await c.supervisor.post(path, { revision, text: '- Vedligeholdelse i Engen' });
    expect(first.status).toBe(303);
    const second = await c.supervisor.post(path, { revision, text: '- Min egen tekst, skrevet samtidig' });
    expect(second.status).toBe(409);
    const html = await text(second);
    expect(html).toContain('Afsnittet er blevet ændret af en anden');
    expect(html).toContain('- Min egen tekst, skrevet samtidig');
    const docPath = `/aftaledokumenter/${v1}/sektioner/dokumentation`;
    const rev = await revisionOf(await c.supervisor.get(docPath));
    expect((await c.supervisor.post(docPath, { revision: rev, text: '- Plan for energirenovering' })).status).toBe(303);
    expect(await text(await c.supervisor.get(`/aftaledokumenter/${v1}`))).toMatch(/<li>\s*Vedligeholdelse i Engen\s*<\/li>/);
  });

  it('refreshes the data sections without touching hand-edited ones; an edited one asks first', async () => {
    const path = `/aftaledokumenter/${v1}/sektioner/aftaler`;
    const revision = await revisionOf(await c.supervisor.get(path));
    expect((await c.supervisor.post(path, { revision, text: 'Skrevet i hånden.' })).status).toBe(303);
    await t.deps.db
      .insert(agreements)
      .values({ organisationId: ids.org, governanceYear: Y, theme: 'andet', text: 'Ny aftale efter mødet.', responsibleSide: 'kommune' });
    const all = await c.supervisor.post(`/aftaledokumenter/${v1}/opdater`);
    expect(all.status).toBe(200);
    expect(await text(all)).toContain('1 afsnit er rettet i hånden og er ikke rørt');
    const [kept] = await t.deps.db
      .select()
      .from(agreementDocumentSections)
      .where(and(eq(agreementDocumentSections.documentId, v1), eq(agreementDocumentSections.key, 'aftaler')));
    expect(kept.text).toBe('Skrevet i hånden.');
    const ask = await c.supervisor.post(`/aftaledokumenter/${v1}/opdater`, { key: 'aftaler' });
    expect(await text(ask)).toContain('Skal afsnittet „Aftaler og mål“ erstattes af det, data giver nu?');
    expect((await c.supervisor.post(`/aftaledokumenter/${v1}/opdater`, { key: 'aftaler', bekraeft: 'ja' })).status).toBe(200);
    expect(await text(await c.supervisor.get(`/aftaledokumenter/${v1}`))).toContain('Ny aftale efter mødet.');
  });

  it('is sent to the organisation (its editors are mailed), approved by each party and published, moving the stage', async () => {
    expect((await c.orgEditor.post(`/aftaledokumenter/${v1}/send`)).status).toBe(404);
    expect((await c.supervisor.post(`/aftaledokumenter/${v1}/send`)).status).toBe(303);
    const mails = await t.deps.db.select().from(outbox).where(eq(outbox.toAddress, orgEditorEmail));
    expect(mails).toHaveLength(1);
    expect(mails[0].textBody).toContain(`/aftaledokumenter/${v1}`);
    expect((await c.orgEditor.get(`/aftaledokumenter/${v1}`)).status).toBe(200);
    expect((await c.orgReader.get(`/aftaledokumenter/${v1}`)).status).toBe(200);
    expect((await c.orgReader.post(`/aftaledokumenter/${v1}/godkend`)).status).toBe(403);
    expect((await c.muniReader.post(`/aftaledokumenter/${v1}/godkend`)).status).toBe(403);
    expect((await c.otherOrg.post(`/aftaledokumenter/${v1}/godkend`)).status).toBe(404);
    expect((await c.orgEditor.post(`/aftaledokumenter/${v1}/offentliggoer`)).status).toBe(403);
    const early = await c.supervisor.post(`/aftaledokumenter/${v1}/offentliggoer`);
    expect(early.status).toBe(409);
    expect(await text(early)).toContain('kommunen har ikke godkendt det, boligorganisationen har ikke godkendt det');
    expect((await c.supervisor.post(`/aftaledokumenter/${v1}/godkend`)).status).toBe(303);
    expect(await stage()).toBe('udkast');
    expect((await c.orgEditor.post(`/aftaledokumenter/${v1}/godkend`)).status).toBe(303);
    expect(await stage()).toBe('godkendt');
    expect((await c.supervisor.post(`/aftaledokumenter/${v1}/offentliggoer`)).status).toBe(303);
    expect(await stage()).toBe('offentliggjort');
    const items = await t.deps.db.select().from(checklistItems).where(eq(checklistItems.organisationId, ids.org));
    expect(items.map((i) => i.title)).toEqual(['Plan for energirenovering']);
    // Published: any logged-in party reads it.
    expect((await c.otherOrg.get(`/aftaledokumenter/${v1}`)).status).toBe(200);
    expect((await c.otherMuni.get(`/aftaledokumenter/${v1}`)).status).toBe(200);
  });

  it('never changes a published version: every changing route refuses with 409', async () => {
    const before = await t.deps.db.select().from(agreementDocumentSections).where(eq(agreementDocumentSections.documentId, v1));
    const base = `/aftaledokumenter/${v1}`;
    const tries: [string, Record<string, string>][] = [
      [`${base}/sektioner/fokus`, { revision: '2', text: 'Ændret efter offentliggørelsen' }],
      [`${base}/opdater`, {}],
      [`${base}/opdater`, { key: 'moede', bekraeft: 'ja' }],
      [`${base}/send`, {}],
      [`${base}/godkend`, {}],
      [`${base}/offentliggoer`, {}],
      [`${base}/slet`, { bekraeft: 'ja' }],
    ];
    for (const [path, form] of tries) {
      const res = await c.supervisor.post(path, form);
      expect(res.status, path).toBe(409);
      expect(await text(res), path).toContain('Aftaledokumentet er offentliggjort og kan ikke ændres');
    }
    expect((await c.orgEditor.post(`${base}/godkend`)).status).toBe(409);
    expect((await c.supervisor.get(`${base}/sektioner/fokus`)).status).toBe(409);
    expect((await c.supervisor.get(`${base}/slet`)).status).toBe(409);
    const after = await t.deps.db.select().from(agreementDocumentSections).where(eq(agreementDocumentSections.documentId, v1));
    expect(after).toEqual(before);
    const [doc] = await t.deps.db.select().from(agreementDocuments).where(eq(agreementDocuments.id, v1));
    expect(doc.status).toBe('offentliggjort');
  });

  it('is corrected as version 2 beside it, with the differences shown and version 1 still readable', async () => {
    expect((await c.orgEditor.post(`/aftaledokumenter/${v1}/ret`)).status).toBe(403);
    const res = await c.supervisor.post(`/aftaledokumenter/${v1}/ret`);
    expect(res.status).toBe(303);
    v2 = idFrom(res);
    expect(v2).not.toBe(v1);
    expect((await c.supervisor.post(`/aftaledokumenter/${v1}/ret`)).status).toBe(409);
    const path = `/aftaledokumenter/${v2}/sektioner/fokus`;
    const revision = await revisionOf(await c.supervisor.get(path));
    expect((await c.supervisor.post(path, { revision, text: '- Vedligeholdelse i Engen\n- Beboerdemokrati' })).status).toBe(303);
    expect(await stage()).toBe('offentliggjort');
    const diff = await text(await c.supervisor.get(`/aftaledokumenter/${v2}/forskelle`));
    expect(diff).toContain('Forskelle mellem version 1 og 2');
    expect(diff).toMatch(/<ins class="sd-diff-added"><span class="sr-only">Tilføjet: <\/span><pre>\+ - Beboerdemokrati/);
    // Version 2 is a draft: hidden from the organisation, which still reads version 1 as the current one.
    expect((await c.orgEditor.get(`/aftaledokumenter/${v2}`)).status).toBe(404);
    expect(await text(await c.orgEditor.get(yearPath()))).toContain('Version 1 · Offentliggjort');
    for (const [who, step] of [
      ['supervisor', 'send'],
      ['supervisor', 'godkend'],
      ['orgEditor', 'godkend'],
      ['supervisor', 'offentliggoer'],
    ] as const)
      expect((await c[who].post(`/aftaledokumenter/${v2}/${step}`)).status, step).toBe(303);
    expect(await stage()).toBe('offentliggjort');
    const old = await text(await c.orgReader.get(`/aftaledokumenter/${v1}`));
    expect(old).toContain('Der er en nyere version');
    expect(old).not.toContain('Beboerdemokrati');
    expect(await text(await c.otherOrg.get(`/aftaledokumenter/${v2}/forskelle`))).toContain('Beboerdemokrati');
    expect(await text(await c.supervisor.get(`/boligorganisationer/${ids.org}/styringsdialog/${Y}`))).toContain(`href="${yearPath()}"`);
  });

  it('is a PDF and a Word file saying what the page says, the approvals as signatures', async () => {
    const pdf = await c.orgReader.get(`/aftaledokumenter/${v2}/aftaledokument.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-disposition')).toContain('Aftaledokument 2025 Boligselskabet Dokument version 2.pdf');
    const proxy = await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer()));
    const pdfText = (await extractText(proxy, { mergePages: true })).text.replace(/\s+/g, ' ');
    expect(pdfText).toContain('Beboerdemokrati');
    expect(pdfText).toContain('3 Engen: Ingen særlig fokus');
    expect(pdfText).toContain('For Boligselskabet Dokument');
    const docx = await c.supervisor.get(`/aftaledokumenter/${v2}/aftaledokument.docx`);
    expect(docx.status).toBe(200);
    const words = (await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) })).value;
    expect(words).toContain('Ny aftale efter mødet.');
    expect((await c.otherOrg.get(`/aftaledokumenter/${v2}/aftaledokument.pdf`)).status).toBe(200);
    const draft = await c.supervisor.post(`/aftaledokumenter/${v2}/ret`);
    const v3 = idFrom(draft);
    expect((await c.supervisor.get(`/aftaledokumenter/${v3}/aftaledokument.pdf`)).headers.get('cache-control')).toBe('private, no-store');
    expect((await c.otherOrg.get(`/aftaledokumenter/${v3}/aftaledokument.pdf`)).status).toBe(404);
    // A draft correction may be deleted, through its confirmation step.
    expect((await c.supervisor.post(`/aftaledokumenter/${v3}/slet`)).status).toBe(400);
    expect((await c.supervisor.post(`/aftaledokumenter/${v3}/slet`, { bekraeft: 'ja' })).status).toBe(303);
    expect((await c.supervisor.get(`/aftaledokumenter/${v3}`)).status).toBe(404);
    // Version 2 remains, published: the dialogue stays published.
    expect(await stage()).toBe('offentliggjort');
  });
});

describe('deleting the only version', () => {
  let org = 0;
  const Y2 = 2026;
  const path = () => `/boligorganisationer/${org}/styringsdialog/${Y2}`;
  const stageOf = async () =>
    (
      await t.deps.db
        .select()
        .from(dialogues)
        .where(and(eq(dialogues.organisationId, org), eq(dialogues.governanceYear, Y2)))
    )[0];
  const generate = async () => {
    const res = await c.supervisor.post(`${path()}/aftaledokument`);
    expect(res.status).toBe(303);
    return idFrom(res);
  };
  const remove = async (id: number) =>
    expect((await c.supervisor.post(`/aftaledokumenter/${id}/slet`, { bekraeft: 'ja' })).status).toBe(303);
  const setStage = async (stage: string, reason = '') => {
    const d = await stageOf();
    const res = await c.supervisor.post(`${path()}/fase`, { stage, reason, proceed: 'on', version: String(d?.version ?? 0) });
    expect(res.status, await res.clone().text()).toBe(303);
  };

  beforeAll(async () => {
    const db = t.deps.db;
    org = (await makeOrganisation(db, { name: 'Boligselskabet Slettet', municipalityCode: '0219' })).id;
    await db.insert(meetings).values({
      kind: 'dialogmoede',
      municipalityCode: '0219',
      organisationId: org,
      title: 'Styringsdialogmøde 2026',
      startsAt: new Date('2026-10-14T08:00:00Z'),
      heldAt: new Date('2026-10-14T10:00:00Z'),
    });
    await setStage('moede_afholdt', 'Mødet er holdt; faserne før er klaret uden for systemet.');
  });

  it('takes the dialogue back from "udkast" to the stage it was in, with the reason in its history', async () => {
    const id = await generate();
    expect((await stageOf()).stage).toBe('udkast');
    await remove(id);
    const d = await stageOf();
    expect(d.stage).toBe('moede_afholdt');
    const events = await t.deps.db
      .select()
      .from(dialogueStageEvents)
      .where(eq(dialogueStageEvents.dialogueId, d.id))
      .orderBy(dialogueStageEvents.id);
    expect(events.at(-1)).toMatchObject({ fromStage: 'udkast', toStage: 'moede_afholdt' });
    expect(events.at(-1)?.reason).toContain('Aftaledokumentet (version 1) er slettet');
    const audit = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'dialogue'), eq(auditEvents.entityId, String(d.id))))
      .orderBy(auditEvents.id);
    expect(audit.at(-1)?.summary).toContain('Aftaledokument i udkast → Møde afholdt: Aftaledokumentet (version 1) er slettet');
  });

  it('leaves a stage set by hand after the draft was made', async () => {
    const id = await generate();
    await setStage('godkendt');
    await remove(id);
    expect((await stageOf()).stage).toBe('godkendt');
  });

  it('leaves "udkast" when it was set by hand before the draft was made', async () => {
    await setStage('udkast', 'Tilbage til udkast, et nyt aftaledokument skal laves.');
    const id = await generate();
    await remove(id);
    expect((await stageOf()).stage).toBe('udkast');
  });
});
