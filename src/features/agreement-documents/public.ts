import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../lib/errors.ts';
import { publicSearchColumns } from '../../lib/public-search-row.ts';
import { outer } from '../../lib/sql.ts';
import { renderWrittenInWorker, type WrittenDocument } from '../../lib/written-document/index.ts';
import { municipalityName, organisationName, organisationSeatCode, supervisedOrganisationIds } from '../registry/index.ts';
import { agreementDocumentSections, agreementDocuments } from './tables.ts';
import { toWrittenDocument } from './to-written-document.ts';

/*
 * What the aftaledokument lets the public site read (decision 016): published versions only
 * (status offentliggjort), every one of them, each readable on its own. A draft, a sent version
 * and a version approved by both parties but not published are never read here. No actor.
 */

const published: SQL = sql`${agreementDocuments.status} = 'offentliggjort'`;

type Filter = {
  organisationId?: number;
  municipalityCode?: string;
  /** The rule "the organisation is public" (the registry's, passed by the publication's read.ts). */
  organisationIsPublic?: (organisationId: SQL) => SQL;
};

/** The published versions, newest year and version first, with the organisation's seat municipality (its public address). */
export function publicAgreementDocuments(db: Db, filter: Filter = {}) {
  const seat = organisationSeatCode(sql`${agreementDocuments.organisationId}`);
  return db
    .select({
      id: agreementDocuments.id,
      organisationId: agreementDocuments.organisationId,
      organisationName: sql<string>`${organisationName(agreementDocuments.organisationId)}`,
      seatCode: sql<string>`${seat}`,
      year: agreementDocuments.governanceYear,
      number: agreementDocuments.number,
      publishedAt: agreementDocuments.publishedAt,
      createdAt: agreementDocuments.createdAt,
      updatedAt: agreementDocuments.updatedAt,
    })
    .from(agreementDocuments)
    .where(
      and(
        published,
        filter.organisationId === undefined ? undefined : eq(agreementDocuments.organisationId, filter.organisationId),
        filter.municipalityCode === undefined
          ? undefined
          : sql`${agreementDocuments.organisationId} in ${supervisedOrganisationIds(filter.municipalityCode)}`,
        filter.organisationIsPublic?.(sql`${agreementDocuments.organisationId}`),
      ),
    )
    .orderBy(desc(agreementDocuments.governanceYear), desc(agreementDocuments.number), asc(agreementDocuments.id));
}
export type PublicAgreementDocumentRow = Awaited<ReturnType<typeof publicAgreementDocuments>>[number];

export interface PublicAgreementDocument {
  id: number;
  organisationId: number;
  organisationName: string;
  year: number;
  number: number;
  publishedAt: Date | null;
  document: WrittenDocument;
}

/** One published version as the written document (no approver's name: no person is public); 404 when it is unknown or not published. */
export async function publicAgreementDocument(db: Db, id: number): Promise<PublicAgreementDocument> {
  const [row] = await db
    .select({
      doc: agreementDocuments,
      organisationName: organisationName(agreementDocuments.organisationId),
      municipalityName: municipalityName(agreementDocuments.municipalityCode),
    })
    .from(agreementDocuments)
    .where(and(eq(agreementDocuments.id, id), published));
  if (!row) throw notFound('Aftaledokumentet');
  const sections = await db
    .select()
    .from(agreementDocumentSections)
    .where(eq(agreementDocumentSections.documentId, id))
    .orderBy(asc(agreementDocumentSections.position));
  const d = { ...row.doc, municipalityApprovedBy: null, organisationApprovedBy: null };
  const written = toWrittenDocument({
    ...d,
    organisationName: row.organisationName as string,
    municipalityName: row.municipalityName as string,
    owner: { municipalityCode: d.municipalityCode, organisationId: d.organisationId, administratorId: null },
    sections,
  });
  const document: WrittenDocument = {
    ...written,
    signatures: written.signatures.map((s) => ({ ...s, lines: s.lines.filter((l) => !l.startsWith('af ')) })),
  };
  return {
    id: d.id,
    organisationId: d.organisationId,
    organisationName: row.organisationName as string,
    year: d.governanceYear,
    number: d.number,
    publishedAt: d.publishedAt,
    document,
  };
}

/** The published version as PDF, by the shared renderer (off the main thread). */
export const publicAgreementDocumentPdf = (d: PublicAgreementDocument) => renderWrittenInWorker(d.document, 'pdf');

/**
 * The public search's source of published aftaledokumenter: each version, by its sections' headings
 * and text. `isPublic.organisation`: the registry's rule, passed by the publication's read.ts.
 */
export function publicAgreementDocumentsSearchSource(query: SQL, isPublic: { organisation: (organisationId: SQL) => SQL }): SQL {
  const text = sql`(select string_agg(${agreementDocumentSections.heading} || ' ' || ${agreementDocumentSections.text}, ' ' order by ${agreementDocumentSections.position})
    from ${agreementDocumentSections} where ${agreementDocumentSections.documentId} = ${outer(agreementDocuments.id)})`;
  // Matched and ranked by the sections' stored vectors (the best section counts); `text` is the snippet's.
  const rank = sql`(select max(ts_rank(${agreementDocumentSections.search}, ${query})) from ${agreementDocumentSections}
    where ${agreementDocumentSections.documentId} = ${outer(agreementDocuments.id)} and ${agreementDocumentSections.search} @@ ${query})`;
  const columns = publicSearchColumns({
    kind: 'aftaledokument',
    id: outer(agreementDocuments.id),
    municipalityCode: organisationSeatCode(outer(agreementDocuments.organisationId)),
    organisationId: outer(agreementDocuments.organisationId),
    year: outer(agreementDocuments.governanceYear),
    title: sql`'Aftaledokument ' || ${outer(agreementDocuments.governanceYear)} || ', version ' || ${outer(agreementDocuments.number)}`,
    context: organisationName(outer(agreementDocuments.organisationId)),
    body: text,
    rank,
    date: outer(agreementDocuments.publishedAt),
  });
  return sql`select ${columns} from ${agreementDocuments}
    where ${outer(agreementDocuments.status)} = 'offentliggjort' and ${isPublic.organisation(outer(agreementDocuments.organisationId))}
      and ${outer(agreementDocuments.id)} in (select ${agreementDocumentSections.documentId} from ${agreementDocumentSections} where ${agreementDocumentSections.search} @@ ${query})`;
}
