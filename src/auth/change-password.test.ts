import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../demo/factories.ts';
import { listEntityHistory } from '../features/audit/index.ts';
import { listOutbox } from '../features/outbox/index.ts';
import { PASSWORD_RULES_TEXT } from './password-rules.ts';
import { createTestContext, type TestContext } from '../../test/app.ts';

/* "Skift adgangskode" for the logged-in user, through HTTP. */

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => {
  await t.close();
});

const NEW = 'min nye og lange adgangskode';

describe('change password', () => {
  it('is its own page, linked from Min konto, with the password rules shown before typing', async () => {
    const user = await makeUser(t.deps.db, { role: 'admin' });
    const c = t.client();
    await c.login(user.email, user.password);
    expect(await (await c.get('/konto')).text()).toContain('href="/konto/adgangskode"');
    const res = await c.get('/konto/adgangskode');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Skift adgangskode</h1>');
    expect(html).toContain('Nuværende adgangskode');
    expect(html).toContain('Gentag ny adgangskode');
    expect(html).toContain(PASSWORD_RULES_TEXT);
  });

  it('changes the password, keeps this browser logged in and ends the other sessions', async () => {
    const user = await makeUser(t.deps.db, { role: 'admin', email: 'skifter@example.dk' });
    const [here, elsewhere] = [t.client(), t.client()];
    await here.login(user.email, user.password);
    await elsewhere.login(user.email, user.password);
    const res = await here.post('/konto/adgangskode', { current: user.password, password: NEW, passwordRepeat: NEW });
    expect(res.status).toBe(303);
    const account = await here.get(res.headers.get('location')!);
    expect(account.status).toBe(200);
    expect(await account.text()).toContain('Din adgangskode er ændret.');
    expect((await elsewhere.get('/konto')).status).toBe(303);
    expect((await t.client().post('/login', { email: user.email, password: user.password })).status).toBe(400);
    await t.client().login(user.email, NEW);
    const mails = (await listOutbox(t.deps.db)).filter((m) => m.toAddress === user.email);
    expect(mails.map((m) => m.subject)).toEqual(['Din adgangskode til Styringsdialog er ændret']);
    expect((await listEntityHistory(t.deps.db, 'user', user.id)).map((e) => e.summary)).toContain(
      'Adgangskode ændret; alle andre sessioner afsluttet',
    );
  });

  it('says what is wrong next to the field: a wrong current password, a repeat that differs, the same password again', async () => {
    const user = await makeUser(t.deps.db, { role: 'admin' });
    const c = t.client();
    await c.login(user.email, user.password);
    const cases: [Record<string, string>, string][] = [
      [{ current: 'forkert forkert', password: NEW, passwordRepeat: NEW }, 'Den nuværende adgangskode er forkert.'],
      [{ current: user.password, password: NEW, passwordRepeat: 'noget andet her' }, 'De to adgangskoder er ikke ens.'],
      [{ current: user.password, password: user.password, passwordRepeat: user.password }, 'Den nye adgangskode skal være en anden'],
      [{ current: user.password, password: 'kort', passwordRepeat: 'kort' }, 'Adgangskoden skal være mindst 10 tegn.'],
    ];
    for (const [form, message] of cases) {
      const res = await c.post('/konto/adgangskode', form);
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain(message);
      expect(html).toContain('form-error-message');
    }
    await t.client().login(user.email, user.password);
  });

  it('counts wrong current passwords like failed logins', async () => {
    const user = await makeUser(t.deps.db, { role: 'admin' });
    const c = t.client();
    await c.login(user.email, user.password);
    for (let i = 0; i < t.deps.config.LOGIN_MAX_FAILURES_ACCOUNT; i++)
      expect((await c.post('/konto/adgangskode', { current: 'forkert gæt', password: NEW, passwordRepeat: NEW })).status).toBe(400);
    const blocked = await c.post('/konto/adgangskode', { current: user.password, password: NEW, passwordRepeat: NEW });
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toContain('For mange mislykkede forsøg');
  });

  it('shows the same password rules wherever a password is chosen', async () => {
    const admin = await makeUser(t.deps.db, { role: 'admin' });
    const a = t.client();
    await a.login(admin.email, admin.password);
    const invited = await a.post('/admin/brugere', { name: 'Ny Bruger', email: 'ny.bruger@example.dk', role: 'admin' });
    const invitation = /\/invitation\/[\w-]+/.exec(await invited.text())![0];
    expect(await (await t.client().get(invitation)).text()).toContain(PASSWORD_RULES_TEXT);
  });
});
