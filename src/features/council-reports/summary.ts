import type { AgreementStatus } from '../agreements/index.ts';

/*
 * The report's figures at the top ("12 af 14 dialoger afholdt"), counted from the data gathered
 * for it. Pure, so the rule is tested without a database.
 */

export interface ReportOrganisation {
  id: number;
  name: string;
  /** A dialogue year by the organisation's frequency (or a dialogue was started anyway). */
  dueThisYear: boolean;
  /** The day the dialogue meeting of the year was held, or null. */
  meetingHeld: string | null;
  stageLabel: string;
  /** Where the year's aftaledokument stands ("Offentliggjort 4. december 2026 (version 2)", "Ikke dannet"). */
  agreementDocument: string;
  documentPublished: boolean;
  /** Estates red in the organisation's latest year with figures (null: no figures). */
  red: number | null;
  redThreeYears: number;
  figuresYear: number | null;
  plans: { estate: string; year: number; text: string; handled: boolean }[];
}

export interface ReportAgreementRow {
  organisationName: string;
  governanceYear: number;
  text: string;
  status: AgreementStatus;
  statusLabel: string;
  targetLabel: string | null;
}

export interface ReportLettingRow {
  organisationName: string;
  kind: string;
  extent: string;
  validFrom: string;
  validTo: string;
  status: 'udkast' | 'indsendt' | 'godkendt' | 'udloebet';
  statusLabel: string;
  /** In force and ending within six months. */
  expiring: boolean;
}

export interface ReportData {
  municipalityName: string;
  year: number;
  organisations: ReportOrganisation[];
  agreements: ReportAgreementRow[];
  lettings: ReportLettingRow[];
  /** Null: the municipality has no areas under monitoring to show. */
  areas: { year: number | null; rows: { name: string; status: string }[] } | null;
}

export interface ReportSummary {
  organisations: number;
  due: number;
  held: number;
  notHeld: number;
  notDue: number;
  /** Aftaledokumenter of the year published. */
  published: number;
  redEstates: number;
  redThreeYears: number;
  openPlans: number;
  agreements: { total: number; met: number; partly: number; missed: number; open: number; dropped: number };
  lettingsInForce: number;
  lettingsExpiring: number;
  areas: number;
}

export function summarise(data: ReportData): ReportSummary {
  const due = data.organisations.filter((o) => o.dueThisYear);
  const held = due.filter((o) => o.meetingHeld !== null).length;
  const count = (...statuses: AgreementStatus[]) => data.agreements.filter((a) => statuses.includes(a.status)).length;
  const inForce = data.lettings.filter((l) => l.status === 'godkendt');
  return {
    organisations: data.organisations.length,
    due: due.length,
    held,
    notHeld: due.length - held,
    notDue: data.organisations.length - due.length,
    published: data.organisations.filter((o) => o.documentPublished).length,
    redEstates: data.organisations.reduce((n, o) => n + (o.red ?? 0), 0),
    redThreeYears: data.organisations.reduce((n, o) => n + o.redThreeYears, 0),
    openPlans: data.organisations.reduce((n, o) => n + o.plans.filter((p) => !p.handled).length, 0),
    agreements: {
      total: data.agreements.length,
      met: count('opfyldt'),
      partly: count('delvist_opfyldt'),
      missed: count('ikke_opfyldt'),
      open: count('ikke_startet', 'i_gang'),
      dropped: count('udgaaet'),
    },
    lettingsInForce: inForce.length,
    lettingsExpiring: inForce.filter((l) => l.expiring).length,
    areas: data.areas?.rows.length ?? 0,
  };
}
