import { hashPassword } from '../auth/passwords.ts';
import { type Role, users } from '../auth/tables.ts';
import type { Db } from '../db/client.ts';
import { administrators, estates, fora, memberships, organisations, people } from '../features/registry/tables.ts';

/*
 * Row factories used by both the demo data and the tests, so tests make their own rows
 * with the same shapes the demo has and never lean on fixed demo ids.
 */

// A random start keeps clear of the demo's own numbers; counting on from it (not a new random
// number each time) keeps one process's estate and LBF numbers distinct from each other.
let counter = Math.floor(Math.random() * 1_000_000);
const next = () => ++counter;

export async function makeAdministrator(db: Db, values: Partial<typeof administrators.$inferInsert> = {}) {
  const [row] = await db
    .insert(administrators)
    .values({ name: `Administration ${next()}`, ...values })
    .returning();
  return row;
}

export async function makeOrganisation(db: Db, values: Partial<typeof organisations.$inferInsert> = {}) {
  const n = next();
  const [row] = await db
    .insert(organisations)
    .values({ lbfNumber: (n % 90000) + 1000, name: `Boligorganisation ${n}`, municipalityCode: '0219', ...values })
    .returning();
  return row;
}

export async function makeEstate(db: Db, values: Partial<typeof estates.$inferInsert> & { organisationId: number }) {
  const n = next();
  const [row] = await db
    .insert(estates)
    .values({ number: (n % 9000) + 1, name: `Afdeling ${n}`, municipalityCode: '0219', homesFamily: 40, areaM2: 3200, ...values })
    .returning();
  return row;
}

export async function makeForum(db: Db, values: Partial<typeof fora.$inferInsert> & { municipalityCode: string }) {
  const [row] = await db
    .insert(fora)
    .values({ name: `Forum ${next()}`, ...values })
    .returning();
  return row;
}

export async function makePerson(db: Db, values: Partial<typeof people.$inferInsert> = {}) {
  const [row] = await db
    .insert(people)
    .values({ name: `Person ${next()}`, ...values })
    .returning();
  return row;
}

export async function makeMembership(db: Db, values: typeof memberships.$inferInsert) {
  const [row] = await db.insert(memberships).values(values).returning();
  return row;
}

// Hashing costs ~50 ms; tests and demo data reuse one hash per distinct password.
const hashes = new Map<string, Promise<string>>();

export async function makeUser(
  db: Db,
  values: {
    role: Role;
    password?: string;
    email?: string;
    name?: string;
    municipalityCode?: string;
    organisationId?: number;
    administratorId?: number;
    disabledAt?: Date;
  },
) {
  const password = values.password ?? 'korrekt-hest-batteri';
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  const n = next();
  const [row] = await db
    .insert(users)
    .values({
      email: values.email ?? `bruger${n}@example.dk`,
      name: values.name ?? `Bruger ${n}`,
      role: values.role,
      passwordHash: await hashes.get(password)!,
      municipalityCode: values.municipalityCode,
      organisationId: values.organisationId,
      administratorId: values.administratorId,
      disabledAt: values.disabledAt,
    })
    .returning();
  return { ...row, password };
}
