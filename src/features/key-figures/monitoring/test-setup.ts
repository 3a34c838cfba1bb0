import { makeAdministrator, makeEstate, makeOrganisation, makeUser } from '../../../demo/factories.ts';
import type { TestClient, TestContext } from '../../../../test/app.ts';

/*
 * The people and estates the monitoring's HTTP tests share: Hillerød (0219) with two
 * organisations' estates, Næstved (0370) with a third's, and a user of each kind.
 */
export async function monitoringWorld(t: TestContext) {
  const db = t.deps.db;
  const adminA = await makeAdministrator(db);
  const orgX = await makeOrganisation(db, { name: 'Boligselskabet X', municipalityCode: '0219', administratorId: adminA.id });
  const orgZ = await makeOrganisation(db, { name: 'Boligforeningen Z', municipalityCode: '0219' });
  const orgY = await makeOrganisation(db, { name: 'Boligselskabet Y', municipalityCode: '0370' });
  const estates = {
    x1: await makeEstate(db, { organisationId: orgX.id, number: 1, name: 'Ellehusene', municipalityCode: '0219' }),
    x2: await makeEstate(db, { organisationId: orgX.id, number: 2, name: 'Bakkehusene', municipalityCode: '0219' }),
    z1: await makeEstate(db, { organisationId: orgZ.id, number: 7, name: 'Toppen', municipalityCode: '0219' }),
    z2: await makeEstate(db, { organisationId: orgZ.id, number: 8, name: 'Dalen', municipalityCode: '0219' }),
    y1: await makeEstate(db, { organisationId: orgY.id, number: 3, name: 'Næsbyparken', municipalityCode: '0370' }),
  };
  const users = {
    admin: await makeUser(db, { role: 'admin' }),
    editor: await makeUser(db, { role: 'municipality_editor', municipalityCode: '0219' }),
    reader: await makeUser(db, { role: 'municipality_reader', municipalityCode: '0219' }),
    otherMuni: await makeUser(db, { role: 'municipality_editor', municipalityCode: '0370' }),
    orgX: await makeUser(db, { role: 'organisation_editor', organisationId: orgX.id }),
    orgY: await makeUser(db, { role: 'organisation_editor', organisationId: orgY.id }),
    staff: await makeUser(db, { role: 'administrator_staff', administratorId: adminA.id }),
  };
  const as = { anon: t.client() } as Record<keyof typeof users | 'anon', TestClient>;
  for (const [who, user] of Object.entries(users)) {
    as[who as keyof typeof users] = t.client();
    await as[who as keyof typeof users].login(user.email, user.password);
  }
  return { orgX, orgY, orgZ, estates, as };
}

/** The id of the area a create redirected to. */
export function createdId(res: Response): number {
  const m = /\/boligomraader\/(\d+)$/.exec(res.headers.get('location') ?? '');
  if (!m) throw new Error(`not a redirect to an area: ${res.status} ${res.headers.get('location')}`);
  return Number(m[1]);
}

/** A form body with several estates ticked. */
export function areaForm(csrf: string, name: string, estateIds: number[]): URLSearchParams {
  const body = new URLSearchParams({ _csrf: csrf, name });
  for (const id of estateIds) body.append('estates', String(id));
  return body;
}

/** Posts a form body with repeated fields (TestClient.post takes a record). */
export async function postBody(t: TestContext, client: TestClient, path: string, body: URLSearchParams) {
  return t.app.request(path, {
    method: 'POST',
    body,
    headers: { cookie: client.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
  });
}
