import { formatDate } from '../../ui/format.ts';
import type { MeetingKind, MinutesStatus, Outcome, Side, Theme } from './tables.ts';

/**
 * A meeting in a page title: its date and whom it is with ("Møde 14. oktober 2026", "Lejerbo
 * Næstved"), which tell meetings apart in tabs and history where their titles often do not.
 */
export function meetingTitle(m: {
  title: string;
  startsAt: Date | null;
  organisationName: string | null;
  forumName: string | null;
  municipalityName: string;
}): [string, string] {
  return [m.startsAt ? `Møde ${formatDate(m.startsAt)}` : m.title, m.organisationName ?? m.forumName ?? m.municipalityName];
}

export const KIND_LABELS: Record<MeetingKind, string> = {
  dialogmoede: 'Styringsdialogmøde',
  faellesmoede: 'Fællesmøde',
  forum: 'Forummøde',
};

export const THEME_LABELS: Record<Theme, string> = {
  byudvikling: 'Byudvikling',
  udlejning: 'Udlejning og anvisning',
  vedligeholdelse: 'Vedligeholdelse og fremtidssikring',
  boligsocialt: 'Boligsociale tiltag',
  oekonomi: 'Økonomi og effektivisering',
  beboerdemokrati: 'Beboerdemokrati',
  administration: 'Administration',
  aeldre_handicap: 'Ældre og handicappede',
  klima_miljoe: 'Klima og miljø',
  andet: 'Andet',
};

export const SIDE_LABELS: Record<Side, string> = {
  municipality: 'Kommunen',
  organisation: 'Boligorganisationen',
  other: 'Øvrige',
};

export const MINUTES_STATUS_LABELS: Record<MinutesStatus, string> = {
  kladde: 'Kladde',
  til_kommentering: 'Sendt til kommentering',
  godkendt: 'Godkendt og låst',
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  vedtaget: 'Vedtaget',
  forkastet: 'Forkastet',
  anbefalet: 'Anbefalet',
  godkendt: 'Godkendt',
  taget_til_efterretning: 'Taget til efterretning',
  udsat: 'Udsat',
};

/** The formal sections of a council item, in the order of seed 002. */
export const SECTION_LABELS = {
  indledning: 'Indledning',
  retsgrundlag: 'Retsgrundlag',
  relation: 'Relation til vision og politikker',
  sagsfremstilling: 'Sagsfremstilling',
  oekonomi: 'Økonomi',
  kommunikation: 'Kommunikation/Høring',
  indstilling: 'Indstilling',
} as const;
export type SectionKey = keyof typeof SECTION_LABELS;
export const SECTION_KEYS = Object.keys(SECTION_LABELS) as SectionKey[];
