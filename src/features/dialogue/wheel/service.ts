import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { notFound } from '../../../lib/errors.ts';
import { getMunicipality } from '../../registry/index.ts';
import type { DialogueFactsSql } from '../facts.ts';
import { dialogueOverview } from '../overview.ts';
import { canSeeMunicipalityDialogues } from '../policy.ts';
import { getDialogue } from '../service.ts';
import { wheelMarks, type WheelMark } from './marks.ts';

/*
 * The wheel shows calendar year Y: the deadlines of governance year Y and of Y + 1 that fall in it
 * (a fiscal year ending 31 May Y puts the accounts of governance year Y + 1 in October Y).
 */

export interface Wheel {
  name: string;
  marks: WheelMark[];
}

/** Every organisation the municipality supervises, as counts per kind of deadline and month (404 outside its users and admins). */
export async function municipalityWheel({
  db,
  actor,
  municipalityCode,
  year,
  today,
  facts,
}: {
  db: Db;
  actor: Actor;
  municipalityCode: string;
  year: number;
  today: string;
  facts: DialogueFactsSql;
}): Promise<Wheel> {
  if (!/^\d{4}$/.test(municipalityCode) || !canSeeMunicipalityDialogues(actor, municipalityCode)) throw notFound();
  const municipality = await getMunicipality(db, municipalityCode);
  if (!municipality) throw notFound('Kommunen');
  const rows = (
    await Promise.all([year, year + 1].map((y) => dialogueOverview({ db, actor, year: y, today, municipalityCode, facts })))
  ).flat();
  return {
    name: municipality.name,
    marks: wheelMarks(
      year,
      rows.map((r) => ({ name: r.name, deadlines: r.deadlines })),
    ),
  };
}

/** One organisation's deadlines (404 for whoever may not see its dialogue). */
export async function organisationWheel({
  db,
  actor,
  organisationId,
  year,
  today,
  facts,
}: {
  db: Db;
  actor: Actor;
  organisationId: number;
  year: number;
  today: string;
  facts: DialogueFactsSql;
}): Promise<Wheel & { organisationId: number }> {
  const [current, next] = await Promise.all([year, year + 1].map((y) => getDialogue({ db, actor, organisationId, year: y, today, facts })));
  const items = [current, next].filter((d) => d.dueThisYear).map((d) => ({ name: d.organisation.name, deadlines: d.deadlines }));
  return { organisationId, name: current.organisation.name, marks: wheelMarks(year, items) };
}
