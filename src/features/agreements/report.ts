import { asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { danishToday } from '../../lib/copenhagen-time.ts';
import { indicatorSeries } from '../key-figures/index.ts';
import { partyOrganisationHeads } from '../registry/index.ts';
import { agreements, type AgreementStatus } from './tables.ts';
import { evaluateTarget, type TargetState } from './target.ts';

/** One agreement as the council report tells of it: its status, and its key-figure target's verdict where it has one. */
interface ReportedAgreement {
  id: number;
  organisationId: number;
  organisationName: string;
  governanceYear: number;
  text: string;
  status: AgreementStatus;
  target: TargetState | null;
}

/**
 * The agreements of the dialogues of the given years of the organisations a municipality
 * supervises, as the actor may see them (the scope in SQL). The targets are judged from the
 * imported figures, one series per agreement with a target: the report is generated rarely.
 */
export async function agreementsOfMunicipality(
  db: Db,
  actor: Actor,
  { municipalityCode, years, today = danishToday() }: { municipalityCode: string; years: number[]; today?: string },
): Promise<ReportedAgreement[]> {
  const heads = partyOrganisationHeads(db, actor, { municipalityCode, includeInactive: true });
  const rows = await db
    .select({
      id: agreements.id,
      organisationId: agreements.organisationId,
      organisationName: heads.name,
      governanceYear: agreements.governanceYear,
      text: agreements.text,
      status: agreements.status,
      targetIndicator: agreements.targetIndicator,
      targetComparator: agreements.targetComparator,
      targetValue: agreements.targetValue,
      targetYear: agreements.targetYear,
      targetEstateId: agreements.targetEstateId,
    })
    .from(agreements)
    .innerJoin(heads, eq(heads.organisationId, agreements.organisationId))
    .where(inArray(agreements.governanceYear, years))
    .orderBy(asc(heads.name), asc(agreements.governanceYear), asc(agreements.id));
  const currentYear = Number(today.slice(0, 4));
  return Promise.all(
    rows.map(async (r) => {
      let target: TargetState | null = null;
      if (r.targetIndicator && r.targetComparator && r.targetValue !== null && r.targetYear !== null) {
        const figures = await indicatorSeries(db, {
          indicatorCode: r.targetIndicator,
          estateId: r.targetEstateId,
          organisationId: r.organisationId,
        });
        target = evaluateTarget({ comparator: r.targetComparator, value: r.targetValue, year: r.targetYear }, figures, currentYear).state;
      }
      return {
        id: r.id,
        organisationId: r.organisationId,
        organisationName: r.organisationName,
        governanceYear: r.governanceYear,
        text: r.text,
        status: r.status,
        target,
      };
    }),
  );
}
