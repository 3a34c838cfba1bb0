import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { makeForum, makeMembership, makeOrganisation, makePerson, makeUser } from '../../demo/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/app.ts';
import { auditEvents } from '../audit/tables.ts';
import { outbox } from '../outbox/tables.ts';
import { pdfWith } from '../../../test/documents.ts';
import { actionItems, agendaItems, meetings } from './tables.ts';

let t: TestContext;
let supervisor: TestClient;
let colleague: TestClient;
let reader: TestClient;
let orgUser: TestClient;
let otherOrgUser: TestClient;
let otherMuni: TestClient;
let orgId: number;

async function loggedIn(user: { email: string; password: string }) {
  const c = t.client();
  await c.login(user.email, user.password);
  return c;
}
const idFrom = (res: Response) => Number(/\/moeder\/(\d+)/.exec(res.headers.get('location') ?? '')?.[1]);
const itemsOf = (meetingId: number) =>
  t.deps.db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(agendaItems.position);
const meetingRow = async (id: number) => (await t.deps.db.select().from(meetings).where(eq(meetings.id, id)))[0];

async function createMeeting(date: string, extra: Record<string, string> = {}) {
  const res = await supervisor.post('/kommuner/0370/moeder', {
    kind: 'dialogmoede',
    organisationId: String(orgId),
    date,
    startTime: '10:00',
    endTime: '12:00',
    place: 'Rådhuset, mødelokale 2',
    title: `Styringsdialogmøde ${date.slice(0, 4)}`,
    useTemplate: 'on',
    formShown: '1',
    ...extra,
  });
  expect(res.status).toBe(303);
  return idFrom(res);
}

beforeAll(async () => {
  t = await createTestContext();
  const db = t.deps.db;
  const org = await makeOrganisation(db, { name: 'Lejerbo Næstved', municipalityCode: '0370' });
  const other = await makeOrganisation(db, { name: 'Bolig Næstved', municipalityCode: '0370' });
  orgId = org.id;
  const formand = await makePerson(db, { name: 'Lena Andersen', email: 'lena@example.dk' });
  await makeMembership(db, { personId: formand.id, organisationId: org.id, title: 'formand', role: 'formand' });
  const chef = await makePerson(db, { name: 'Jette Hansen', email: 'jette@naestved.dk' });
  await makeMembership(db, { personId: chef.id, municipalityCode: '0370', title: 'Tilsynsansvarlig' });
  supervisor = await loggedIn(await makeUser(db, { role: 'municipality_editor', municipalityCode: '0370', name: 'Tove Tilsyn' }));
  colleague = await loggedIn(await makeUser(db, { role: 'municipality_editor', municipalityCode: '0370' }));
  reader = await loggedIn(await makeUser(db, { role: 'municipality_reader', municipalityCode: '0370' }));
  orgUser = await loggedIn(await makeUser(db, { role: 'organisation_editor', organisationId: org.id, name: 'Ole Organisation' }));
  otherOrgUser = await loggedIn(await makeUser(db, { role: 'organisation_editor', organisationId: other.id }));
  otherMuni = await loggedIn(await makeUser(db, { role: 'municipality_editor', municipalityCode: '0219' }));
});
afterAll(async () => {
  await t.close();
});

