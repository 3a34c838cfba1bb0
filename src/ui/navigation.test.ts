import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../demo/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../test/app.ts';

let t: TestContext;
let admin: TestClient;
let supervisor: TestClient;

beforeAll(async () => {
  t = await createTestContext();
  const a = await makeUser(t.deps.db, { role: 'admin', name: 'Alma Admin' });
  admin = t.client();
  await admin.login(a.email, a.password);
  const s = await makeUser(t.deps.db, { role: 'municipality_editor', municipalityCode: '0219' });
  supervisor = t.client();
  await supervisor.login(s.email, s.password);
});
afterAll(async () => {
  await t.close();
});

/** The main menu's entries as [label, address]. */
const menu = (html: string) =>
  [...html.matchAll(/<a href="([^"]+)" class="sd-nav-link(?: current)?"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[2], m[1]]);

describe('the main menu', () => {
  it('names the administration organisations and the system administration so they cannot be confused', async () => {
    const html = await (await admin.get('/')).text();
    const entries = menu(html);
    expect(entries).toContainEqual(['Administrationsorganisationer', '/administrationsorganisationer']);
    expect(entries).toContainEqual(['Systemadministration', '/admin']);
    expect(entries.map(([label]) => label)).not.toContain('Administration');
    expect(entries.map(([label]) => label)).not.toContain('Administration af systemet');
    expect(await (await admin.get('/admin')).text()).toContain('<h1>Systemadministration</h1>');
  });

  it('says who the user is once: an admin belongs to no organisation', async () => {
    const html = await (await admin.get('/')).text();
    expect(html).not.toContain('Administrator af installationen · Administrator af installationen');
    expect(html).toMatch(/<p class="font-lead">\s*Administrator af installationen\s*<\/p>/);
    expect(await (await supervisor.get('/')).text()).toMatch(
      /<p class="font-lead">\s*Hillerød Kommune · Kommune – tilsyn \(redaktør\)\s*<\/p>/,
    );
  });

  it("is one landmark, opened on a phone as the design system's drawer, or without JavaScript by a link to it", async () => {
    const html = await (await supervisor.get('/')).text();
    expect(html.match(/<nav [^>]*aria-label="Hovedmenu"/g)).toHaveLength(1);
    expect(html).toContain('<nav class="sd-nav mobile-drawer" id="hovedmenu" aria-label="Hovedmenu">');
    expect(html).toMatch(
      /<a href="#hovedmenu" class="button button-secondary button-menu-open js-menu-open" aria-controls="hovedmenu">\s*Menu\s*<\/a>/,
    );
    expect(html).toMatch(/<a href="#" class="function-link button-menu-close js-menu-close">\s*Luk menuen\s*<\/a>/);
    expect(html).toContain('<script src="/static/dkfds/js/dkfds.min.js" defer=""></script>');
    expect((await supervisor.get('/static/dkfds/js/dkfds.min.js')).status).toBe(200);
  });
});
