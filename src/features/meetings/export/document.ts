/**
 * The input of the agenda (dagsorden) and minutes (referat) renderers: a meeting as plain data,
 * already in Danish and already filtered by what the reader may see (except closed items, see
 * `includeClosed`). The meetings service maps its rows to this; the renderers know no database.
 */
export type DocumentSide = 'municipality' | 'organisation' | 'other';
export type DocumentParticipant = { name: string; title: string | null; side: DocumentSide; sideLabel: string; present: boolean };
export type DocumentDecision = {
  body: string | null;
  date: string | null /* YYYY-MM-DD */;
  text: string;
  vote: string | null; /* already rendered, e.g. "Forslaget blev forkastet med 8 stemmer mod 1 (O)." */
};
export type DocumentAction = { text: string; responsible: string | null; due: string | null /* YYYY-MM-DD */; done: boolean };
export type DocumentItem = {
  number: string; // "1", "1.a"
  title: string;
  theme: string | null; // Danish label, e.g. "Udlejning og anvisning"
  closed: boolean; // lukket punkt
  caseNumber: string | null; // "20/25312"
  decidingBody: string | null; // "Sagen afgøres i"
  sections: { heading: string; text: string }[]; // formal sections: Indledning, Retsgrundlag, …, Indstilling (only the non-empty ones)
  text: string; // agenda text / description; plain text, paragraphs separated by blank lines, bullet lines start with "- " (nested "  - ")
  notes: string; // minutes: what was said (same plain-text conventions); "" on an agenda
  decisions: DocumentDecision[];
  actions: DocumentAction[];
  absent: string[]; // Fraværende for this item
  attachments: string[]; // bilag file names
  items: DocumentItem[]; // sub-items
};
export type MeetingDocument = {
  kind: 'agenda' | 'minutes';
  meetingKindLabel: string; // "Styringsdialogmøde", "Fællesmøde", "Møde i Rådet for Almene Boligforhold"
  title: string; // "Styringsdialogmøde 2026 – Lejerbo Næstved"
  municipality: string; // "Næstved Kommune"
  organisations: string[];
  startsAt: string | null; // ISO date-time with offset, shown in Europe/Copenhagen
  endsAt: string | null;
  place: string | null;
  participants: DocumentParticipant[];
  status: string | null; // e.g. "Udkast", "Godkendt af begge parter 3. december 2026"
  version: number | null; // minutes version (1, 2, …)
  generatedAt: string; // ISO date-time
  includeClosed: boolean; // false: closed items are left out entirely (the public copy); true: shown marked "Lukket punkt"
  items: DocumentItem[];
};
