import { councilDecisions, type CouncilDecision } from '../decisions/council.ts';
import type { FormalSections } from '../types.ts';
import { formalPartsOf, type FormalLimits } from './formal.ts';
import { itemMeta } from './item-meta.ts';

/** A decision as read: a council's carries its body, date and vote; another only its text. */
export type ReadDecision = { text: string } & Partial<Omit<CouncilDecision, 'text'>>;

/** An item's fields, read from its text and decision lines. */
export type ReadItem = {
  closed: boolean;
  /** The theme as printed ("Tema: Udlejning og anvisning"), for the importer to map to its own. */
  themeLabel: string | null;
  caseNumber: string | null;
  /** A council's case: its deciding body, sections and absent members; null for other minutes. */
  formal: { decidingBody: string | null; sections: FormalSections; absent: string[] } | null;
  /** What was on the agenda (above a "Referat" heading) … */
  text: string;
  /** … and what was said: the item's minutes. */
  notes: string;
  decisions: ReadDecision[];
};

/**
 * The structure of one item: our own exports' first lines (item-meta.ts), a council's case
 * (formal.ts) whose decision lines are put back together per body with date and vote
 * (decisions/council.ts); other items keep their text as minutes. The import reads it from the
 * preview's text, so what the user corrected there is what is read.
 */
export function readItem(notes: string, decisionLines: string[], limits?: FormalLimits): ReadItem {
  const meta = itemMeta(notes);
  const base = { closed: meta.closed, themeLabel: meta.themeLabel };
  // The case is in the agenda part when the minutes have a "Referat" heading, else in the whole text.
  const fromText = meta.text ? formalPartsOf(meta.text, limits) : null;
  const formal = fromText ?? formalPartsOf(meta.notes, limits);
  if (!formal) {
    return {
      ...base,
      caseNumber: meta.caseNumber,
      formal: null,
      text: meta.text,
      notes: meta.notes,
      decisions: decisionLines.map((text) => ({ text })),
    };
  }
  const said = fromText ? [fromText.notes, meta.notes].filter(Boolean).join('\n\n') : formal.notes;
  const council = councilDecisions(said, decisionLines);
  return {
    ...base,
    caseNumber: formal.caseNumber ?? meta.caseNumber,
    formal: { decidingBody: formal.decidingBody, sections: formal.sections, absent: formal.absent },
    text: fromText ? '' : meta.text,
    notes: council.notes,
    decisions: council.decisions,
  };
}

/** Whether an item's text is a council's formal case (shown as a count on the preview). */
export const isFormalCase = (text: string) => formalPartsOf(text) !== null;
