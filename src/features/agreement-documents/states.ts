import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { readableSql } from './policy.ts';
import { agreementDocuments, type DocumentStatus } from './tables.ts';

/** Where an organisation's aftaledokument of a year stands: its newest version the actor may read. */
export interface AgreementDocumentState {
  version: number;
  status: DocumentStatus;
  publishedAt: Date | null;
}

/**
 * The newest readable version of each organisation's aftaledokument of `year` (the council report
 * names it per organisation). One query; organisations without one are absent from the map.
 */
export async function agreementDocumentStates(
  db: Db,
  actor: Actor,
  { organisationIds, year }: { organisationIds: number[]; year: number },
): Promise<Map<number, AgreementDocumentState>> {
  if (organisationIds.length === 0) return new Map();
  // Readable as a party-less reader (the caller is the municipality or an admin); the organisation's own drafts stay its own.
  const rows = await db
    .selectDistinctOn([agreementDocuments.organisationId], {
      organisationId: agreementDocuments.organisationId,
      version: agreementDocuments.number,
      status: agreementDocuments.status,
      publishedAt: agreementDocuments.publishedAt,
    })
    .from(agreementDocuments)
    .where(
      and(
        inArray(agreementDocuments.organisationId, organisationIds),
        eq(agreementDocuments.governanceYear, year),
        readableSql(actor, sql`false`),
      ),
    )
    .orderBy(agreementDocuments.organisationId, desc(agreementDocuments.number));
  return new Map(rows.map((r) => [r.organisationId, { version: r.version, status: r.status, publishedAt: r.publishedAt }]));
}
