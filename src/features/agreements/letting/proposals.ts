import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { danishToday } from '../../../lib/copenhagen-time.ts';
import { formatDate } from '../../../ui/format.ts';
import { lettingVisible } from './policy.ts';
import { lettingAgreements } from './tables.ts';
import { warningHorizon } from './warnings.ts';
import { KIND_LABELS } from './words.ts';

/*
 * What the letting agreements propose for the agenda of an organisation's dialogue meeting: its
 * approved agreements that expire within the warning period (six months), so the parties agree
 * on what comes next. Same shape as the key figures' proposals; src/wiring.ts joins them.
 */

export interface LettingProposal {
  source: 'udlejningsaftaler';
  title: string;
  text: string;
  theme: 'udlejning';
}

export async function lettingProposals({
  db,
  actor,
  organisationId,
  today = danishToday(),
}: {
  db: Db;
  actor: Actor;
  organisationId: number;
  year: number;
  today?: string;
}): Promise<LettingProposal[]> {
  const rows = await db
    .select({ kind: lettingAgreements.kind, validTo: lettingAgreements.validTo, id: lettingAgreements.id })
    .from(lettingAgreements)
    .where(
      and(
        lettingVisible(actor),
        eq(lettingAgreements.organisationId, organisationId),
        eq(lettingAgreements.status, 'godkendt'),
        gte(lettingAgreements.validTo, today),
        lte(lettingAgreements.validTo, warningHorizon(today)),
      ),
    )
    .orderBy(asc(lettingAgreements.validTo), asc(lettingAgreements.id));
  if (rows.length === 0) return [];
  return [
    {
      source: 'udlejningsaftaler',
      theme: 'udlejning',
      title: 'Udlejningsaftaler der udløber',
      text: rows.map((r) => `- ${KIND_LABELS[r.kind]}: udløber ${formatDate(r.validTo)}`).join('\n'),
    },
  ];
}
