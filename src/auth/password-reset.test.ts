import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { makeUser } from '../demo/factories.ts';
import { listEntityHistory } from '../features/audit/index.ts';
import { listOutbox } from '../features/outbox/index.ts';
import { passwordResets } from './tables.ts';
import { createTestContext, type TestClient, type TestContext } from '../../test/app.ts';

/* "Glemt adgangskode" through HTTP, as a person uses it: the request, the mail in the outbox, the link, the new password. */

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => {
  await t.close();
});

async function mailsTo(email: string) {
  return (await listOutbox(t.deps.db, 10_000)).filter((m) => m.toAddress === email);
}

/** The path of the link in the newest reset mail to `email`. */
async function linkFor(email: string): Promise<string> {
  const mail = (await mailsTo(email)).find((m) => m.subject === 'Ny adgangskode til Styringsdialog');
  expect(mail, `a reset mail to ${email}`).toBeDefined();
  const link = /https?:\/\/\S+\/nulstil-adgangskode\/[\w-]+/.exec(mail!.textBody)![0];
  return new URL(link).pathname;
}

async function loggedIn(client: TestClient): Promise<boolean> {
  return (await client.get('/konto')).status === 200;
}

const NEW = 'en helt ny og lang adgangskode';

describe('forgotten password', () => {
  it('mails a link that sets a new password once, ends every session, and is audit-logged', async () => {
    const user = await makeUser(t.deps.db, { role: 'admin', email: 'glemsom@example.dk', name: 'Gitte Glemsom' });
    const [first, second] = [t.client(), t.client()];
    await first.login(user.email, user.password);
    await second.login(user.email, user.password);

    const login = await (await t.client().get('/login')).text();
    expect(login).toContain('href="/glemt-adgangskode"');
    const asked = await t.client().post('/glemt-adgangskode', { email: 'Glemsom@Example.dk' });
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('Tjek din e-mail');

    const link = await linkFor(user.email);
    const mail = (await mailsTo(user.email))[0];
    expect(mail.textBody).toContain(`${t.deps.config.PUBLIC_URL}/nulstil-adgangskode/`);
    expect(mail.textBody).toContain('udløber om 60 minutter');
    const [stored] = await t.deps.db.select().from(passwordResets).where(eq(passwordResets.userId, user.id));
    expect(link).not.toContain(stored.tokenHash);

    const c = t.client();
    const form = await c.get(link);
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('Vælg en ny adgangskode');
    expect(html).toContain('glemsom@example.dk');
    expect(html).toContain('Mindst 10 og højst 200 tegn.');

    const mismatch = await c.post(link, { password: NEW, passwordRepeat: 'noget andet helt' });
    expect(mismatch.status).toBe(400);
    expect(await mismatch.text()).toContain('De to adgangskoder er ikke ens.');
    expect((await c.post(link, { password: 'kort', passwordRepeat: 'kort' })).status).toBe(400);

    const done = await c.post(link, { password: NEW, passwordRepeat: NEW });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/login?nulstillet=1');
    expect(await (await c.get('/login?nulstillet=1')).text()).toContain('Din adgangskode er ændret. Log ind med den nye.');

    expect(await loggedIn(first)).toBe(false);
    expect(await loggedIn(second)).toBe(false);
    expect((await t.client().post('/login', { email: user.email, password: user.password })).status).toBe(400);
    await t.client().login(user.email, NEW);

    // Once only: the same link again, by GET or POST, is refused and changes nothing.
    const again = await t.client().get(link);
    expect(again.status).toBe(404);
    expect(await again.text()).toContain('Linket virker ikke længere');
    expect(
      (await t.client().post(link, { password: 'endnu en lang adgangskode', passwordRepeat: 'endnu en lang adgangskode' })).status,
    ).toBe(404);
    await t.client().login(user.email, NEW);

    expect((await mailsTo(user.email)).map((m) => m.subject)).toContain('Din adgangskode til Styringsdialog er ændret');
    const history = (await listEntityHistory(t.deps.db, 'user', user.id)).map((e) => e.summary);
    expect(history).toContain('Bad om link til ny adgangskode');
    expect(history).toContain('Adgangskode nulstillet med link fra e-mail; alle sessioner afsluttet');
  });

  it('refuses an expired link and leaves the password as it was', async () => {
    const user = await makeUser(t.deps.db, { role: 'admin' });
    await t.client().post('/glemt-adgangskode', { email: user.email });
    const link = await linkFor(user.email);
    await t.deps.db
      .update(passwordResets)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(passwordResets.userId, user.id));
    expect((await t.client().get(link)).status).toBe(404);
    expect((await t.client().post(link, { password: NEW, passwordRepeat: NEW })).status).toBe(404);
    await t.client().login(user.email, user.password);
  });

  it('makes an earlier link stop working when a new one is asked for', async () => {
    const user = await makeUser(t.deps.db, { role: 'admin' });
    await t.client().post('/glemt-adgangskode', { email: user.email });
    const earlier = await linkFor(user.email);
    await t.client().post('/glemt-adgangskode', { email: user.email });
    const newer = await linkFor(user.email);
    expect(newer).not.toBe(earlier);
    expect((await t.client().get(earlier)).status).toBe(404);
    expect((await t.client().get(newer)).status).toBe(200);
  });

  it('answers an unknown or disabled address exactly as a known one, and sends nothing', async () => {
    const known = await makeUser(t.deps.db, { role: 'admin', email: 'kendt@example.dk' });
    const disabled = await makeUser(t.deps.db, { role: 'admin', email: 'lukket@example.dk', disabledAt: new Date() });
    const answer = async (email: string) => {
      const res = await t.client().post('/glemt-adgangskode', { email });
      return { status: res.status, html: (await res.text()).replaceAll(email, 'ADRESSE').replace(/value="[^"]{40,}"/g, '') };
    };
    const forKnown = await answer(known.email);
    const forUnknown = await answer('ukendt@example.dk');
    const forDisabled = await answer(disabled.email);
    expect(forUnknown).toEqual(forKnown);
    expect(forDisabled).toEqual(forKnown);
    expect(await mailsTo('ukendt@example.dk')).toHaveLength(0);
    expect(await mailsTo(disabled.email)).toHaveLength(0);
    expect(await mailsTo(known.email)).toHaveLength(1);
  });

  it('asks for a valid address next to the field, keeping what was typed', async () => {
    const res = await t.client().post('/glemt-adgangskode', { email: 'ikke en adresse' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Skriv en gyldig e-mail');
    expect(html).toContain('value="ikke en adresse"');
  });

  it('limits requests per address, known or not, and per IP, even when they arrive at once', async () => {
    const limited = await createTestContext({ PASSWORD_RESET_MAX_ACCOUNT: 2, PASSWORD_RESET_MAX_IP: 9 });
    try {
      const user = await makeUser(limited.deps.db, { role: 'admin' });
      for (const email of [user.email, 'findes.ikke@example.dk']) {
        const statuses = await Promise.all(
          Array.from({ length: 3 }, () =>
            limited
              .client()
              .post('/glemt-adgangskode', { email })
              .then((r) => r.status),
          ),
        );
        expect(statuses.sort()).toEqual([200, 200, 429]);
      }
      const refused = await limited.client().post('/glemt-adgangskode', { email: user.email });
      expect(await refused.text()).toContain('Der er bedt om for mange links til ny adgangskode.');
      const mails = (await listOutbox(limited.deps.db)).filter((m) => m.toAddress === user.email);
      expect(mails).toHaveLength(2);
      // Seven counted from this IP so far; two more pass, then every address is refused.
      const others = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          limited
            .client()
            .post('/glemt-adgangskode', { email: `anden${i}@example.dk` })
            .then((r) => r.status),
        ),
      );
      expect(others.filter((s) => s === 200)).toHaveLength(2);
    } finally {
      await limited.close();
    }
  });

  it('lets a user locked out by failed logins log in right after a reset', async () => {
    const user = await makeUser(t.deps.db, { role: 'admin' });
    for (let i = 0; i < t.deps.config.LOGIN_MAX_FAILURES_ACCOUNT; i++)
      await t.client().post('/login', { email: user.email, password: 'forkert' });
    expect((await t.client().post('/login', { email: user.email, password: user.password })).status).toBe(429);
    await t.client().post('/glemt-adgangskode', { email: user.email });
    await t.client().post(await linkFor(user.email), { password: NEW, passwordRepeat: NEW });
    await t.client().login(user.email, NEW);
  });

  it('keeps the token out of the request log', async () => {
    const lines: string[] = [];
    const logger = t.deps.logger;
    t.deps.logger = pino({ level: 'info' }, { write: (l: string) => lines.push(l) });
    try {
      const user = await makeUser(t.deps.db, { role: 'admin' });
      await t.client().post('/glemt-adgangskode', { email: user.email });
      const link = await linkFor(user.email);
      await t.client().get(link);
      expect(lines.join('\n')).toContain('/nulstil-adgangskode/…');
      expect(lines.join('\n')).not.toContain(link);
    } finally {
      t.deps.logger = logger;
    }
  });
});
