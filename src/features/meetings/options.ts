import type { Db } from '../../db/client.ts';
import { meetingPartnerOptions } from '../registry/index.ts';

/** What a new meeting in a municipality can be with, as form options: its supervised organisations and its fora. */
export async function meetingTargets(db: Db, municipalityCode: string) {
  const partners = await meetingPartnerOptions(db, municipalityCode);
  return {
    organisations: partners.organisations.map((o) => ({ value: String(o.id), label: o.name })),
    fora: partners.fora.map((f) => ({ value: String(f.id), label: f.name })),
  };
}
