import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../lib/errors.ts';
import { publicSearchColumns } from '../../lib/public-search-row.ts';
import { outer } from '../../lib/sql.ts';
import { renderWrittenInWorker, type WrittenDocument } from '../../lib/written-document/index.ts';
import { municipalityName } from '../registry/index.ts';
import { councilReportSections, councilReports } from './tables.ts';
import { reportToWrittenDocument } from './to-written-document.ts';

/*
 * What the council report lets the public site read (decision 016): approved reports only (status
 * godkendt); a draft, or a report reopened to be corrected, is never read here. No actor.
 */

const approved: SQL = sql`${councilReports.status} = 'godkendt'`;

/** A municipality's approved reports (all municipalities' when no code), newest year first. */
export function publicCouncilReports(db: Db, municipalityCode?: string) {
  return db
    .select({
      id: councilReports.id,
      municipalityCode: councilReports.municipalityCode,
      year: councilReports.governanceYear,
      approvedOn: councilReports.approvedOn,
      createdAt: councilReports.createdAt,
      updatedAt: councilReports.updatedAt,
    })
    .from(councilReports)
    .where(and(approved, municipalityCode === undefined ? undefined : eq(councilReports.municipalityCode, municipalityCode)))
    .orderBy(asc(councilReports.municipalityCode), desc(councilReports.governanceYear));
}

export interface PublicCouncilReport {
  municipalityCode: string;
  municipalityName: string;
  year: number;
  approvedOn: string | null;
  document: WrittenDocument;
}

/** An approved report as the written document (no approver's name: no person is public); 404 when there is none approved. */
export async function publicCouncilReport(db: Db, municipalityCode: string, year: number): Promise<PublicCouncilReport> {
  const [report] = await db
    .select({ report: councilReports, municipalityName: municipalityName(councilReports.municipalityCode) })
    .from(councilReports)
    .where(and(eq(councilReports.municipalityCode, municipalityCode), eq(councilReports.governanceYear, year), approved));
  if (!report) throw notFound('Redegørelsen');
  const sections = await db
    .select()
    .from(councilReportSections)
    .where(eq(councilReportSections.reportId, report.report.id))
    .orderBy(asc(councilReportSections.position));
  const name = report.municipalityName as string;
  const written = reportToWrittenDocument({ ...report.report, approvedBy: null, sections, canManage: false }, name);
  const document: WrittenDocument = {
    ...written,
    signatures: written.signatures.map((s) => ({ ...s, lines: s.lines.map((l) => l.replace(/ af $/, '')) })),
  };
  return { municipalityCode, municipalityName: name, year, approvedOn: report.report.approvedOn, document };
}

/** The approved report as PDF, by the shared renderer (off the main thread). */
export const publicCouncilReportPdf = (r: PublicCouncilReport) => renderWrittenInWorker(r.document, 'pdf');

/** The public search's source of approved council reports, by their sections' headings and text. */
export function publicCouncilReportsSearchSource(query: SQL): SQL {
  const text = sql`(select string_agg(${councilReportSections.heading} || ' ' || ${councilReportSections.text}, ' ' order by ${councilReportSections.position})
    from ${councilReportSections} where ${councilReportSections.reportId} = ${outer(councilReports.id)})`;
  const doc = sql`to_tsvector('danish', coalesce(${text}, ''))`;
  const columns = publicSearchColumns({
    kind: 'redegoerelse',
    id: outer(councilReports.id),
    municipalityCode: outer(councilReports.municipalityCode),
    year: outer(councilReports.governanceYear),
    title: sql`'Redegørelse om styringsdialogen ' || ${outer(councilReports.governanceYear)}`,
    context: municipalityName(outer(councilReports.municipalityCode)),
    body: text,
    rank: sql`ts_rank(${doc}, ${query})`,
    date: sql`${outer(councilReports.approvedOn)}::timestamptz`,
  });
  return sql`select ${columns} from ${councilReports}
    where ${outer(councilReports.status)} = 'godkendt' and ${doc} @@ ${query}`;
}
