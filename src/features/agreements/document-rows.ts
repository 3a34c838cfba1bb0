import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { partyOrganisationHeads } from '../registry/index.ts';
import { agreementEstates, agreements } from './tables.ts';
import { SIDE_LABELS, STATUS_LABELS } from './words.ts';

/** An agreement as the aftaledokument writes it: in Danish words, with the estates it concerns. */
export interface DocumentAgreement {
  id: number;
  text: string;
  status: string;
  responsible: string;
  deadline: string | null;
  estateIds: number[];
}

/** The agreements of an organisation's dialogue of a year, as the actor may see them (scope in SQL). */
export async function agreementsForDocument(db: Db, actor: Actor, organisationId: number, year: number): Promise<DocumentAgreement[]> {
  const heads = partyOrganisationHeads(db, actor, { ids: [organisationId], includeInactive: true });
  const rows = await db
    .select({
      id: agreements.id,
      text: agreements.text,
      status: agreements.status,
      side: agreements.responsibleSide,
      person: agreements.responsiblePerson,
      deadline: agreements.deadline,
    })
    .from(agreements)
    .innerJoin(heads, eq(heads.organisationId, agreements.organisationId))
    .where(and(eq(agreements.organisationId, organisationId), eq(agreements.governanceYear, year)))
    .orderBy(asc(agreements.id));
  const estates = rows.length
    ? await db
        .select()
        .from(agreementEstates)
        .where(
          inArray(
            agreementEstates.agreementId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    status: STATUS_LABELS[r.status],
    responsible: `${SIDE_LABELS[r.side]}${r.person ? ` (${r.person})` : ''}`,
    deadline: r.deadline,
    estateIds: estates.filter((e) => e.agreementId === r.id).map((e) => e.estateId),
  }));
}
