import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../../demo/factories.ts';
import { auditEvents } from '../../audit/tables.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/app.ts';
import { trafficLightRules } from '../tables.ts';

let t: TestContext;
const as = {} as Record<'anon' | 'admin' | 'editor' | 'reader' | 'other' | 'organisation', TestClient>;

beforeAll(async () => {
  t = await createTestContext();
  const db = t.deps.db;
  const users = {
    admin: await makeUser(db, { role: 'admin' }),
    editor: await makeUser(db, { role: 'municipality_editor', municipalityCode: '0219' }),
    reader: await makeUser(db, { role: 'municipality_reader', municipalityCode: '0219' }),
    other: await makeUser(db, { role: 'municipality_editor', municipalityCode: '0370' }),
  };
  as.anon = t.client();
  for (const [who, user] of Object.entries(users)) {
    as[who as keyof typeof users] = t.client();
    await as[who as keyof typeof users].login(user.email, user.password);
  }
});
afterAll(() => t.close());

const own = () =>
  t.deps.db
    .select()
    .from(trafficLightRules)
    .where(and(eq(trafficLightRules.municipalityCode, '0219'), eq(trafficLightRules.indicatorCode, 'henlaeggelser')));
const text = async (res: Response) => (await res.text()).replace(/\s+/g, ' ');
const history = (entityId: string) =>
  t.deps.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'traffic_light_rule'), eq(auditEvents.entityId, entityId)))
    .orderBy(auditEvents.id);

describe('how colours are decided', () => {
  it('shows every logged-in user each default rule in words; anonymous visitors log in first', async () => {
    expect((await as.anon.get('/noegletal/trafiklys')).status).toBe(303);
    const res = await as.reader.get('/noegletal/trafiklys');
    expect(res.status).toBe(200);
    const html = await text(res);
    expect(html).toContain('Gul under 200 kr./m²/år, rød under 100 kr./m²/år');
    expect(html).toContain('Rød: de dårligste 10 % blandt sammenlignelige afdelinger, gul: de næste 15 %');
    expect(html).toContain('Rød under 0 kr.');
    expect(html).toContain('Se Hillerød Kommunes regler');
    // Only admins are offered the changes.
    expect(html).not.toContain('href="/noegletal/trafiklys/henlaeggelser"');
    expect(await text(await as.admin.get('/noegletal/trafiklys'))).toContain('href="/noegletal/trafiklys/henlaeggelser"');
  });

  it('lets the admin change a default rule, with the number in Danish and the change in the history', async () => {
    expect((await as.editor.get('/noegletal/trafiklys/effektivitetstal')).status).toBe(403);
    expect((await as.editor.post('/noegletal/trafiklys/effektivitetstal', { kind: 'absolute', yellow: '95', red: '75' })).status).toBe(403);
    const form = await text(await as.admin.get('/noegletal/trafiklys/effektivitetstal'));
    const version = /name="version" value="(\d+)"/.exec(form)![1];
    const res = await as.admin.post('/noegletal/trafiklys/effektivitetstal', { kind: 'absolute', yellow: '1.002,5', red: '75', version });
    expect(res.status).toBe(303);
    expect(await text(await as.reader.get('/noegletal/trafiklys'))).toContain('Gul under 1.002,5, rød under 75');
    const [event] = await history('standard/effektivitetstal');
    expect(event.action).toBe('update');
    expect(event.changes).toMatchObject({ yellow: { old: 90, new: 1002.5 }, red: { old: 70, new: 75 } });
  });

  it('refuses a rule for an indicator without a direction', async () => {
    const page = await text(await as.admin.get('/noegletal/trafiklys/boliger'));
    expect(page).toContain('Nøgletallet kan ikke få trafiklys');
    expect(page).not.toContain('name="yellow"');
    const res = await as.admin.post('/noegletal/trafiklys/boliger', { kind: 'absolute', yellow: '5', red: '1', version: '0' });
    expect(res.status).toBe(400);
    expect(await text(res)).toContain('ingen retning');
  });
});

