import { and, desc, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/app.ts';
import { seedPublicData } from '../../../../test/public-seed.ts';
import { lettingAgreements } from '../../agreements/letting/tables.ts';
import { auditEvents } from '../../audit/tables.ts';
import { meetings } from '../../meetings/tables.ts';
import { outbox } from '../../outbox/tables.ts';
import { publicSubscriptions } from '../tables.ts';
import { queueSubscriptionDigests } from './digest.ts';
import { GONE_KEYS_KEPT } from './seen-keys.ts';

/* Subscriptions by e-mail through HTTP: the form, double opt-in, the digest, one-click unsubscribe, the rate limit. */

let t: TestContext;
let anon: TestClient;
let ids: Awaited<ReturnType<typeof seedPublicData>>;
const orgPath = () => `/offentlig/kommuner/${ids.code}/boligorganisationer/${ids.org}`;
const estatePath = () => `${orgPath()}/afdelinger/${ids.estate}`;
const mailsTo = (to: string) => t.deps.db.select().from(outbox).where(eq(outbox.toAddress, to)).orderBy(desc(outbox.id));
const linkIn = (text: string, kind: 'bekraeft' | 'afmeld') => new RegExp(`/offentlig/abonnementer/${kind}/[\\w-]+`).exec(text)![0];
const digest = (today: string) => queueSubscriptionDigests({ db: t.deps.db, today, config: t.deps.config });

/** Subscribes and confirms; returns the path of the confirmation link. */
async function subscribed(email: string, path = orgPath()) {
  expect((await anon.post(`${path}/abonnement`, { email })).status).toBe(200);
  const [mail] = await mailsTo(email);
  const confirm = linkIn(mail.textBody, 'bekraeft');
  expect((await anon.post(confirm)).status).toBe(200);
  return confirm;
}

beforeAll(async () => {
  t = await createTestContext();
  anon = t.client();
  ids = await seedPublicData(t.deps.db);
});
afterAll(async () => {
  await t.close();
});

describe('subscribing by e-mail', () => {
  it('each public page has the form; an invalid address is 400 with the message next to the field and the value kept', async () => {
    const html = await (await anon.get(estatePath())).text();
    expect(html).toContain(`action="${estatePath()}/abonnement"`);
    const res = await anon.post(`${estatePath()}/abonnement`, { email: 'ikke en adresse<' });
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body).toContain('Skriv en gyldig din e-mail');
    expect(body).toContain('value="ikke en adresse&lt;"');
    expect(await t.deps.db.select().from(publicSubscriptions)).toHaveLength(0);
  });

  it('double opt-in: a confirmation mail; no digest before confirming; the link works once', async () => {
    const email = 'borger@example.dk';
    const res = await anon.post(`${orgPath()}/abonnement`, { email: 'Borger@Example.dk' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Tjek din e-mail');
    const [mail] = await mailsTo(email);
    expect(mail.subject).toContain('Bekræft dit abonnement');
    const confirm = linkIn(mail.textBody, 'bekraeft');
    // Unconfirmed: something new is published, but no digest.
    await t.deps.db.insert(lettingAgreements).values({
      organisationId: ids.org,
      municipalityCode: ids.code,
      kind: 'kommunal_anvisning',
      sharePercent: 10,
      validFrom: '2024-01-01',
      validTo: '2099-12-31',
      status: 'godkendt',
    });
    expect(await digest('2026-12-01')).toBe(0);
    // The GET shows a button and changes nothing; the POST confirms, once.
    expect((await anon.get(confirm)).status).toBe(200);
    const [row] = await t.deps.db.select().from(publicSubscriptions).where(eq(publicSubscriptions.email, email));
    expect(row.confirmedAt).toBeNull();
    expect(row.confirmTokenHash).not.toContain(confirm.split('/').pop()!);
    const ok = await anon.post(confirm);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('Abonnementet er bekræftet');
    expect((await anon.post(confirm)).status).toBe(404);
    expect((await anon.get(confirm)).status).toBe(404);
    // What was public at confirmation is not news.
    expect(await digest('2026-12-01')).toBe(0);
  });

  it('the digest: one mail with two new items, with List-Unsubscribe; none when nothing is new; not twice a day', async () => {
    const email = 'digest@example.dk';
    await subscribed(email);
    const [meeting] = await t.deps.db
      .insert(meetings)
      .values({
        kind: 'dialogmoede',
        municipalityCode: ids.code,
        organisationId: ids.org,
        title: 'Ekstra dialogmøde Nyhedsord',
        startsAt: new Date('2025-12-01T08:00:00Z'),
        heldAt: new Date('2025-12-01T10:00:00Z'),
        minutesStatus: 'godkendt',
      })
      .returning();
    await t.deps.db.insert(lettingAgreements).values({
      organisationId: ids.org,
      municipalityCode: ids.code,
      kind: 'kombineret_udlejning',
      sharePercent: 15,
      validFrom: '2024-01-01',
      validTo: '2099-12-31',
      status: 'godkendt',
    });
    // An unapproved meeting is not news.
    await t.deps.db.insert(meetings).values({
      kind: 'dialogmoede',
      municipalityCode: ids.code,
      organisationId: ids.org,
      title: 'Ikke godkendt Skjultord',
      heldAt: new Date('2025-12-02T10:00:00Z'),
      minutesStatus: 'til_kommentering',
    });
    await digest('2026-12-02');
    const mails = (await mailsTo(email)).filter((m) => m.subject.startsWith('Nyt fra styringsdialogen'));
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail.textBody).toContain('Ekstra dialogmøde Nyhedsord');
    expect(mail.textBody).toContain(`/offentlig/referater/${meeting.id}`);
    expect(mail.textBody).toContain('Udlejningsaftale');
    expect(mail.textBody).not.toContain('Skjultord');
    expect((mail.textBody.match(/^• /gm) ?? []).length).toBe(2);
    const unsubscribe = linkIn(mail.textBody, 'afmeld');
    expect(mail.headers).toEqual({
      'List-Unsubscribe': `<${t.deps.config.PUBLIC_URL.replace(/\/$/, '')}${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    // Something new the same day waits for tomorrow; nothing new, no mail.
    await t.deps.db.update(meetings).set({ minutesStatus: 'godkendt' }).where(like(meetings.title, 'Ikke godkendt%'));
    await digest('2026-12-02');
    expect((await mailsTo(email)).filter((m) => m.subject.startsWith('Nyt'))).toHaveLength(1);
    await digest('2026-12-03');
    const next = (await mailsTo(email)).filter((m) => m.subject.startsWith('Nyt'));
    expect(next).toHaveLength(2);
    expect(next[0].textBody).toContain('Skjultord');
    expect(next[0].textBody).not.toContain('Nyhedsord');
    await digest('2026-12-04');
    expect((await mailsTo(email)).filter((m) => m.subject.startsWith('Nyt'))).toHaveLength(2);
  });

  it('the digest keeps seen_keys bounded: entries no longer public are forgotten beyond the most recent, nothing told is told again', async () => {
    const email = 'bounded@example.dk';
    await subscribed(email);
    const [row] = await t.deps.db.select().from(publicSubscriptions).where(eq(publicSubscriptions.email, email));
    // Years of digests: a thousand entries told that are no longer public.
    const stale = Array.from({ length: 1000 }, (_, i) => `referat:${9_000_000 + i}`);
    await t.deps.db
      .update(publicSubscriptions)
      .set({ seenKeys: [...stale, ...row.seenKeys] })
      .where(eq(publicSubscriptions.id, row.id));
    // A letting agreement already told leaves the public pages (sent back for changes) …
    const [letting] = await t.deps.db
      .update(lettingAgreements)
      .set({ status: 'indsendt' })
      .where(and(eq(lettingAgreements.organisationId, ids.org), eq(lettingAgreements.kind, 'kommunal_anvisning')))
      .returning();
    expect(row.seenKeys).toContain(`udlejningsaftale:${letting.id}`);
    await t.deps.db.insert(meetings).values({
      kind: 'dialogmoede',
      municipalityCode: ids.code,
      organisationId: ids.org,
      title: 'Dialogmøde Grænseord',
      heldAt: new Date('2026-01-05T10:00:00Z'),
      minutesStatus: 'godkendt',
    });
    await digest('2027-01-02');
    const sent = () => mailsTo(email).then((ms) => ms.filter((m) => m.subject.startsWith('Nyt')));
    expect(await sent()).toHaveLength(1);
    expect((await sent())[0].textBody).toContain('Grænseord');
    const [after] = await t.deps.db.select().from(publicSubscriptions).where(eq(publicSubscriptions.id, row.id));
    const publicNow = row.seenKeys.length; // what was public at confirmation, less the letting agreement, plus the new minutes
    expect(after.seenKeys.length).toBeLessThanOrEqual(publicNow + GONE_KEYS_KEPT);
    expect(after.seenKeys).not.toContain(stale[0]);
    expect(after.seenKeys).toContain(stale.at(-1));
    expect(after.seenKeys).toContain(`udlejningsaftale:${letting.id}`);
    for (const key of row.seenKeys) expect(after.seenKeys).toContain(key);
    // … and comes back approved: it was told, so it is not news.
    await t.deps.db.update(lettingAgreements).set({ status: 'godkendt' }).where(eq(lettingAgreements.id, letting.id));
    await digest('2027-01-03');
    expect(await sent()).toHaveLength(1);
  });

  it('unsubscribe by the link (GET shows a button, POST ends it) and by one-click POST without a form token', async () => {
    const byLink = 'link@example.dk';
    const oneClick = 'klik@example.dk';
    await subscribed(byLink);
    await subscribed(oneClick, estatePath());
    await t.deps.db.insert(lettingAgreements).values({
      organisationId: ids.org,
      municipalityCode: ids.code,
      kind: 'kommunal_anvisning',
      sharePercent: 20,
      validFrom: '2024-01-01',
      validTo: '2099-12-31',
      status: 'godkendt',
    });
    // The tokens are those of the links in the digests' mails.
    const rows = await t.deps.db.select().from(publicSubscriptions);
    const tokenOf = (email: string) => rows.find((r) => r.email === email)!.unsubscribeToken;

    const page = `/offentlig/abonnementer/afmeld/${tokenOf(byLink)}`;
    const shown = await anon.get(page);
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain('>Afmeld<');
    expect(await t.deps.db.select().from(publicSubscriptions).where(eq(publicSubscriptions.email, byLink))).toHaveLength(1);
    expect((await anon.post(page)).status).toBe(200);
    expect(await t.deps.db.select().from(publicSubscriptions).where(eq(publicSubscriptions.email, byLink))).toHaveLength(0);
    expect((await anon.get(page)).status).toBe(404);

    // A mail program's one-click POST (RFC 8058): no cookie, no form token.
    const res = await t.app.request(`/offentlig/abonnementer/afmeld/${tokenOf(oneClick)}`, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(200);
    expect(await t.deps.db.select().from(publicSubscriptions).where(eq(publicSubscriptions.email, oneClick))).toHaveLength(0);
    expect((await anon.post('/offentlig/abonnementer/afmeld/ukendt-token')).status).toBe(200);
  });

  it('the same address signing up 100 times gets one confirmation mail, then "vent lidt"', async () => {
    const email = 'mange@example.dk';
    const statuses: number[] = [];
    let last = '';
    for (let i = 0; i < 100; i++) {
      const res = await anon.post(`${estatePath()}/abonnement`, { email });
      statuses.push(res.status);
      last = await res.text();
    }
    expect(statuses[0]).toBe(200);
    expect(statuses.slice(1).every((s) => s === 429)).toBe(true);
    expect(last).toContain('Vent lidt');
    expect(last).toContain(`value="${email}"`);
    expect(await mailsTo(email)).toHaveLength(1);
  });

  it('the history records each step without the address in clear text', async () => {
    const events = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityType, 'public_subscription'));
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'update', 'delete']));
    const all = JSON.stringify(events);
    expect(all).not.toMatch(/@example\.dk/);
  });
  it('exempts only the subscription forms from the CSRF check, not other POSTs on the public site', async () => {
    const post = (path: string) => t.app.request(path, { method: 'POST', body: new URLSearchParams({ email: 'a@example.dk' }) });
    // A forged post to a subscription form is a sign-up like any other (confirmed by mail, rate-limited).
    expect((await post(`${estatePath()}/abonnement`)).status).not.toBe(403);
    for (const path of [
      '/offentlig/soeg',
      `${estatePath()}/abonnement/x`,
      '/offentlig/abonnementer/andet/x',
      '/offentlig/kommuner/0219/noget',
    ]) {
      expect((await post(path)).status, path).toBe(403);
    }
  });
});
