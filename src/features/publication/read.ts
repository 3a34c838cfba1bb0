import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../lib/errors.ts';
import {
  publicAgreementDocument,
  publicAgreementDocuments,
  publicAgreementDocumentsSearchSource,
  type PublicAgreementDocumentRow,
} from '../agreement-documents/index.ts';
import {
  agreementsOfYears,
  lettingAgreementsInForce,
  publicAgreementsOfMunicipality,
  publicAgreementsSearchSource,
  publicLettingSearchSource,
} from '../agreements/index.ts';
import { publicCouncilReport, publicCouncilReports, publicCouncilReportsSearchSource } from '../council-reports/index.ts';
import { estateFiguresOfYears, organisationFiguresOfYears } from '../key-figures/index.ts';
import {
  approvedMinutesAddresses,
  approvedMinutesList,
  dialogueHeldSql,
  heldDialogueYears,
  publicAgendas,
  publicMinutesCopy,
  publicMinutesSearchSource,
} from '../meetings/index.ts';
import {
  getMunicipality,
  listMunicipalities,
  municipalityOptions,
  publicEstateNames,
  publicEstateRow,
  publicEstateRows,
  publicForumRows,
  publicOrganisationRow,
  publicOrganisationRows,
  publicOrganisationSql,
  publicRegistryAddresses,
  publicRegistrySearchSources,
} from '../registry/index.ts';

/*
 * What is public: the one definition (decision 016). Each read takes no actor and selects only
 * published rows, built from what the other features export:
 * - the registry's active bodies, without e-mail addresses, phone numbers or people;
 * - approved minutes as the public copy (closed items and bilag left out, no comments);
 * - of a dialogue, nothing until its meeting is held: its agreements and the estates' key figures
 *   (with colours) only for the governance years whose dialogue meeting is held;
 * - letting agreements approved (godkendt) and in force today;
 * - a published aftaledokument (every version, each readable) and an approved council report.
 * Drafts, comments, the audit history and unapproved agreements are never read here.
 */

type LettingRow = Awaited<ReturnType<typeof lettingAgreementsInForce>>[number];

/** Letting agreements with the names of their estates (and organisations) filled in. */
async function withEstateNames(db: Db, rows: LettingRow[]) {
  const names = new Map((await publicEstateNames(db, [...new Set(rows.flatMap((r) => r.estateIds))])).map((e) => [e.id, e]));
  return rows.map((r) => ({ ...r, estates: r.estateIds.flatMap((id) => names.get(id) ?? []) }));
}
export type PublicLetting = Awaited<ReturnType<typeof withEstateNames>>[number];

/** Every municipality (all are public, with their counts of active organisations and estates), by name. */
export const publicMunicipalities = (db: Db) => listMunicipalities(db);

/** A municipality's public page: its organisations, fora, approved minutes and letting agreements in force; null when unknown. */
export async function publicMunicipality(db: Db, code: string) {
  if (!/^\d{4}$/.test(code)) return null;
  const municipality = await getMunicipality(db, code);
  if (!municipality) return null;
  const [organisations, fora, minutes, letting] = await Promise.all([
    publicOrganisationRows(db, code),
    publicForumRows(db, code),
    approvedMinutesList(db, { municipalityCode: code }),
    lettingAgreementsInForce(db, { municipalityCode: code }),
  ]);
  const councilReports = await publicCouncilReports(db, code);
  return { municipality, organisations, fora, minutes, councilReports, letting: await withEstateNames(db, letting) };
}
export type PublicMunicipality = NonNullable<Awaited<ReturnType<typeof publicMunicipality>>>;

/** What the open data's Body lists start from: the municipality, its organisations and fora, its approved minutes; null when unknown. */
export async function publicBody(db: Db, code: string) {
  if (!/^\d{4}$/.test(code)) return null;
  const municipality = await getMunicipality(db, code);
  if (!municipality) return null;
  const [organisations, fora, minutes] = await Promise.all([
    publicOrganisationRows(db, code),
    publicForumRows(db, code),
    approvedMinutesList(db, { municipalityCode: code }),
  ]);
  return { municipality, organisations, fora, minutes };
}

/** An organisation's public page: its estates, its dialogues of the years whose meeting is held (approved minutes, agreements), letting agreements in force. */
export async function publicOrganisation(db: Db, id: number) {
  const organisation = await publicOrganisationRow(db, id);
  if (!organisation) return null;
  const [estates, heldYears, minutes, letting, documents] = await Promise.all([
    publicEstateRows(db, id),
    heldDialogueYears(db, id),
    approvedMinutesList(db, { organisationId: id }),
    lettingAgreementsInForce(db, { organisationId: id }),
    publicAgreementDocuments(db, { organisationId: id }),
  ]);
  const agreements = await agreementsOfYears(db, { organisationId: id, years: heldYears });
  const estateNames = new Map(estates.map((e) => [e.id, e]));
  // A published aftaledokument is made once the meeting is held; its year is shown even so.
  const years = [...new Set([...heldYears, ...documents.map((d) => d.year)])].sort((a, b) => a - b);
  const dialogues = years.reverse().map((year) => ({
    year,
    documents: documents.filter((d) => d.year === year),
    minutes: minutes.filter((m) => m.year === year),
    agreements: agreements
      .filter((a) => a.year === year)
      .map((a) => ({ ...a, estates: a.estateIds.flatMap((e) => estateNames.get(e) ?? []) })),
  }));
  return { organisation, estates, dialogues, letting: await withEstateNames(db, letting) };
}
export type PublicOrganisation = NonNullable<Awaited<ReturnType<typeof publicOrganisation>>>;

