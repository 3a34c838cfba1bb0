/*
 * Extracted text kept for search must fit PostgreSQL's tsvector (at most 1 MB), or the generated
 * `search` column fails the insert and with it the upload. The tsvector's size is bounded by its
 * distinct words (each stored once, with at most 256 positions, and positions stop counting at
 * 16,383), so the text is cut where an estimate of that size, or the character cap, is reached.
 * Plain functions only (no TypeScript-only syntax): the extraction worker imports this file too.
 */

/** The most text kept per file. */
export const MAX_TEXT_CHARS = 1_000_000;
/** Estimated tsvector bytes at which the text is cut: well under PostgreSQL's 1,048,575. */
const MAX_VECTOR_BYTES = 600_000;

/** NUL bytes removed (PostgreSQL text cannot hold them), trimmed, and cut to what the search vector can hold. */
export function searchableText(text: string): string | null {
  const clean = text.replaceAll('\u0000', ' ').trim();
  if (!clean) return null;
  const seen = new Set<string>();
  let bytes = 0;
  let positions = 0;
  for (const match of clean.matchAll(/[\p{L}\p{N}]+/gu)) {
    const end = (match.index ?? 0) + match[0].length;
    if (end > MAX_TEXT_CHARS) return clean.slice(0, match.index).trim() || null;
    const word = match[0].toLowerCase();
    if (!seen.has(word)) {
      seen.add(word);
      // Entry header, the word in UTF-8 (up to 3 bytes a character here), alignment and a position count.
      bytes += 8 + word.length * 2;
    }
    if (positions < 16_383 + seen.size) {
      positions++;
      bytes += 2;
    }
    if (bytes > MAX_VECTOR_BYTES) return clean.slice(0, match.index).trim() || null;
  }
  return clean.length > MAX_TEXT_CHARS ? clean.slice(0, MAX_TEXT_CHARS) : clean;
}
