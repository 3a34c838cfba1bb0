import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { AppError, notFoundOrHidden } from '../../lib/errors.ts';
import { municipalityName, organisationAdministratorId, organisationName, partyOrganisationHeads } from '../registry/index.ts';
import { canRead, readableSql, type DocumentOwner } from './policy.ts';
import { agreementDocumentSections, agreementDocuments } from './tables.ts';

/* Reading the aftaledokument's versions, with the scope in SQL; and the lock every change takes. */

export const PUBLISHED_REFUSAL =
  'Aftaledokumentet er offentliggjort og kan ikke ændres. Vælg "Ret aftaledokumentet" for at lave en ny version, som skal godkendes og offentliggøres igen.';

const columns = {
  doc: agreementDocuments,
  organisationName: organisationName(agreementDocuments.organisationId),
  municipalityName: municipalityName(agreementDocuments.municipalityCode),
  administratorId: organisationAdministratorId(agreementDocuments.organisationId),
};

/** One version with its sections, if the actor may read it; else 404 (hiding whether it exists). */
export async function loadDocument(db: Db, actor: Actor, id: number) {
  const heads = partyOrganisationHeads(db, actor, { includeInactive: true });
  const [row] = await db
    .select({ ...columns, isParty: sql<boolean>`${heads.organisationId} is not null` })
    .from(agreementDocuments)
    .leftJoin(heads, eq(heads.organisationId, agreementDocuments.organisationId))
    .where(and(eq(agreementDocuments.id, id), readableSql(actor, sql`${heads.organisationId} is not null`)));
  if (!row) throw notFoundOrHidden('Aftaledokumentet');
  const owner: DocumentOwner = {
    municipalityCode: row.doc.municipalityCode,
    organisationId: row.doc.organisationId,
    administratorId: row.administratorId as number | null,
  };
  if (!canRead(actor, owner, row.doc.status)) throw notFoundOrHidden('Aftaledokumentet');
  const sections = await db
    .select()
    .from(agreementDocumentSections)
    .where(eq(agreementDocumentSections.documentId, id))
    .orderBy(asc(agreementDocumentSections.position));
  return {
    ...row.doc,
    organisationName: row.organisationName as string,
    municipalityName: row.municipalityName as string,
    owner,
    sections,
  };
}
export type DocumentView = Awaited<ReturnType<typeof loadDocument>>;

/** The versions of an organisation's document of a year the actor may read, newest first. */
export async function listVersions(db: Db, actor: Actor, organisationId: number, year: number) {
  const heads = partyOrganisationHeads(db, actor, { ids: [organisationId], includeInactive: true });
  return db
    .select({
      id: agreementDocuments.id,
      number: agreementDocuments.number,
      status: agreementDocuments.status,
      publishedAt: agreementDocuments.publishedAt,
      updatedAt: agreementDocuments.updatedAt,
    })
    .from(agreementDocuments)
    .leftJoin(heads, eq(heads.organisationId, agreementDocuments.organisationId))
    .where(
      and(
        eq(agreementDocuments.organisationId, organisationId),
        eq(agreementDocuments.governanceYear, year),
        readableSql(actor, sql`${heads.organisationId} is not null`),
      ),
    )
    .orderBy(desc(agreementDocuments.number));
}

/** The version locked for a change; a published one is refused (409), whoever asks. */
export async function lockUnpublished(tx: Db, id: number) {
  const [row] = await tx.select().from(agreementDocuments).where(eq(agreementDocuments.id, id)).for('update');
  if (!row) throw notFoundOrHidden('Aftaledokumentet');
  if (row.status === 'offentliggjort') throw new AppError('conflict', PUBLISHED_REFUSAL);
  return row;
}
