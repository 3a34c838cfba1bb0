import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/app.ts';
import { auditEvents } from '../../audit/tables.ts';
import { lettingAgreements } from './tables.ts';
import { lettingBody, lettingWorld, postBody } from './test-setup.ts';

/*
 * Letting agreements through HTTP: made by the organisation, submitted, approved by the
 * municipality; bad input refused at its field with what was typed kept; a second editor's stale
 * form a conflict; each party sees only its own.
 */

let t: TestContext;
let w: Awaited<ReturnType<typeof lettingWorld>>;
let id: number;

beforeAll(async () => {
  t = await createTestContext();
  w = await lettingWorld(t);
});
afterAll(async () => {
  await t.close();
});

const valid = () => ({
  kind: 'kommunal_anvisning',
  sharePercent: '25',
  estates: [String(w.estates.x1.id), String(w.estates.x2.id)],
  validFrom: '2026-01-01',
  validTo: '2029-12-31',
  note: 'Hver fjerde ledige bolig',
});

const newPath = () => `/boligorganisationer/${w.orgX.id}/udlejningsaftaler`;

async function fieldError(res: Response, field: string) {
  const html = await res.text();
  const m = new RegExp(`id="letting-${field}-error"[^>]*>\\s*<span class="sr-only">Fejl: </span>([^<]*)`).exec(html);
  return { html, message: m?.[1] ?? null };
}

describe('making, submitting and approving', () => {
  it('the organisation makes a draft; the history has it', async () => {
    const res = await postBody(t, w.as.orgX, newPath(), lettingBody(w.as.orgX.csrf, valid()));
    expect(res.status).toBe(303);
    id = Number(/\/udlejningsaftaler\/(\d+)$/.exec(res.headers.get('location') ?? '')![1]);
    const [row] = await t.deps.db.select().from(lettingAgreements).where(eq(lettingAgreements.id, id));
    expect(row).toMatchObject({ kind: 'kommunal_anvisning', sharePercent: 25, municipalityCode: '0219', status: 'udkast' });
    const html = await (await w.as.orgX.get(`/udlejningsaftaler/${id}`)).text();
    expect(html).toContain('Kommunal anvisning – Boligselskabet X');
    expect(html).toContain('1 Ellehusene, 2 Bakkehusene');
    expect(html).toContain('25 % af de ledige boliger');
    expect(html).toContain('Indsend til kommunen');
    const events = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'letting_agreement'), eq(auditEvents.entityId, String(id))));
    expect(events.map((e) => e.action)).toEqual(['create']);
    expect(events[0].changes?.estates).toEqual({ old: null, new: ['1 Ellehusene', '2 Bakkehusene'] });
  });

  it('the municipality cannot approve a draft, and the organisation cannot approve at all', async () => {
    const muniPage = await (await w.as.muni.get(`/udlejningsaftaler/${id}`)).text();
    expect(muniPage).not.toContain('Godkend aftalen');
    expect((await w.as.orgX.post(`/udlejningsaftaler/${id}/godkend`, { version: '1' })).status).toBe(403);
    expect((await w.as.muni.post(`/udlejningsaftaler/${id}/indsend`, { version: '1' })).status).toBe(403);
  });

  it('the organisation submits (indsendt), and the municipality approves (godkendt), each with who and when', async () => {
    expect((await w.as.orgX.post(`/udlejningsaftaler/${id}/indsend`, { version: '1' })).status).toBe(303);
    const submitted = await (await w.as.muni.get(`/udlejningsaftaler/${id}`)).text();
    expect(submitted).toContain('Godkend aftalen');
    expect(submitted).toMatch(/aria-current="step"[^>]*>\s*<span[^>]*>2<\/span>/);
    // A second click on the old page: a conflict, said on the page, nothing changed.
    const again = await w.as.orgX.post(`/udlejningsaftaler/${id}/indsend`, { version: '1' });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('ændret af en anden');
    expect((await w.as.muni.post(`/udlejningsaftaler/${id}/godkend`, { version: '2' })).status).toBe(303);
    const [row] = await t.deps.db.select().from(lettingAgreements).where(eq(lettingAgreements.id, id));
    expect(row.status).toBe('godkendt');
    expect(row.submittedBy).toContain('redaktor@x.test');
    expect(row.approvedBy).toContain('tilsyn@hillerod.test');
    const html = await (await w.as.orgReader.get(`/udlejningsaftaler/${id}`)).text();
    expect(html).toContain('Indsendt til kommunen');
    expect(html).toContain('Godkendt af kommunen');
    // Approved: no longer a draft to change.
    expect((await w.as.orgX.get(`/udlejningsaftaler/${id}/rediger`)).status).toBe(303);
  });

  it("lists it on the municipality's and the organisation's list, filtered by status", async () => {
    const list = await (await w.as.muni.get('/kommuner/0219/udlejningsaftaler?status=godkendt&sort=udloeb')).text();
    expect(list).toContain(`/udlejningsaftaler/${id}`);
    const drafts = await (await w.as.muni.get('/kommuner/0219/udlejningsaftaler?status=udkast')).text();
    expect(drafts).not.toContain(`/udlejningsaftaler/${id}"`);
    const own = await (await w.as.staff.get(newPath())).text();
    expect(own).toContain(`/udlejningsaftaler/${id}`);
    const municipalityPage = await (await w.as.muni.get('/kommuner/0219')).text();
    expect(municipalityPage).toContain('/kommuner/0219/udlejningsaftaler');
    const organisationPage = await (await w.as.orgX.get(`/boligorganisationer/${w.orgX.id}`)).text();
    expect(organisationPage).toContain(newPath());
  });
});

