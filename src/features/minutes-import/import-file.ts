/** A minutes file → ImportedMinutes: text extraction, parsing, and a check that it is minutes at all. */
import { extractMinutesText, type ExtractOptions } from './extract/extract.ts';
import { parseMinutes } from './parse.ts';
import type { ImportedMinutes, ImportResult } from './types.ts';

/** Words minutes use; items without any of them are probably some other numbered document. */
const MINUTES_WORDS =
  /referat|møde|dagsorden|deltag|beslut|aftal|drøft|oriente|styringsdialog|kommune|boligselskab|boligorganisation|punkt|indstilling|eventuelt/i;

/** Why `minutes` does not look like minutes, or null when it does. */
export function notMinutes(minutes: ImportedMinutes, text: string): string | null {
  if (minutes.date || minutes.participants.length || minutes.absent.length) return null;
  // Items found by their numbers or headings (not just the text kept as one item): refusing is the
  // last resort, for a file with no date, no names and no structure at all.
  const structured = minutes.items.length > 1 || minutes.items.some((i) => i.number !== null);
  if (structured || (minutes.items.length && MINUTES_WORDS.test(text))) return null;
  return 'Filen ligner ikke et referat: der er hverken en mødedato, en liste over deltagere eller dagsordenspunkter i den.';
}

/**
 * The meeting's start, "kl. 10:00" or "kl. 13.00-15.00" in the first lines (the header); a time
 * further down belongs to the body ("forlade mødet kl. 11.00").
 */
export function startTimeOf(text: string): string | null {
  const head = text.split('\n').slice(0, 12).join('\n');
  const m = /\bkl\.?\s*([01]?\d|2[0-3])[.:]([0-5]\d)\b/i.exec(head);
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : null;
}

export async function importMinutesFile(bytes: Uint8Array, fileName: string, options: ExtractOptions = {}): Promise<ImportResult> {
  const extracted = await extractMinutesText(bytes, fileName, options);
  if (!extracted.ok) return extracted;
  let minutes: ImportedMinutes;
  try {
    minutes = parseMinutes(extracted.text, { fileName });
  } catch {
    return { ok: false, message: 'Referatet kunne ikke læses – teksten har en form, importen ikke kender. Prøv en anden udgave af filen.' };
  }
  const problem = notMinutes(minutes, extracted.text);
  if (problem) return { ok: false, message: problem };
  return { ok: true, minutes, kind: extracted.kind, pages: extracted.pages, startTime: startTimeOf(extracted.text) };
}