describe('agenda', () => {
  let id: number;

  it("creates a meeting from the guide's template with today's members as participants per side", async () => {
    id = await createMeeting('2025-11-04');
    const html = await (await supervisor.get(`/moeder/${id}`)).text();
    expect(html).toContain('Status for boligorganisationen siden sidst');
    expect(html).toMatch(/8\.<\/span> <a[^>]*>Næste møde/);
    expect(html).toContain('Lena Andersen');
    expect(html).toContain('Jette Hansen');
    // Both ways between the meeting and its organisation's dialogue.
    expect(html).toContain(`<a href="/boligorganisationer/${orgId}">Lejerbo Næstved</a>`);
    expect(html).toContain(`<a href="/boligorganisationer/${orgId}/styringsdialog/2025">styringsdialogen 2025</a>`);
    const m = await meetingRow(id);
    expect(m.startsAt?.toISOString()).toBe('2025-11-04T09:00:00.000Z'); // 10:00 Danish winter time
    // The organisation's dialogue page lists its meetings, for both sides.
    const dialogue = await (await orgUser.get(`/boligorganisationer/${orgId}/styringsdialog/2025`)).text();
    expect(dialogue).toContain('Møder med Lejerbo Næstved');
    expect(dialogue).toContain(`<a href="/moeder/${id}">Styringsdialogmøde 2025</a>`);
  });

  it('numbers sub-items with letters and renumbers when an item moves', async () => {
    const items = await itemsOf(id);
    const first = items[0];
    expect(
      (await supervisor.post(`/moeder/${id}/punkter`, { itemTitle: 'Agerhønevej', parentId: String(first.id), theme: 'oekonomi' })).status,
    ).toBe(303);
    expect((await supervisor.post(`/moeder/${id}/punkter`, { itemTitle: 'Manøvej', parentId: String(first.id), theme: '' })).status).toBe(
      303,
    );
    let html = await (await supervisor.get(`/moeder/${id}`)).text();
    expect(html).toMatch(/1\.a\.<\/span> <a[^>]*>Agerhønevej/);
    expect(html).toMatch(/1\.b\.<\/span> <a[^>]*>Manøvej/);
    expect((await supervisor.post(`/moeder/${id}/punkter/${items[1].id}/flyt`, { retning: 'op' })).status).toBe(303);
    html = await (await supervisor.get(`/moeder/${id}`)).text();
    expect(html).toMatch(/1\.<\/span> <a[^>]*>Status for afdelingerne siden sidst/);
    expect(html).toMatch(/2\.<\/span> <a[^>]*>Status for boligorganisationen siden sidst/);
    expect(html).toMatch(/2\.a\.<\/span> <a[^>]*>Agerhønevej/);
    // A new item goes before the closing "Eventuelt" and "Næste møde".
    expect((await supervisor.post(`/moeder/${id}/punkter`, { itemTitle: 'Økonomi i afdelingerne', theme: 'oekonomi' })).status).toBe(303);
    html = await (await supervisor.get(`/moeder/${id}`)).text();
    expect(html).toMatch(/7\.<\/span> <a[^>]*>Økonomi i afdelingerne.*8\.<\/span> <a[^>]*>Eventuelt.*9\.<\/span> <a[^>]*>Næste møde/s);
  });

  it('refuses values no page sends: a move that is neither up nor down, an id that is no id', async () => {
    const [first] = await itemsOf(id);
    expect((await supervisor.post(`/moeder/${id}/punkter/${first.id}/flyt`, { retning: 'xx' })).status).toBe(400);
    const bad = await supervisor.post(`/moeder/${id}/punkter`, { itemTitle: 'Punkt med falsk forælder', parentId: '99999999999' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Vælg en af mulighederne på listen.');
    expect((await itemsOf(id)).some((i) => i.title === 'Punkt med falsk forælder')).toBe(false);
  });

  it('refuses a sub-item of a sub-item and an empty title, keeping what was typed', async () => {
    const sub = (await itemsOf(id)).find((i) => i.title === 'Agerhønevej')!;
    const res = await supervisor.post(`/moeder/${id}/punkter`, { itemTitle: 'Dybere', parentId: String(sub.id) });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Et underpunkt kan ikke have sine egne underpunkter.');
    const empty = await supervisor.post(`/moeder/${id}/punkter`, { itemTitle: '  ', theme: 'udlejning' });
    expect(empty.status).toBe(400);
    const html = await empty.text();
    expect(html).toContain('Udfyld punktets titel.');
    expect(html).toMatch(/<option value="udlejning" selected/);
  });

  it('records notes, a decision with a vote and an action item, each in the history', async () => {
    const item = (await itemsOf(id)).find((i) => i.title === 'Eventuelt')!;
    const saved = await supervisor.post(`/moeder/${id}/punkter/${item.id}`, {
      version: String(item.version),
      title: 'Eventuelt',
      theme: 'boligsocialt',
      text: '',
      notes: 'Lejerbo ønsker en socialvicevært.\r\n- Gadeteamet: tlf. 5588 2177',
      closed: '',
    });
    expect(saved.status).toBe(303);
    expect(
      (
        await supervisor.post(`/moeder/${id}/punkter/${item.id}/beslutninger`, {
          decisionText: 'Forslag om hjemrejse',
          body: 'Økonomiudvalget',
          decidedOn: '2025-11-04',
          outcome: 'forkastet',
          votesFor: '1',
          partiesFor: 'O',
          votesAgainst: '8',
        })
      ).status,
    ).toBe(303);
    expect(
      (
        await supervisor.post(`/moeder/${id}/punkter/${item.id}/opfoelgning`, {
          actionText: 'Løfte socialvicevært videre til centerchefen',
          responsible: 'Jette Hansen',
          due: '2026-03-01',
        })
      ).status,
    ).toBe(303);
    const html = await (await supervisor.get(`/moeder/${id}/punkter/${item.id}`)).text();
    expect(html).toContain('Forslaget blev forkastet med 8 stemmer mod 1 (O).');
    // The browser's CRLF is stored as LF, so the bullet is a list item on the meeting page.
    expect((await itemsOf(id)).find((i) => i.id === item.id)!.notes).toBe(
      'Lejerbo ønsker en socialvicevært.\n- Gadeteamet: tlf. 5588 2177',
    );
    expect(await (await supervisor.get(`/moeder/${id}`)).text()).toContain('<li>Gadeteamet: tlf. 5588 2177</li>');
    expect(html).toContain('Løfte socialvicevært videre til centerchefen – Jette Hansen (frist 1. marts 2026)');
    const history = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'meeting'), eq(auditEvents.entityId, String(id))));
    expect(history.map((h) => h.summary)).toEqual(
      expect.arrayContaining(['Punkt ændret: Eventuelt', 'Opfølgningspunkt: Løfte socialvicevært videre til centerchefen']),
    );
  });

  it('refuses a decision vote that is not a number and an action date that does not exist', async () => {
    const item = (await itemsOf(id))[0];
    const bad = await supervisor.post(`/moeder/${id}/punkter/${item.id}/beslutninger`, { decisionText: 'Godkendt', votesFor: 'otte' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Stemmer for skal være et helt tal.');
    const contradiction = await supervisor.post(`/moeder/${id}/punkter/${item.id}/beslutninger`, {
      decisionText: 'Vedtaget?',
      outcome: 'vedtaget',
      votesFor: '1',
      votesAgainst: '9',
    });
    expect(contradiction.status).toBe(400);
    expect(await contradiction.text()).toContain('Udfaldet passer ikke med 1 stemme for og 9 imod.');
    const badDate = await supervisor.post(`/moeder/${id}/punkter/${item.id}/opfoelgning`, { actionText: 'Send planen', due: '2026-02-30' });
    expect(badDate.status).toBe(400);
    const html = await badDate.text();
    expect(html).toContain('Fristen er ikke en gyldig dato.');
    expect(html).toContain('value="Send planen"');
  });

  it('keeps both edits apart: the second save of the same version is refused with its text kept', async () => {
    const item = (await itemsOf(id))[0];
    const form = { version: String(item.version), title: item.title, notes: 'Tove skrev dette' };
    expect((await supervisor.post(`/moeder/${id}/punkter/${item.id}`, form)).status).toBe(303);
    const late = await colleague.post(`/moeder/${id}/punkter/${item.id}`, { ...form, notes: 'Kollegaen skrev noget andet' });
    expect(late.status).toBe(409);
    const html = await late.text();
    expect(html).toContain('Punktet er ændret af en anden, mens du redigerede.');
    expect(html).toContain('Kollegaen skrev noget andet');
    expect((await itemsOf(id))[0].notes).toBe('Tove skrev dette');
  });

  it('takes bilag checked by content, serves them to the parties and no one else', async () => {
    const item = (await itemsOf(id))[0];
    const upload = (name: string, bytes: Buffer) => {
      const form = new FormData();
      form.append('files', new File([new Uint8Array(bytes)], name, { type: 'application/pdf' }));
      return supervisor.postMultipart(`/moeder/${id}/punkter/${item.id}/bilag`, form);
    };
    const refused = await upload('plan.pdf', Buffer.from('MZ not a pdf'));
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('hedder .pdf, men er ikke en PDF-fil');
    const longName = await upload(`${'B'.repeat(300)}.pdf`, await pdfWith('Navn for langt'));
    expect(longName.status).toBe(400);
    expect(await longName.text()).toContain('Filnavnet er for langt (304 tegn).');
    const ok = await upload('Vedligeholdelsesplan.pdf', await pdfWith('Drift og vedligeholdelse 30 år'));
    expect(ok.status).toBe(303);
    const html = await (await orgUser.get(`/moeder/${id}`)).text();
    const href = /href="(\/moeder\/\d+\/bilag\/\d+)">Vedligeholdelsesplan.pdf/.exec(html)?.[1];
    expect(href).toBeTruthy();
    const file = await orgUser.get(href!);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect((await otherMuni.get(href!)).status).toBe(404);
  });

  it('refuses a truncated PDF as bilag: it must open before it is stored', async () => {
    const item = (await itemsOf(id))[0];
    const form = new FormData();
    form.append('files', new File([new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<< /Type /Ca')], 'Referat.pdf'));
    const refused = await supervisor.postMultipart(`/moeder/${id}/punkter/${item.id}/bilag`, form);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Filen „Referat.pdf“ er beskadiget eller ufuldstændig og kan ikke åbnes som PDF.');
  });

  it('removes a bilag and deletes an item only through their confirmation steps', async () => {
    const [first] = await itemsOf(id);
    const form = new FormData();
    form.append('files', new File([new Uint8Array(await pdfWith('Et udkast'))], 'Udkast.pdf', { type: 'application/pdf' }));
    expect((await supervisor.postMultipart(`/moeder/${id}/punkter/${first.id}/bilag`, form)).status).toBe(303);
    const itemPage = await (await supervisor.get(`/moeder/${id}/punkter/${first.id}`)).text();
    const remove = `${/href="(\/moeder\/\d+\/bilag\/\d+)">Udkast\.pdf/.exec(itemPage)![1]}/fjern`;
    expect(itemPage).toContain(`href="${remove}"`);
    expect(itemPage).not.toContain(`action="${remove}"`);
    expect(await (await supervisor.get(remove)).text()).toContain(
      `Er du sikker på, at du vil fjerne bilaget Udkast.pdf fra punktet ${first.title}?`,
    );
    expect((await orgUser.get(remove)).status).toBe(403);
    expect((await supervisor.post(remove)).headers.get('location')).toBe(remove);
    expect(await (await supervisor.get(`/moeder/${id}/punkter/${first.id}`)).text()).toContain('Udkast.pdf');
    const removed = await supervisor.post(remove, { bekraeft: 'ja' });
    expect(removed.headers.get('location')).toBe(`/moeder/${id}/punkter/${first.id}#files-heading`);
    expect(await (await supervisor.get(`/moeder/${id}/punkter/${first.id}`)).text()).not.toContain('Udkast.pdf');

    expect((await supervisor.post(`/moeder/${id}/punkter`, { itemTitle: 'Midlertidigt punkt' })).status).toBe(303);
    const extra = (await itemsOf(id)).find((i) => i.title === 'Midlertidigt punkt')!;
    const del = `/moeder/${id}/punkter/${extra.id}/slet`;
    expect(await (await supervisor.get(`/moeder/${id}/punkter/${extra.id}`)).text()).toContain(`href="${del}"`);
    const step = await (await supervisor.get(del)).text();
    expect(step).toContain('Er du sikker på, at du vil slette punktet Midlertidigt punkt?');
    expect(step).toContain(`<a href="/moeder/${id}/punkter/${extra.id}">Annullér</a>`);
    expect((await supervisor.post(del)).status).toBe(303);
    expect((await itemsOf(id)).some((i) => i.id === extra.id)).toBe(true);
    expect((await supervisor.post(del, { bekraeft: 'ja' })).headers.get('location')).toBe(`/moeder/${id}#agenda-heading`);
    expect((await itemsOf(id)).some((i) => i.id === extra.id)).toBe(false);
  });

  it('serves the agenda and minutes as PDF and Word', async () => {
    const pdf = await supervisor.get(`/moeder/${id}/dagsorden.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain('filename="Dagsorden Styringsdialogmoede 2025.pdf"');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const docx = await supervisor.get(`/moeder/${id}/referat.docx`);
    expect(docx.status).toBe(200);
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('convenes by e-mail with the agenda as PDF and an iCalendar invitation to each participant with an address', async () => {
    expect((await supervisor.post(`/moeder/${id}/indkald`, {})).status).toBe(303);
    const mails = await t.deps.db.select().from(outbox);
    expect(mails.map((m) => m.toAddress).sort()).toEqual(['jette@naestved.dk', 'lena@example.dk']);
    const files = mails[0].attachments!;
    expect(files.map((f) => f.filename)).toEqual(['dagsorden.pdf', 'invitation.ics']);
    const ics = Buffer.from(files[1].contentBase64, 'base64')
      .toString()
      .replace(/\r\n[ \t]/g, ''); // unfolded
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('DTSTART:20251104T090000Z');
    expect(ics).toContain('LOCATION:Rådhuset\\, mødelokale 2');
    expect(ics).toContain('ORGANIZER;CN="Næstved Kommune":MAILTO:noreply@localhost');
    expect(ics).toMatch(/ATTENDEE;RSVP=TRUE;[^\n]*CN="Lena Andersen":mailto:lena@example.dk/);
    expect((await meetingRow(id)).convenedAt).not.toBeNull();
  });

  it('lets the organisation read but not change the agenda; others do not see the meeting', async () => {
    expect((await orgUser.get(`/moeder/${id}`)).status).toBe(200);
    expect((await orgUser.post(`/moeder/${id}/punkter`, { itemTitle: 'Vores punkt' })).status).toBe(403);
    expect((await reader.post(`/moeder/${id}/punkter`, { itemTitle: 'Læserens punkt' })).status).toBe(403);
    expect((await otherOrgUser.get(`/moeder/${id}`)).status).toBe(404);
    expect((await otherMuni.get(`/moeder/${id}`)).status).toBe(404);
    expect((await otherMuni.get(`/moeder/${id}/referat.pdf`)).status).toBe(404);
    const list = await (await otherMuni.get('/kommuner/0370/moeder')).text();
    expect(list).not.toContain(`/moeder/${id}"`);
  });

  it('finds items by words in their minutes, for those who may see the meeting', async () => {
    const html = await (await supervisor.get('/kommuner/0370/moeder?q=socialvicevært')).text();
    expect(html).toContain('1 punkt matcher');
    expect(html).toContain('<mark>socialvicevært</mark>');
    const other = await (await otherMuni.get('/kommuner/0370/moeder?q=socialvicevært')).text();
    expect(other).toContain('Ingen punkter matcher');
    // Words only in a decision or an action item, and a case number, find their item too.
    for (const q of ['hjemrejse', 'centerchefen']) {
      const found = await (await supervisor.get(`/kommuner/0370/moeder?q=${q}`)).text();
      expect(found).toContain('1 punkt matcher');
      expect(found).toContain(`<mark>${q}</mark>`);
    }
    const eventuelt = (await itemsOf(id)).find((i) => i.title === 'Eventuelt')!;
    await t.deps.db.update(agendaItems).set({ caseNumber: '24/12345' }).where(eq(agendaItems.id, eventuelt.id));
    expect(await (await supervisor.get('/kommuner/0370/moeder?q=24%2F12345')).text()).toContain('1 punkt matcher');
    expect(await (await supervisor.get('/kommuner/0370/moeder?q=Sagsnr.%2024%2F12345')).text()).toContain('1 punkt matcher');
    await t.deps.db.update(agendaItems).set({ caseNumber: null }).where(eq(agendaItems.id, eventuelt.id));
  });

  describe('minutes approval', () => {
    it('goes to the organisation for comments, is approved by both and then locked', async () => {
      const before = await meetingRow(id);
      expect((await orgUser.post(`/moeder/${id}/referat/godkend`, { version: String(before.version) })).status).toBe(409);
      expect((await supervisor.post(`/moeder/${id}/referat/send`, { version: String(before.version) })).status).toBe(303);
      expect(
        (await orgUser.post(`/moeder/${id}/referat/kommentar`, { comment: 'Punkt 8: det var Lejerbo, der foreslog det.' })).status,
      ).toBe(303);
      const eventuelt = (await itemsOf(id)).find((i) => i.title === 'Eventuelt')!;
      expect(
        (
          await orgUser.post(`/moeder/${id}/referat/kommentar`, {
            comment: 'Tilføj Gadeteamets nummer.',
            commentItemId: String(eventuelt.id),
          })
        ).status,
      ).toBe(303);
      expect(await (await supervisor.get(`/moeder/${id}/punkter/${eventuelt.id}`)).text()).toContain('Tilføj Gadeteamets nummer.');
      let m = await meetingRow(id);
      expect((await orgUser.post(`/moeder/${id}/referat/godkend`, { version: String(m.version) })).status).toBe(303);
      m = await meetingRow(id);
      expect(m.minutesStatus).toBe('til_kommentering');
      expect(m.organisationApprovedBy).toContain('Ole Organisation');
      expect((await supervisor.post(`/moeder/${id}/referat/godkend`, { version: String(m.version) })).status).toBe(303);
      m = await meetingRow(id);
      expect(m.minutesStatus).toBe('godkendt');
      const html = await (await orgUser.get(`/moeder/${id}`)).text();
      expect(html).toContain('Punkt 8: det var Lejerbo, der foreslog det.');
      // The comment about one item shows on the meeting page too, linked to its item.
      expect(html).toMatch(
        new RegExp(
          `om <a href="/moeder/${id}/punkter/${eventuelt.id}">punkt \\d+\\. Eventuelt</a>: <div class="sd-plain"><p>Tilføj Gadeteamets nummer.</p>`,
        ),
      );
      expect(html).toContain('Referatet er godkendt og låst');
    });

    it('refuses an approval sent from a page that showed the text before a later change', async () => {
      const fresh = await createMeeting('2024-06-01', { useTemplate: 'on' });
      let m = await meetingRow(fresh);
      expect((await supervisor.post(`/moeder/${fresh}/referat/send`, { version: String(m.version) })).status).toBe(303);
      const seenByOrganisation = (await meetingRow(fresh)).version;
      const item = (await itemsOf(fresh))[0];
      expect(
        (
          await supervisor.post(`/moeder/${fresh}/punkter/${item.id}`, {
            version: String(item.version),
            title: item.title,
            notes: 'Ny tekst efter afsendelse',
          })
        ).status,
      ).toBe(303);
      expect((await orgUser.post(`/moeder/${fresh}/referat/godkend`, { version: String(seenByOrganisation) })).status).toBe(409);
      m = await meetingRow(fresh);
      expect(m.organisationApprovedAt).toBeNull();
      // A change of date or place withdraws an approval already given.
      expect((await orgUser.post(`/moeder/${fresh}/referat/godkend`, { version: String(m.version) })).status).toBe(303);
      m = await meetingRow(fresh);
      expect(m.organisationApprovedAt).not.toBeNull();
      expect(
        (
          await supervisor.post(`/moeder/${fresh}`, {
            version: String(m.version),
            title: m.title,
            date: '2024-06-02',
            place: 'Et andet sted',
          })
        ).status,
      ).toBe(303);
      expect((await meetingRow(fresh)).organisationApprovedAt).toBeNull();
    });

    it('refuses every change to locked minutes', async () => {
      const item = (await itemsOf(id))[0];
      const res = await supervisor.post(`/moeder/${id}/punkter/${item.id}`, {
        version: String(item.version),
        title: 'Ændret efter godkendelse',
      });
      expect(res.status).toBe(409);
      expect(await res.text()).toContain('Referatet er godkendt og låst.');
      expect((await supervisor.post(`/moeder/${id}/punkter`, { itemTitle: 'Nyt' })).status).toBe(409);
      const decision = await supervisor.post(`/moeder/${id}/punkter/${item.id}/beslutninger`, { decisionText: 'Skrevet i en anden fane' });
      expect(decision.status).toBe(409);
      const html = await decision.text();
      expect(html).toContain('Referatet er godkendt og låst.');
      expect(html).toContain('Skrevet i en anden fane');
      expect((await itemsOf(id))[0].title).not.toBe('Ændret efter godkendelse');
    });

    it('changes through a new version whose diff shows what changed since the approved one', async () => {
      let m = await meetingRow(id);
      expect((await supervisor.post(`/moeder/${id}/referat/ny-version`, { version: String(m.version) })).status).toBe(303);
      m = await meetingRow(id);
      expect(m.minutesVersion).toBe(2);
      const item = (await itemsOf(id))[0];
      expect(
        (
          await supervisor.post(`/moeder/${id}/punkter/${item.id}`, {
            version: String(item.version),
            title: item.title,
            notes: 'Rettet: Lejerbo foreslog det',
          })
        ).status,
      ).toBe(303);
      const diff = await (await orgUser.get(`/moeder/${id}/referat/versioner/2`)).text();
      expect(diff).toContain('Ændringer i forhold til version 1');
      expect(diff).toMatch(/<del[^>]*>[\s\S]*Tove skrev dette/);
      expect(diff).toMatch(/<ins[^>]*>[\s\S]*Rettet: Lejerbo foreslog det/);
      const v1 = await (await orgUser.get(`/moeder/${id}/referat/versioner/1`)).text();
      expect(v1).toContain('Tove skrev dette');
      expect((await orgUser.get(`/moeder/${id}/referat/versioner/7`)).status).toBe(404);
    });
  });

  describe('bad input', () => {
    it('drops NUL bytes from text, refuses impossible years and garbled bodies with Danish messages', async () => {
      // A joint meeting: another series than the organisation's, so the follow-up tests below are not affected.
      const fresh = idFrom(await supervisor.post('/kommuner/0370/moeder', { kind: 'faellesmoede', date: '2026-05-05', formShown: '1' }));
      expect((await supervisor.post(`/moeder/${fresh}/deltagere`, { participantName: 'Nul\u0000Byte\uFFFE', side: 'other' })).status).toBe(
        303,
      );
      expect(await (await supervisor.get(`/moeder/${fresh}`)).text()).toContain('<td>NulByte</td>');
      const year0 = await supervisor.post('/kommuner/0370/moeder', {
        kind: 'faellesmoede',
        date: '0001-01-01',
        startTime: '10:00',
        formShown: '1',
      });
      expect(year0.status).toBe(400);
      expect(await year0.text()).toContain('Mødedatoen skal ligge mellem år 1900 og 2200.');
      expect((await supervisor.get('/kommuner/0370/moeder?q=a%00b')).status).toBe(400);
      const garbled = await t.app.request(`/moeder/${fresh}/deltagere`, {
        method: 'POST',
        body: '--x\r\nnot a part',
        headers: { 'content-type': 'multipart/form-data; boundary=x', cookie: supervisor.cookieHeader(), accept: 'text/html' },
      });
      expect(garbled.status).toBe(400);
      expect(await garbled.text()).not.toContain('uventet fejl');
    });
  });

  describe('joint meetings and fora', () => {
    it("shares the joint meeting with every organisation the municipality supervises, and keeps a forum's with the municipality", async () => {
      const joint = idFrom(
        await supervisor.post('/kommuner/0370/moeder', {
          kind: 'faellesmoede',
          title: 'Fællesmøde 2026',
          date: '2026-02-01',
          useTemplate: 'on',
          formShown: '1',
        }),
      );
      expect((await orgUser.get(`/moeder/${joint}`)).status).toBe(200);
      expect((await otherOrgUser.get(`/moeder/${joint}`)).status).toBe(200);
      expect((await otherMuni.get(`/moeder/${joint}`)).status).toBe(404);
      expect(await (await supervisor.get(`/moeder/${joint}`)).text()).toContain('Resultater af styringsdialogmøderne');
      // Sent for comments, every organisation may comment; the municipality alone approves.
      expect((await supervisor.post(`/moeder/${joint}/referat/send`, { version: String((await meetingRow(joint)).version) })).status).toBe(
        303,
      );
      expect((await otherOrgUser.post(`/moeder/${joint}/referat/kommentar`, { comment: 'Husk vores nye afdeling.' })).status).toBe(303);
      expect(await (await supervisor.get(`/moeder/${joint}`)).text()).toContain('Husk vores nye afdeling.');
      expect((await orgUser.post(`/moeder/${joint}/referat/godkend`, { version: String((await meetingRow(joint)).version) })).status).toBe(
        403,
      );
      expect((await otherMuni.post(`/moeder/${joint}/referat/kommentar`, { comment: 'Udefra' })).status).toBe(404);
      const forum = await makeForum(t.deps.db, { municipalityCode: '0370', name: 'Dialogforum Næstved' });
      const refused = await supervisor.post('/kommuner/0370/moeder', { kind: 'forum', forumId: '', formShown: '1' });
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain('Vælg forummet, der holder mødet.');
      const forumMeeting = idFrom(
        await supervisor.post('/kommuner/0370/moeder', {
          kind: 'forum',
          forumId: String(forum.id),
          date: '2026-03-01',
          useTemplate: 'on',
          formShown: '1',
        }),
      );
      expect((await orgUser.get(`/moeder/${forumMeeting}`)).status).toBe(404);
      const html = await (await supervisor.get(`/moeder/${forumMeeting}`)).text();
      expect(html).toContain('Møde i Dialogforum Næstved');
      // No participant has an e-mail address: convening says so instead of sending nothing.
      const convene = await supervisor.post(`/moeder/${forumMeeting}/indkald`, {});
      expect(convene.status).toBe(400);
      expect(await convene.text()).toContain('Ingen deltagere har en e-mailadresse.');
    });
  });

  describe('follow-up', () => {
    it("proposes the open action items and last time's decisions on the next meeting until done", async () => {
      const next = await createMeeting('2026-11-10', { useTemplate: '' });
      let html = await (await supervisor.get(`/moeder/${next}`)).text();
      expect(html).toContain('Status på åbne opfølgningspunkter');
      expect(html).toContain('Løfte socialvicevært videre til centerchefen – Jette Hansen');
      expect(html).toContain('Opfølgning på aftaler fra sidste møde');
      expect((await supervisor.post(`/moeder/${next}/forslag`, { sources: 'opfoelgning' })).status).toBe(303);
      const items = await itemsOf(next);
      expect(items[0].title).toBe('Status på åbne opfølgningspunkter');
      expect(items[0].text).toContain('Løfte socialvicevært videre til centerchefen');
      html = await (await supervisor.get(`/moeder/${next}`)).text();
      expect(html).not.toContain('name="sources" value="opfoelgning"');
      const [action] = await t.deps.db.select().from(actionItems).where(eq(actionItems.meetingId, id));
      expect((await supervisor.post(`/moeder/${next}/opfoelgning/${action.id}`, { done: '1' })).status).toBe(303);
      const third = await createMeeting('2027-11-10', { useTemplate: '' });
      html = await (await supervisor.get(`/moeder/${third}`)).text();
      expect(html).not.toContain('Status på åbne opfølgningspunkter');
    });
  });
});
