import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation, makeUser } from '../../demo/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/app.ts';
import { meetings } from './tables.ts';

let t: TestContext;
let supervisor: TestClient;
let reader: TestClient;
let orgId: number;

const participantsText = (html: string) => (/<h2 id="participants-heading">Deltagere<\/h2>\s*<p>([^<]*)<\/p>/.exec(html)?.[1] ?? '').trim();

beforeAll(async () => {
  t = await createTestContext();
  const db = t.deps.db;
  orgId = (await makeOrganisation(db, { name: 'Lejerbo Næstved', municipalityCode: '0370' })).id;
  const login = async (u: { email: string; password: string }) => {
    const c = t.client();
    await c.login(u.email, u.password);
    return c;
  };
  supervisor = await login(await makeUser(db, { role: 'municipality_editor', municipalityCode: '0370' }));
  reader = await login(await makeUser(db, { role: 'municipality_reader', municipalityCode: '0370' }));
});
afterAll(async () => {
  await t.close();
});

describe("a meeting's empty lists say why they are empty", () => {
  it('an open meeting: none yet, and where to add them', async () => {
    const res = await supervisor.post('/kommuner/0370/moeder', {
      kind: 'dialogmoede',
      organisationId: String(orgId),
      date: '2026-11-04',
      startTime: '10:00',
      endTime: '12:00',
      title: 'Styringsdialogmøde 2026',
      formShown: '1',
    });
    const path = res.headers.get('location')!;
    expect(participantsText(await (await supervisor.get(path)).text())).toBe(
      'Ingen deltagere endnu. Tilføj dem herunder; de får indkaldelsen, hvis de har en e-mailadresse.',
    );
    expect(participantsText(await (await reader.get(path)).text())).toBe('Kommunen har ikke skrevet deltagere på mødet endnu.');
  });

  it('an imported, approved meeting: the minutes had none, and the file it came from is named in words', async () => {
    const [m] = await t.deps.db
      .insert(meetings)
      .values({
        kind: 'dialogmoede',
        municipalityCode: '0370',
        organisationId: orgId,
        title: 'Referat af styringsdialogmøde med Lejerbo',
        startsAt: new Date('2022-03-02T23:00:00Z'),
        minutesStatus: 'godkendt',
        importedFrom: '003-naestved-lejerbo.txt',
        createdAt: new Date('2026-12-04T10:00:00Z'),
      })
      .returning();
    const html = await (await supervisor.get(`/moeder/${m.id}`)).text();
    expect(participantsText(html)).toBe('Referatet, som mødet er importeret fra, har ingen deltagerliste.');
    expect(html).not.toContain('Ingen deltagere endnu');
    expect(html).toContain('Oprettet 4. december 2026 ud fra referatet i filen „003-naestved-lejerbo.txt“');
    expect(html).toContain('Importen fandt ingen punkter i referatet.');
    expect(html).toContain('Ikke angivet i referatet');
  });
});
