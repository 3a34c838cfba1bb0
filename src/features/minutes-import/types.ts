/*
 * The structured result of importing existing meeting minutes (referater). The JSON form of
 * `ImportedMinutes` is what `styringsdialog import-minutes FILE --json` prints: every key is
 * always present, with null or [] rather than left out.
 */

/** Which side of the dialogue a participant sits on; null when the minutes do not say. */
export type ParticipantSide = 'municipality' | 'organisation' | 'other';

export type ImportedParticipant = {
  name: string;
  /** Job title or role as written ("formand", "Borger- og Socialchef"), without the employer when that is a known organisation. */
  title: string | null;
  side: ParticipantSide | null;
};

export type ImportedAction = {
  /** The sentence or line that states the action. */
  text: string;
  /** Who follows up ("Jette", "Kommunen"), as written; null when not stated. */
  responsible: string | null;
  /** Due date, YYYY-MM-DD; null when not stated. */
  due: string | null;
};

export type ImportedItem = {
  /** The item's number as written without punctuation ("1", "2a", "3.1"); null for unnumbered headings. */
  number: string | null;
  title: string;
  /** The item's text: paragraphs separated by a blank line, bullets as "- " lines (nested: "  - "). */
  text: string;
  decisions: string[];
  actions: ImportedAction[];
  /** Sub-items ("2a", "2.1", "a)"), same shape. */
  items: ImportedItem[];
};

export type ImportedMinutes = {
  title: string;
  /** Meeting date from the header, YYYY-MM-DD. */
  date: string | null;
  place: string | null;
  /** "X Kommune" the meeting is held with or by. */
  municipality: string | null;
  /** Housing organisations (and administrators) the meeting is with. */
  organisations: string[];
  participants: ImportedParticipant[];
  absent: ImportedParticipant[];
  items: ImportedItem[];
  /** The header's lines as read (title, date, place, participant lists), so that nothing read is dropped. */
  header: string;
  /** "Øvrigt": text the reader could not place in an item (a summary before the first item); "" when none. */
  other: string;
  /** Danish warnings for the preview ("Importen fandt ingen punkter …"). */
  warnings: string[];
  /** Characters (without spaces) of the words read, and of those placed somewhere in the result. */
  coverage: { read: number; placed: number };
};

export type ExtractedKind = 'txt' | 'docx' | 'pdf';

export type ExtractResult = { ok: true; text: string; kind: ExtractedKind; pages: number | null } | { ok: false; message: string };

export type ImportResult =
  /** `startTime` ("10:00"): the meeting's time of day from the header, which the JSON of the CLI does not carry. */
  | { ok: true; minutes: ImportedMinutes; kind: ExtractedKind; pages: number | null; startTime: string | null }
  | { ok: false; message: string };

/** The formal sections of a council's case (seed 002), in the order councils print them. */
export const SECTION_KEYS = [
  'indledning',
  'retsgrundlag',
  'relation',
  'sagsfremstilling',
  'oekonomi',
  'kommunikation',
  'indstilling',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
export type FormalSections = Partial<Record<SectionKey, string>>;

/** The outcomes a vote sentence states ("Forslaget blev forkastet med 8 stemmer mod 1 (O)."). */
export type VoteOutcome = 'forkastet' | 'vedtaget' | 'godkendt' | 'anbefalet';