describe('a municipality’s own rules', () => {
  it('shows the default and the municipality’s own side by side, to everyone logged in', async () => {
    expect((await as.anon.get('/kommuner/0219/trafiklys')).status).toBe(303);
    expect((await as.other.get('/kommuner/0219/trafiklys')).status).toBe(200);
    expect((await as.editor.get('/kommuner/9999/trafiklys')).status).toBe(404);
    const html = await text(await as.editor.get('/kommuner/0219/trafiklys'));
    expect(html).toContain('Hillerød Kommune bruger standardreglerne for alle nøgletal.');
    expect(html).toContain('href="/kommuner/0219/trafiklys/henlaeggelser"');
    expect(await text(await as.reader.get('/kommuner/0219/trafiklys'))).not.toContain('Sæt egen regel');
  });

  it('refuses a self-contradicting rule at its field, keeping what was typed', async () => {
    const res = await as.editor.post('/kommuner/0219/trafiklys/henlaeggelser', {
      kind: 'absolute',
      yellow: '80',
      red: '150',
      version: '0',
    });
    expect(res.status).toBe(400);
    const html = await text(res);
    expect(html).toMatch(/id="rule-yellow-error"[^>]*>.*Når højere er bedre, må grænsen for gul ikke ligge under grænsen for rød/);
    expect(html).toContain('value="150"');
    expect(await own()).toEqual([]);
  });

  it('refuses what is not a number, and a relative share above 100 %', async () => {
    let res = await as.editor.post('/kommuner/0219/trafiklys/henlaeggelser', {
      kind: 'absolute',
      yellow: 'to hundrede',
      red: '',
      version: '0',
    });
    expect(res.status).toBe(400);
    let html = await text(res);
    expect(html).toContain('Skriv grænsen for gul som et tal, fx 1.234,5 eller -100.');
    expect(html).toContain('Udfyld grænsen for rød.');
    expect(html).toContain('value="to hundrede"');
    res = await as.editor.post('/kommuner/0219/trafiklys/husleje', { kind: 'relative', yellow: '120', red: '10', version: '0' });
    expect(res.status).toBe(400);
    html = await text(res);
    expect(html).toContain('mellem 0 og 100 %');
  });

  it('sets the municipality’s own rule, and goes back to the default through the confirmation step', async () => {
    const res = await as.editor.post('/kommuner/0219/trafiklys/henlaeggelser', {
      kind: 'absolute',
      yellow: '250',
      red: '1.234,5',
      version: '0',
    });
    // Gul 250 below rød 1.234,5 contradicts itself; a sensible rule passes.
    expect(res.status).toBe(400);
    expect(
      (await as.editor.post('/kommuner/0219/trafiklys/henlaeggelser', { kind: 'absolute', yellow: '250', red: '125,5', version: '0' }))
        .status,
    ).toBe(303);
    const [rule] = await own();
    expect(rule).toMatchObject({ kind: 'absolute', yellow: 250, red: 125.5, version: 1 });
    const html = await text(await as.editor.get('/kommuner/0219/trafiklys'));
    expect(html).toContain('Gul under 250 kr./m²/år, rød under 125,5 kr./m²/år');
    expect(html).toContain('Hillerød Kommune har egne regler for ét nøgletal.');

    // A form opened before the change is stale.
    const stale = await as.editor.post('/kommuner/0219/trafiklys/henlaeggelser', {
      kind: 'absolute',
      yellow: '300',
      red: '100',
      version: '0',
    });
    expect(stale.status).toBe(409);
    expect(await text(stale)).toContain('ændret af en anden');

    // Back to the default: the confirmation step first; a POST without it is sent there.
    const confirm = await text(await as.editor.get('/kommuner/0219/trafiklys/henlaeggelser/standard'));
    expect(confirm).toContain('Vil du gå tilbage til standardreglen for Henlæggelser pr. m²?');
    expect(confirm).toContain('Gul under 200 kr./m²/år, rød under 100 kr./m²/år');
    const unconfirmed = await as.editor.post('/kommuner/0219/trafiklys/henlaeggelser/standard', { version: '1' });
    expect(unconfirmed.status).toBe(303);
    expect(unconfirmed.headers.get('location')).toBe('/kommuner/0219/trafiklys/henlaeggelser/standard');
    expect(await own()).toHaveLength(1);
    const back = await as.editor.post('/kommuner/0219/trafiklys/henlaeggelser/standard', { version: '1', bekraeft: 'ja' });
    expect(back.status).toBe(303);
    expect(await own()).toEqual([]);

    const events = await history('0219/henlaeggelser');
    expect(events.map((e) => e.action)).toEqual(['create', 'delete']);
    expect(events[1].summary).toBe('Tilbage til standardreglen');
  });

  it('lets only the municipality’s own editors and admins change its rules', async () => {
    const rule = { kind: 'absolute', yellow: '300', red: '100', version: '0' };
    expect((await as.other.get('/kommuner/0219/trafiklys/henlaeggelser')).status).toBe(403);
    expect((await as.other.post('/kommuner/0219/trafiklys/henlaeggelser', rule)).status).toBe(403);
    expect((await as.reader.post('/kommuner/0219/trafiklys/henlaeggelser', rule)).status).toBe(403);
    // Anonymous visitors are sent to log in, as on every page.
    expect((await as.anon.post('/kommuner/0219/trafiklys/henlaeggelser', rule)).status).toBe(303);
    expect((await as.other.post('/kommuner/0219/trafiklys/henlaeggelser/standard', { version: '1', bekraeft: 'ja' })).status).toBe(403);
    expect(await own()).toEqual([]);
    expect((await as.admin.post('/kommuner/0219/trafiklys/henlaeggelser', rule)).status).toBe(303);
  });

  it('names the rules in the history, linked to their page', async () => {
    const html = await text(await as.admin.get('/admin/historik'));
    expect(html).toContain('<a href="/kommuner/0219/trafiklys">Henlæggelser pr. m² – Hillerød Kommune</a>');
    expect(html).toContain('<a href="/noegletal/trafiklys">Effektivitetstal – standardregel</a>');
  });
});