/** An estate's public page: its key figures with colours and the agreements concerning it, of the years whose dialogue meeting is held; letting agreements in force. */
export async function publicEstate(db: Db, id: number) {
  const estate = await publicEstateRow(db, id);
  if (!estate) return null;
  const years = await heldDialogueYears(db, estate.organisationId);
  const [figures, agreements, letting] = await Promise.all([
    estateFiguresOfYears(db, { estateId: id, years, subject: estateSubject(estate) }),
    agreementsOfYears(db, { organisationId: estate.organisationId, years, estateId: id }),
    lettingAgreementsInForce(db, { organisationId: estate.organisationId }),
  ]);
  return {
    estate,
    figures: figures.byYear,
    trends: figures.trends,
    agreements,
    letting: letting.filter((l) => l.estateIds.includes(id)),
  };
}
export type PublicEstate = NonNullable<Awaited<ReturnType<typeof publicEstate>>>;

/** The key figures of every public estate of an organisation, of the years whose dialogue meeting is held, by estate (the open data's downloads). */
export async function publicOrganisationFigures(db: Db, organisationId: number) {
  const [estates, years] = await Promise.all([publicEstateRows(db, organisationId), heldDialogueYears(db, organisationId)]);
  const figures = await organisationFiguresOfYears(db, { organisationId, years });
  return estates.map((estate) => ({ estate, figures: figures.get(estate.id) ?? [] }));
}

/** The agendas of approved minutes' public copies, many at once (closed items left out), by meeting id. */
export const publicMinutesAgendas = (db: Db, meetingIds: number[]) => publicAgendas(db, meetingIds);
export type { PublicAgendaItem } from '../meetings/index.ts';

const estateSubject = (e: { number: number; name: string }) => `Afd. ${e.number} ${e.name}`;

/**
 * One indicator's development for an estate's public chart and its CSV: the same trend as its
 * public page draws, over the years whose dialogue meeting is held; null when the estate is not
 * public, has no public year, or has no value of that indicator in them.
 */
export async function publicEstateTrend(db: Db, id: number, code: string) {
  const estate = await publicEstateRow(db, id);
  if (!estate) return null;
  const years = await heldDialogueYears(db, estate.organisationId);
  const { trends } = await estateFiguresOfYears(db, { estateId: id, years, subject: estateSubject(estate) });
  const trend = trends.find((t) => t.indicator.code === code);
  return trend ? { estate, trend } : null;
}

/** The public copy of approved minutes (404 when the minutes are unknown or not approved). */
export const publicMinutes = (db: Db, meetingId: number) => publicMinutesCopy(db, meetingId);

/** A published version of an aftaledokument (404 when unknown or not published), with its organisation's public address parts. */
export async function publicAgreementDocumentPage(db: Db, id: number) {
  const d = await publicAgreementDocument(db, id);
  const organisation = await publicOrganisationRow(db, d.organisationId);
  if (!organisation) throw notFound('Aftaledokumentet');
  // Every published version of the same year, newest first, each with its own address.
  const versions = (await publicAgreementDocuments(db, { organisationId: d.organisationId })).filter((v) => v.year === d.year);
  return { ...d, municipalityCode: organisation.municipalityCode, municipalityName: organisation.municipalityName, versions };
}
export type PublicAgreementDocumentPage = Awaited<ReturnType<typeof publicAgreementDocumentPage>>;
export type { PublicAgreementDocumentRow };

/** A municipality's approved council report of a year (404 when there is none approved). */
export const publicReport = (db: Db, code: string, year: number) => publicCouncilReport(db, code, year);

/** Published aftaledokumenter of public organisations: all, or those of a municipality's organisations. */
export const publicDocuments = (db: Db, municipalityCode?: string) =>
  publicAgreementDocuments(db, { municipalityCode, organisationIsPublic: publicOrganisationSql });

/** The agreements of a municipality's public organisations, of the years whose dialogue meeting is held (the open data's Papers). */
export async function publicMunicipalityAgreements(db: Db, code: string) {
  const rows = await publicAgreementsOfMunicipality(db, code, { organisation: publicOrganisationSql, year: dialogueHeldSql });
  const names = new Map((await publicEstateNames(db, [...new Set(rows.flatMap((r) => r.estateIds))])).map((e) => [e.id, e]));
  return rows.map((a) => ({ ...a, estates: a.estateIds.flatMap((id) => names.get(id) ?? []) }));
}

/** Every public page's address parts, for the sitemap. */
export async function publicAddresses(db: Db) {
  const [municipalities, registry, minutes, documents, reports] = await Promise.all([
    municipalityOptions(db),
    publicRegistryAddresses(db),
    approvedMinutesAddresses(db),
    publicDocuments(db),
    publicCouncilReports(db),
  ]);
  return { municipalityCodes: municipalities.map((m) => m.value), ...registry, minutes, documents, reports };
}

/**
 * The public search's sources (decision 017), each owned by the feature that owns the rows and
 * built on the same rules as the pages above: the registry's active bodies, the items of approved
 * minutes' public copy, agreements of organisations whose dialogue meeting of that year is held,
 * letting agreements approved and in force. Each selects the columns of publicSearchColumns and
 * matches `query` (a tsquery) itself.
 * the published aftaledokumenter of public organisations (every version) and approved council reports.
 */
export function publicSearchSources(query: SQL): SQL[] {
  const isPublic = { organisation: publicOrganisationSql, year: dialogueHeldSql };
  return [
    ...publicRegistrySearchSources(query),
    publicMinutesSearchSource(query),
    publicAgreementsSearchSource(query, isPublic),
    publicLettingSearchSource(query, isPublic),
    publicAgreementDocumentsSearchSource(query, isPublic),
    publicCouncilReportsSearchSource(query),
  ];
}