describe('bad input is refused at the field, with what was typed kept', () => {
  const cases: [string, Record<string, string | string[]>, string, RegExp][] = [
    ['a share above 100 %', { sharePercent: '120' }, 'sharePercent', /højst være 100 %/],
    ['a share below the legal 25 % for a municipal assignment', { sharePercent: '20' }, 'sharePercent', /mindst 25 %/],
    ['an end before the start', { validTo: '2025-06-30' }, 'validTo', /efter startdatoen/],
    ['no estates', { estates: [] }, 'estates', /mindst én afdeling/],
    [
      'an unknown priority group',
      { kind: 'fleksibel_udlejning', priorityGroups: ['pendlere', 'turister'] },
      'priorityGroups',
      /fra listen/,
    ],
    ['flexible letting without priority groups', { kind: 'fleksibel_udlejning' }, 'priorityGroups', /mindst én gruppe/],
    ['fixed homes without a count', { kind: 'fast_anvisningsret', homesText: 'Vejen 1' }, 'homesCount', /hvor mange boliger/],
  ];
  for (const [what, change, field, message] of cases) {
    it(what, async () => {
      const res = await postBody(t, w.as.orgX, newPath(), lettingBody(w.as.orgX.csrf, { ...valid(), ...change }));
      expect(res.status).toBe(400);
      const { html, message: shown } = await fieldError(res, field);
      expect(shown).toMatch(message);
      expect(html).toContain('Hver fjerde ledige bolig');
    });
  }

  it("shows every error at once, in the form's order: a mistyped date does not hide a share above 100 %", async () => {
    const res = await postBody(
      t,
      w.as.orgX,
      newPath(),
      lettingBody(w.as.orgX.csrf, { ...valid(), sharePercent: '120', validFrom: '2026-13-01' }),
    );
    const html = await res.text();
    expect(html).toContain('Der er 2 fejl i formularen');
    expect(html.indexOf('højst være 100 %')).toBeLessThan(html.indexOf('ikke en gyldig dato'));
    expect(html).toContain('value="2026-13-01"');
  });

  it("estates of another organisation, or in two municipalities, are refused at 'Afdelinger'", async () => {
    const other = await postBody(t, w.as.orgX, newPath(), lettingBody(w.as.orgX.csrf, { ...valid(), estates: [String(w.estates.y1.id)] }));
    expect(other.status).toBe(400);
    expect((await fieldError(other, 'estates')).message).toMatch(/hører ikke til boligorganisationen/);
    const two = await postBody(
      t,
      w.as.orgX,
      newPath(),
      lettingBody(w.as.orgX.csrf, { ...valid(), estates: [String(w.estates.x1.id), String(w.estates.x3.id)] }),
    );
    expect((await fieldError(two, 'estates')).message).toMatch(/samme kommune/);
    expect(await t.deps.db.$count(lettingAgreements)).toBe(1);
  });
});

describe('two editors', () => {
  it('the second gets the conflict message with their text kept', async () => {
    const res = await postBody(t, w.as.orgX, newPath(), lettingBody(w.as.orgX.csrf, valid()));
    const draft = Number(/(\d+)$/.exec(res.headers.get('location')!)![1]);
    const first = await postBody(
      t,
      w.as.orgX,
      `/udlejningsaftaler/${draft}`,
      lettingBody(w.as.orgX.csrf, { ...valid(), version: '1', sharePercent: '30' }),
    );
    expect(first.status).toBe(303);
    const second = await postBody(
      t,
      w.as.orgX2,
      `/udlejningsaftaler/${draft}`,
      lettingBody(w.as.orgX2.csrf, { ...valid(), version: '1', note: 'Min egen tekst' }),
    );
    expect(second.status).toBe(409);
    const html = await second.text();
    expect(html).toContain('ændret af en anden');
    expect(html).toContain('Min egen tekst');
    const [row] = await t.deps.db.select().from(lettingAgreements).where(eq(lettingAgreements.id, draft));
    expect(row).toMatchObject({ sharePercent: 30, note: 'Hver fjerde ledige bolig', version: 2 });
  });
});

describe('scope', () => {
  it('another organisation, another municipality and their lists never show it', async () => {
    expect((await w.as.orgY.get(`/udlejningsaftaler/${id}`)).status).toBe(404);
    expect((await w.as.otherMuni.get(`/udlejningsaftaler/${id}`)).status).toBe(404);
    expect((await w.as.otherMuni.get('/kommuner/0219/udlejningsaftaler')).status).toBe(404);
    const seenByY = await (await w.as.orgY.get('/kommuner/0219/udlejningsaftaler')).text();
    expect(seenByY).not.toContain('/udlejningsaftaler/');
  });

  it('readers read and write nothing', async () => {
    expect((await w.as.muniReader.get(`/udlejningsaftaler/${id}`)).status).toBe(200);
    expect((await w.as.muniReader.post(`/udlejningsaftaler/${id}/godkend`, { version: '2' })).status).toBe(403);
    const res = await postBody(t, w.as.orgReader, newPath(), lettingBody(w.as.orgReader.csrf, valid()));
    expect(res.status).toBe(403);
  });
});
