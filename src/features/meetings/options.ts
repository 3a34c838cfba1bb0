import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { fora, organisations } from '../registry/tables.ts';

/** What a new meeting in a municipality can be with: its supervised organisations and its fora. */
export async function meetingTargets(db: Db, municipalityCode: string) {
  const [orgs, forums] = await Promise.all([
    db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(and(eq(organisations.municipalityCode, municipalityCode), eq(organisations.active, true)))
      .orderBy(asc(organisations.name)),
    db
      .select({ id: fora.id, name: fora.name })
      .from(fora)
      .where(and(eq(fora.municipalityCode, municipalityCode), eq(fora.active, true)))
      .orderBy(asc(fora.name)),
  ]);
  return {
    organisations: orgs.map((o) => ({ value: String(o.id), label: o.name })),
    fora: forums.map((f) => ({ value: String(f.id), label: f.name })),
  };
}
