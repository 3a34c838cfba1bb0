import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { makeOrganisation, makeUser } from '../demo/factories.ts';
import { sessions } from './tables.ts';
import { createTestContext, type TestContext } from '../../test/app.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => {
  await t.close();
});

describe('login', () => {
  it('logs in with the right password and sets a secure-flagged session cookie', async () => {
    const user = await makeUser(t.deps.db, { role: 'admin', email: 'anna@example.dk' });
    const c = t.client();
    const res = await c.post('/login', { email: 'Anna@Example.dk', password: user.password });
    expect(res.status).toBe(303);
    const cookie = res.headers.getSetCookie().find((s) => s.startsWith('sd_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const home = await c.get('/');
    expect(await home.text()).toContain('Velkommen, ');
  });

  it('refuses a wrong password with a Danish message and keeps the e-mail', async () => {
    await makeUser(t.deps.db, { role: 'admin', email: 'bo@example.dk' });
    const res = await t.client().post('/login', { email: 'bo@example.dk', password: 'forkert' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('E-mail eller adgangskode er forkert.');
    expect(html).toContain('value="bo@example.dk"');
  });

  it('blocks an account after repeated failures', async () => {
    const user = await makeUser(t.deps.db, { role: 'admin', email: 'carl@example.dk' });
    const c = t.client();
    for (let i = 0; i < t.deps.config.LOGIN_MAX_FAILURES_ACCOUNT; i++)
      await c.post('/login', { email: 'carl@example.dk', password: 'forkert' });
    const res = await c.post('/login', { email: 'carl@example.dk', password: user.password });
    expect(res.status).toBe(429);
    expect(await res.text()).toContain('For mange mislykkede forsøg');
  });

  it('checks no more wrong passwords than the limit when 40 arrive at once for one account', async () => {
    await makeUser(t.deps.db, { role: 'admin', email: 'parallel@example.dk' });
    const statuses = await Promise.all(
      Array.from({ length: 40 }, () =>
        t
          .client()
          .post('/login', { email: 'parallel@example.dk', password: 'forkert' })
          .then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 400)).toHaveLength(t.deps.config.LOGIN_MAX_FAILURES_ACCOUNT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - t.deps.config.LOGIN_MAX_FAILURES_ACCOUNT);
  });

  it('checks no more attempts from one address than its limit, across accounts, when they arrive at once', async () => {
    const limited = await createTestContext({ LOGIN_MAX_FAILURES_IP: 7 });
    try {
      const statuses = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          limited
            .client()
            .post('/login', { email: `konto${i}@example.dk`, password: 'forkert' })
            .then((r) => r.status),
        ),
      );
      expect(statuses.filter((s) => s === 400)).toHaveLength(7);
    } finally {
      await limited.close();
    }
  });

  it('does not count logins that succeed against the limit', async () => {
    const user = await makeUser(t.deps.db, { role: 'admin' });
    for (let i = 0; i < t.deps.config.LOGIN_MAX_FAILURES_ACCOUNT + 3; i++) await t.client().login(user.email, user.password);
  });

  it('refuses a form without or with a forged CSRF token', async () => {
    const c = t.client();
    expect((await c.post('/login', { email: 'x@example.dk', password: 'y', _csrf: '' })).status).toBe(403);
    const forged = await c.post('/login', { email: 'x@example.dk', password: 'y', _csrf: 'forged' });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain('sikkerhedsnøglen');
  });

  it('ends the session of a disabled user at once', async () => {
    const admin = await makeUser(t.deps.db, { role: 'admin' });
    const victim = await makeUser(t.deps.db, { role: 'admin' });
    const a = t.client();
    await a.login(admin.email, admin.password);
    const v = t.client();
    await v.login(victim.email, victim.password);
    expect((await v.get('/admin')).status).toBe(200);
    expect((await a.post(`/admin/brugere/${victim.id}/deaktiver`, { bekraeft: 'ja' })).status).toBe(303);
    const after = await v.get('/admin');
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toMatch(/^\/login/);
  });

  it("reads the session with the name of the user's organisation, and refuses an expired session", async () => {
    const organisation = await makeOrganisation(t.deps.db, { name: 'Boligselskabet Sessionen' });
    const user = await makeUser(t.deps.db, { role: 'organisation_reader', organisationId: organisation.id, email: 'sif@example.dk' });
    const c = t.client();
    await c.login('sif@example.dk', user.password);
    const home = await (await c.get('/')).text();
    expect(home).toContain('Velkommen, ');
    expect(home).toContain('Boligselskabet Sessionen');
    const [session] = await t.deps.db.select().from(sessions).where(eq(sessions.userId, user.id));
    await t.deps.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.idHash, session.idHash));
    expect(await (await c.get('/')).text()).not.toContain('Velkommen, ');
  });

  it('sends security headers with every page', async () => {
    const res = await t.client().get('/login');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('never redirects off-site after login', async () => {
    const user = await makeUser(t.deps.db, { role: 'admin' });
    const res = await t.client().post('/login', { email: user.email, password: user.password, next: '//evil.example' });
    expect(res.headers.get('location')).toBe('/');
  });

  it.each([
    ['a newline', '/\n/x'],
    ['a tab that browsers drop', '/\t/evil.example/'],
    ['a backslash', '/\\evil.example/'],
  ])('goes to the front page when the path after login holds %s', async (_label, next) => {
    const user = await makeUser(t.deps.db, { role: 'admin' });
    const res = await t.client().post('/login', { email: user.email, password: user.password, next });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
  });

  it('keeps a path on this site after login', async () => {
    const user = await makeUser(t.deps.db, { role: 'admin' });
    const res = await t.client().post('/login', { email: user.email, password: user.password, next: '/admin/brugere?side=2' });
    expect(res.headers.get('location')).toBe('/admin/brugere?side=2');
  });

  it('ends the earlier session when the same browser logs in again', async () => {
    const first = await makeUser(t.deps.db, { role: 'admin' });
    const second = await makeUser(t.deps.db, { role: 'admin' });
    const c = t.client();
    const res = await c.login(first.email, first.password);
    const firstCookie = res.headers
      .getSetCookie()
      .find((s) => s.startsWith('sd_session='))!
      .split(';')[0];
    await c.login(second.email, second.password);
    const replay = await t.app.request('/admin', { headers: { cookie: firstCookie, accept: 'text/html' } });
    expect(replay.status).toBe(303);
    expect(replay.headers.get('location')).toMatch(/^\/login/);
    expect((await c.get('/admin')).status).toBe(200);
  });

  it('gives the browser a new CSRF token at login and at logout', async () => {
    const user = await makeUser(t.deps.db, { role: 'admin' });
    const c = t.client();
    const beforeLogin = c.csrf;
    await c.login(user.email, user.password);
    expect(c.csrf).not.toBe(beforeLogin);
    expect((await c.post('/konto/adgangskode', { _csrf: beforeLogin, current: 'x', password: 'y', passwordRepeat: 'y' })).status).toBe(403);
    const loggedIn = c.csrf;
    expect((await c.post('/logout')).status).toBe(303);
    expect(c.csrf).not.toBe(loggedIn);
    expect((await c.post('/login', { _csrf: loggedIn, email: user.email, password: user.password })).status).toBe(403);
  });
});

describe('invitation', () => {
  it('invites a user whose one-time link sets a password and then stops working', async () => {
    const admin = await makeUser(t.deps.db, { role: 'admin' });
    const a = t.client();
    await a.login(admin.email, admin.password);
    const res = await a.post('/admin/brugere', {
      name: 'Ida Invit',
      email: 'ida@example.dk',
      role: 'municipality_reader',
      municipalityCode: '0219',
    });
    expect(res.status).toBe(200);
    const link = /\/invitation\/([\w-]+)/.exec(await res.text())![0];
    const outbox = await a.get('/admin/udbakke');
    expect(await outbox.text()).toContain('ida@example.dk');
    const i = t.client();
    expect((await i.post(link, { password: 'kort', passwordRepeat: 'kort' })).status).toBe(400);
    const ok = await i.post(link, { password: 'en lang nok adgangskode', passwordRepeat: 'en lang nok adgangskode' });
    expect(ok.status).toBe(303);
    expect((await t.client().get(link)).status).toBe(404);
    await t.client().login('ida@example.dk', 'en lang nok adgangskode');
  });

  it('asks for the scope that the role needs', async () => {
    const admin = await makeUser(t.deps.db, { role: 'admin' });
    const a = t.client();
    await a.login(admin.email, admin.password);
    const res = await a.post('/admin/brugere', { name: 'Uden Kommune', email: 'uk@example.dk', role: 'municipality_editor' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Vælg brugerens kommune.');
  });
});
