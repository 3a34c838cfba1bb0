import { countNoun } from '../../lib/plural.ts';
import { formatDate } from '../../ui/format.ts';
import { summarise, type ReportData } from './summary.ts';
import type { OverviewTableRow } from './tables.ts';

/*
 * The report's sections, in order. The generated ones are written from the data gathered (see
 * gather.ts) as text in the forms' conventions (paragraphs split by blank lines, "- " bullets);
 * the introduction and the conclusion are the municipality's own words, given a first draft.
 */

export const SECTION_KEYS = [
  'indledning',
  'sammenfatning',
  'dialoger',
  'ikke_afholdt',
  'afdelinger',
  'aftaler',
  'udlejning',
  'boligomraader',
  'konklusion',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const SECTION_HEADINGS: Record<SectionKey, string> = {
  indledning: 'Indledning',
  sammenfatning: 'Sammenfatning',
  dialoger: 'Styringsdialogerne',
  ikke_afholdt: 'Dialoger, der ikke er afholdt',
  afdelinger: 'Røde afdelinger og handlingsplaner',
  aftaler: 'Aftaler og mål',
  udlejning: 'Udlejningsaftaler',
  boligomraader: 'Boligområder under overvågning',
  konklusion: 'Konklusion',
};

export interface GeneratedSection {
  key: SectionKey;
  heading: string;
  text: string;
  generated: boolean;
  table: OverviewTableRow[] | null;
}

const bullets = (lines: string[]) => lines.map((l) => `- ${l}`).join('\n');

/** The organisation overview's rows: one per organisation the municipality supervises. */
export function overviewRows(data: ReportData): OverviewTableRow[] {
  return data.organisations.map((o) => ({
    organisationId: o.id,
    organisation: o.name,
    meeting: !o.dueThisYear ? 'Ikke dialogår' : o.meetingHeld ? `Afholdt ${formatDate(o.meetingHeld)}` : 'Ikke afholdt',
    stage: o.dueThisYear ? o.stageLabel : '–',
    agreementDocument: o.dueThisYear ? o.agreementDocument : '–',
    red: o.red === null ? 'Ingen tal' : `${o.red}${o.figuresYear === null ? '' : ` (${o.figuresYear})`}`,
    agreements: String(data.agreements.filter((a) => a.organisationName === o.name).length),
  }));
}

function summaryText(data: ReportData): string {
  const s = summarise(data);
  const a = s.agreements;
  return [
    `Kommunen fører tilsyn med ${countNoun(s.organisations, 'boligorganisation', 'boligorganisationer')}. ${s.held} af ${countNoun(s.due, 'dialog', 'dialoger')} afholdt i ${data.year}.`,
    bullets([
      `${countNoun(s.held, 'styringsdialogmøde', 'styringsdialogmøder')} afholdt, ${s.notHeld} ikke afholdt`,
      `${countNoun(s.published, 'aftaledokument', 'aftaledokumenter')} offentliggjort`,
      `${countNoun(s.notDue, 'boligorganisation', 'boligorganisationer')} havde ikke styringsdialog i ${data.year} (dialog hvert andet år)`,
      `${countNoun(s.redEstates, 'rød afdeling', 'røde afdelinger')}, heraf ${s.redThreeYears} ${s.redThreeYears === 1 ? 'rød' : 'røde'} tre år i træk; ${countNoun(s.openPlans, 'åben handlingsplan', 'åbne handlingsplaner')}`,
      `${countNoun(a.total, 'aftale', 'aftaler')}: ${a.met} opfyldt, ${a.partly} delvist opfyldt, ${a.missed} ikke opfyldt, ${a.open} i gang eller ikke startet, ${a.dropped} udgået`,
      `${countNoun(s.lettingsInForce, 'udlejningsaftale', 'udlejningsaftaler')} i kraft, heraf ${s.lettingsExpiring} der udløber inden for seks måneder`,
      `${countNoun(s.areas, 'boligområde', 'boligområder')} under overvågning`,
    ]),
  ].join('\n\n');
}

function dialoguesText(data: ReportData): string {
  return `Tabellen viser for hver boligorganisation, om styringsdialogmødet for ${data.year} er afholdt, hvor langt dialogen er, om aftaledokumentet er offentliggjort, antallet af røde afdelinger i det seneste år med nøgletal og antallet af aftaler fra dialogerne ${data.year - 1} og ${data.year}.`;
}

function notHeldText(data: ReportData): string {
  const notHeld = data.organisations.filter((o) => o.dueThisYear && o.meetingHeld === null);
  const notDue = data.organisations.filter((o) => !o.dueThisYear);
  const parts: string[] = [];
  parts.push(
    notHeld.length === 0
      ? `Alle styringsdialogmøder for ${data.year} er afholdt.`
      : [
          'Disse møder er ikke afholdt. Skriv kommunens begrundelse for hver:',
          bullets(notHeld.map((o) => `${o.name} (${o.stageLabel}): Begrundelse mangler.`)),
        ].join('\n\n'),
  );
  if (notDue.length)
    parts.push(
      [
        `Disse boligorganisationer har styringsdialog hvert andet år og havde ikke dialog i ${data.year}:`,
        bullets(notDue.map((o) => o.name)),
      ].join('\n\n'),
    );
  return parts.join('\n\n');
}

function estatesText(data: ReportData): string {
  const withRed = data.organisations.filter((o) => (o.red ?? 0) > 0 || o.plans.length > 0);
  if (withRed.length === 0) return 'Ingen afdelinger er røde i de seneste nøgletal, og der er ingen handlingsplaner.';
  return withRed
    .map((o) => {
      const head = `${o.name}: ${countNoun(o.red ?? 0, 'rød afdeling', 'røde afdelinger')}${o.figuresYear ? ` i ${o.figuresYear}` : ''}${o.redThreeYears ? `, heraf ${o.redThreeYears} ${o.redThreeYears === 1 ? 'rød' : 'røde'} tre år i træk` : ''}.`;
      const plans = o.plans.map(
        (p) =>
          `Handlingsplan for afdeling ${p.estate} (rød ${p.year - 2}–${p.year}${p.handled ? ', behandlet' : ''}): ${p.text.trim() || 'Ikke udfyldt endnu.'}`,
      );
      return plans.length ? `${head}\n${bullets(plans)}` : head;
    })
    .join('\n\n');
}

function agreementsText(data: ReportData): string {
  if (data.agreements.length === 0) return `Der er ikke indgået aftaler i styringsdialogerne ${data.year - 1} og ${data.year}.`;
  const byOrg = Map.groupBy(data.agreements, (a) => a.organisationName);
  return [...byOrg]
    .map(([org, rows]) =>
      [
        `${org}:`,
        bullets(
          rows.map(
            (a) =>
              `${a.text} (${a.governanceYear}) — ${a.statusLabel}${a.targetLabel ? `; målet efter nøgletallene: ${a.targetLabel.toLowerCase()}` : ''}`,
          ),
        ),
      ].join('\n'),
    )
    .join('\n\n');
}

function lettingText(data: ReportData): string {
  if (data.lettings.length === 0) return 'Kommunen har ingen udlejningsaftaler i kraft eller til godkendelse.';
  return bullets(
    data.lettings.map(
      (l) =>
        `${l.organisationName}: ${l.kind}${l.extent ? `, ${l.extent}` : ''}, ${formatDate(l.validFrom)}–${formatDate(l.validTo)} (${l.statusLabel}${l.expiring ? ', udløber inden for seks måneder' : ''})`,
    ),
  );
}

function areasText(data: ReportData): string {
  if (!data.areas) return 'Kommunen har ingen boligområder under overvågning.';
  return [
    `Boligområderne under overvågning${data.areas.year ? ` (opgørelse ${data.areas.year})` : ''}:`,
    bullets(data.areas.rows.map((a) => `${a.name}: ${a.status}`)),
  ].join('\n\n');
}

/**
 * What the editor is told to write in a free section. Help for the form, never the section's text:
 * an empty section prints as empty (to-written-document.ts), not as instructions to the council.
 */
export const SECTION_HELP: Partial<Record<SectionKey, string>> = {
  konklusion: 'Skriv kommunens samlede vurdering af styringsdialogerne og eventuelle tiltag det kommende år.',
};

/**
 * A section's text as written by the municipality: reports generated before the help moved to the
 * form kept the help as the conclusion's first draft, which counts as not written.
 */
export const writtenText = (key: string, text: string) => (text.trim() === SECTION_HELP[key as SectionKey] ? '' : text);

const FIRST_DRAFT: Record<'indledning' | 'konklusion', (data: ReportData) => string> = {
  indledning: (d) =>
    `Kommunalbestyrelsen orienteres hermed om styringsdialogerne ${d.year} med de almene boligorganisationer, som ${d.municipalityName} fører tilsyn med (almenboligloven § 164). Redegørelsen omfatter dialogmøderne, afdelinger med røde nøgletal og deres handlingsplaner, de aftaler, der er indgået og fulgt op, udlejningsaftalerne og boligområderne under overvågning.`,
  konklusion: () => '',
};

const GENERATORS: Record<Exclude<SectionKey, 'indledning' | 'konklusion'>, (data: ReportData) => string> = {
  sammenfatning: summaryText,
  dialoger: dialoguesText,
  ikke_afholdt: notHeldText,
  afdelinger: estatesText,
  aftaler: agreementsText,
  udlejning: lettingText,
  boligomraader: areasText,
};

/** Every section as generated from the data; the free ones with their first draft. */
export function generateSections(data: ReportData): GeneratedSection[] {
  return SECTION_KEYS.map((key) => {
    const free = key === 'indledning' || key === 'konklusion';
    return {
      key,
      heading: SECTION_HEADINGS[key],
      text: free ? FIRST_DRAFT[key](data) : GENERATORS[key](data),
      generated: !free,
      table: key === 'dialoger' ? overviewRows(data) : null,
    };
  });
}
