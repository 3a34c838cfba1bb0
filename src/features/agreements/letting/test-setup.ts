import { makeAdministrator, makeEstate, makeOrganisation, makeUser } from '../../../demo/factories.ts';
import type { TestClient, TestContext } from '../../../../test/app.ts';

/*
 * The organisations and people the letting agreements' tests share: organisation X in Hillerød
 * (0219, administered by A) with two estates there and one in Fredensborg, organisation Y in
 * Næstved, and a user of each kind.
 */
export async function lettingWorld(t: TestContext) {
  const db = t.deps.db;
  const adminA = await makeAdministrator(db);
  const orgX = await makeOrganisation(db, { name: 'Boligselskabet X', municipalityCode: '0219', administratorId: adminA.id });
  const orgY = await makeOrganisation(db, { name: 'Boligselskabet Y', municipalityCode: '0370' });
  const estates = {
    x1: await makeEstate(db, { organisationId: orgX.id, number: 1, name: 'Ellehusene', municipalityCode: '0219' }),
    x2: await makeEstate(db, { organisationId: orgX.id, number: 2, name: 'Bakkehusene', municipalityCode: '0219' }),
    x3: await makeEstate(db, { organisationId: orgX.id, number: 3, name: 'Skovhusene', municipalityCode: '0210' }),
    y1: await makeEstate(db, { organisationId: orgY.id, number: 4, name: 'Næsbyparken', municipalityCode: '0370' }),
  };
  const users = {
    admin: await makeUser(db, { role: 'admin' }),
    muni: await makeUser(db, { role: 'municipality_editor', municipalityCode: '0219', email: 'tilsyn@hillerod.test' }),
    muniReader: await makeUser(db, { role: 'municipality_reader', municipalityCode: '0219' }),
    otherMuni: await makeUser(db, { role: 'municipality_editor', municipalityCode: '0370', email: 'tilsyn@naestved.test' }),
    orgX: await makeUser(db, { role: 'organisation_editor', organisationId: orgX.id, email: 'redaktor@x.test' }),
    orgX2: await makeUser(db, { role: 'organisation_editor', organisationId: orgX.id }),
    orgReader: await makeUser(db, { role: 'organisation_reader', organisationId: orgX.id }),
    orgY: await makeUser(db, { role: 'organisation_editor', organisationId: orgY.id }),
    staff: await makeUser(db, { role: 'administrator_staff', administratorId: adminA.id, email: 'staff@a.test' }),
  };
  const as = {} as Record<keyof typeof users, TestClient>;
  for (const [who, user] of Object.entries(users)) {
    as[who as keyof typeof users] = t.client();
    await as[who as keyof typeof users].login(user.email, user.password);
  }
  return { orgX, orgY, estates, as };
}

/** A form body; arrays become repeated fields (the ticked boxes). */
export function lettingBody(csrf: string, fields: Record<string, string | string[]>): URLSearchParams {
  const body = new URLSearchParams({ _csrf: csrf });
  for (const [k, v] of Object.entries(fields)) for (const one of ([] as string[]).concat(v)) body.append(k, one);
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
