import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { loadConfig } from '../config.ts';
import { makeUser } from '../demo/factories.ts';
import { createTestContext, type TestContext } from '../../test/app.ts';

/*
 * Cookies as a browser keeps them: a browser drops a Secure cookie that comes over plain http to
 * any host but localhost, and then no form can be sent (the CSRF cookie is gone). The default must
 * work on http://localhost, over http from another machine, and over https.
 */
const LAN = 'http://192.168.1.20:3000';
const setCookie = (res: Response, name: string) => res.headers.getSetCookie().find((s) => s.startsWith(`${name}=`)) ?? '';

let byDefault: TestContext;
let forced: TestContext;
const logged: string[] = [];
beforeAll(async () => {
  byDefault = await createTestContext({ COOKIE_SECURE: loadConfig({}).COOKIE_SECURE });
  forced = await createTestContext({ COOKIE_SECURE: true });
  forced.deps.logger = pino({ level: 'warn' }, { write: (line: string) => logged.push(line) });
});
afterAll(async () => {
  await byDefault.close();
  await forced.close();
});

describe('cookies by default', () => {
  it('are not Secure over plain http from another machine, so logging in works there', async () => {
    const user = await makeUser(byDefault.deps.db, { role: 'admin' });
    const c = byDefault.client();
    const form = await c.get(`${LAN}/login`);
    expect(setCookie(form, 'sd_bid')).not.toMatch(/Secure/i);
    const res = await c.post(`${LAN}/login`, { email: user.email, password: user.password });
    expect(res.status).toBe(303);
    expect(setCookie(res, 'sd_session')).not.toMatch(/Secure/i);
  });

  it('are Secure over https, directly or behind a proxy that says so', async () => {
    const direct = await byDefault.app.request('https://styringsdialog.example.dk/login');
    expect(setCookie(direct, 'sd_bid')).toMatch(/; Secure/);
    const proxied = await byDefault.app.request(`${LAN}/login`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(setCookie(proxied, 'sd_bid')).toMatch(/; Secure/);
    const rfc7239 = await byDefault.app.request(`${LAN}/login`, { headers: { forwarded: 'for=10.0.0.1;proto=https' } });
    expect(setCookie(rfc7239, 'sd_bid')).toMatch(/; Secure/);
  });

  it('are Secure when PUBLIC_URL is https, even if the proxy does not say so', async () => {
    const t = await createTestContext({ COOKIE_SECURE: 'auto', PUBLIC_URL: 'https://styringsdialog.example.dk' });
    try {
      expect(setCookie(await t.app.request('http://10.0.0.5:3000/login'), 'sd_bid')).toMatch(/; Secure/);
    } finally {
      await t.close();
    }
  });
});

describe('Secure cookies over plain http (COOKIE_SECURE=true)', () => {
  it('says on the login page and when a form is refused that the cookie was not kept, and why, and logs it', async () => {
    const page = await (await forced.app.request(`${LAN}/login`)).text();
    expect(page).toContain('COOKIE_SECURE');
    // The browser dropped the Secure cookie: the form comes back without it.
    const res = await forced.app.request(`${LAN}/login`, {
      method: 'POST',
      body: new URLSearchParams({ _csrf: 'whatever', email: 'a@example.dk', password: 'x' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    });
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).toContain('http://');
    expect(html).toContain('COOKIE_SECURE');
    expect(html).not.toContain('genindlæs siden');
    expect(logged.join('\n')).toMatch(/Secure.*plain http/);
  });

  it('keeps the old message for a missing key on localhost and over https, where the cookie is kept', async () => {
    for (const base of ['http://localhost:3000', 'https://styringsdialog.example.dk']) {
      const res = await forced.app.request(`${base}/login`, {
        method: 'POST',
        body: new URLSearchParams({ email: 'a@example.dk', password: 'x' }),
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      });
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('genindlæs siden');
    }
  });
});
