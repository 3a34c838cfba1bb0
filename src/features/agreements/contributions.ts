import { and, eq, inArray, isNotNull, lte } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { formatDate } from '../../ui/format.ts';
import type { DecisionAgreementLink } from '../meetings/index.ts';
import { partyOrganisationHeads } from '../registry/index.ts';
import { canManageAgreements } from './policy.ts';
import { agreements, OPEN_STATUSES } from './tables.ts';
import { STATUS_LABELS } from './words.ts';

/*
 * What the agreements give other pages through src/wiring.ts: the dialogue page's link, the
 * decision's link or button on a meeting item, and the proposed agenda item of open agreements.
 */

export const agreementsHref = (organisationId: number, year: number) =>
  `/boligorganisationer/${organisationId}/styringsdialog/${year}/aftaler`;

/** The dialogue page's link to the year's agreements. */
export const dialogueAgreementsLink = (organisationId: number, year: number) => ({
  href: agreementsHref(organisationId, year),
  label: 'Aftaler og mål',
});

/** Per decision: the agreement made of it, or (for the supervisor) the button that makes one. */
export async function decisionAgreementLinks({
  db,
  actor,
  decisionIds,
}: {
  db: Db;
  actor: Actor;
  decisionIds: number[];
}): Promise<Map<number, DecisionAgreementLink>> {
  const heads = partyOrganisationHeads(db, actor, { includeInactive: true });
  const rows = await db
    .select({ id: agreements.id, decisionId: agreements.decisionId })
    .from(agreements)
    .innerJoin(heads, eq(heads.organisationId, agreements.organisationId))
    .where(and(isNotNull(agreements.decisionId), inArray(agreements.decisionId, decisionIds)));
  const links = new Map<number, DecisionAgreementLink>();
  for (const r of rows) links.set(r.decisionId!, { kind: 'link', href: `/aftaler/${r.id}`, label: 'Se aftalen' });
  // The decisions are of a meeting the actor sees: a municipality's staff see only their own municipality's.
  const s = actor.scope;
  const mayCreate =
    s.kind === 'admin' || (s.kind === 'municipality' && canManageAgreements(actor, { municipalityCode: s.municipalityCode }));
  if (mayCreate)
    for (const id of decisionIds)
      if (!links.has(id)) links.set(id, { kind: 'button', action: `/beslutninger/${id}/aftale`, label: 'Gør til aftale' });
  return links;
}

/**
 * The proposed item "Opfølgning på aftaler" for an organisation's dialogue meeting: its open
 * agreements of the meeting's year and before, as the actor may see them.
 */
export async function agreementProposals({
  db,
  actor,
  organisationId,
  year,
}: {
  db: Db;
  actor: Actor;
  organisationId: number;
  year: number;
}) {
  const heads = partyOrganisationHeads(db, actor, { ids: [organisationId] });
  const rows = await db
    .select({ year: agreements.governanceYear, text: agreements.text, status: agreements.status, deadline: agreements.deadline })
    .from(agreements)
    .innerJoin(heads, eq(heads.organisationId, agreements.organisationId))
    .where(
      and(
        eq(agreements.organisationId, organisationId),
        lte(agreements.governanceYear, year),
        inArray(agreements.status, [...OPEN_STATUSES]),
      ),
    )
    .orderBy(agreements.governanceYear, agreements.id);
  if (rows.length === 0) return [];
  return [
    {
      source: 'aftaler',
      theme: null,
      title: 'Opfølgning på aftaler',
      text: rows
        .map(
          (r) =>
            `- ${r.text} (${r.year}; ${STATUS_LABELS[r.status].toLowerCase()}${r.deadline ? `; frist ${formatDate(r.deadline)}` : ''})`,
        )
        .join('\n'),
    },
  ];
}
