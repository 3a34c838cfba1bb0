/*
 * Joining a word split over two lines by end-of-line hyphenation ("bolig-" + "afdelingen" →
 * "boligafdelingen") while keeping real hyphens: "IT-system", "P-pladser", "el-biler",
 * "2021-2024", "Borger- og Socialchef", "Lejerbo-Afdelingen", "ikke-almene".
 */

/** Words of a document, to check whether a joined or a hyphenated form occurs elsewhere in it. */
export class Vocabulary {
  private counts: Map<string, number> | null = null;
  private readonly hyphenated = new Set<string>();
  private readonly capitalised = new Map<string, number>();

  private readonly text: string;

  /** Counted on first use: most texts have no hyphen at a line's end to decide about. */
  constructor(text: string) {
    this.text = text;
  }

  private count(): Map<string, number> {
    if (this.counts) return this.counts;
    const counts = new Map<string, number>();
    for (const line of this.text.split('\n')) {
      // A word cut at the end of a line is not evidence of anything.
      const body = /[-\u00AD]\s*$/.test(line) ? line.replace(/\S+\s*$/, '') : line;
      if (body.includes('-')) for (const m of body.matchAll(/[\p{L}\d]+(?:-[\p{L}\d]+)+/gu)) this.hyphenated.add(m[0].toLowerCase());
      let sentenceStart = true;
      for (const m of body.matchAll(/[\p{L}\d]+|[.!?:]/gu)) {
        const w = m[0];
        if (w.length === 1 && '.!?:'.includes(w)) {
          sentenceStart = true;
          continue;
        }
        const lower = w.toLowerCase();
        counts.set(lower, (counts.get(lower) ?? 0) + 1);
        if (!sentenceStart && w !== lower && /^\p{Lu}\p{Ll}/u.test(w)) this.capitalised.set(w, (this.capitalised.get(w) ?? 0) + 1);
        sentenceStart = false;
      }
    }
    this.counts = counts;
    return counts;
  }

  has(word: string): boolean {
    return this.count().has(word.toLowerCase());
  }

  hasHyphenated(word: string): boolean {
    this.count();
    return this.hyphenated.has(word.toLowerCase());
  }

  /** How often `word` is written capitalised inside a sentence (a name: "Lejerbo"). */
  asName(word: string): number {
    this.count();
    return this.capitalised.get(word) ?? 0;
  }
}

/** Two-letter words written with a hyphen before a lowercase word. */
const SHORT_PREFIXES = new Set(['el', 'tv', 'it', 'pc', 'uv', 'cd', 'dj', 'co', 'ex', 'is']);
/** Prefixes written with a hyphen before a lowercase word. */
const HYPHEN_PREFIXES = new Set(['ikke', 'non', 'ex', 'co', 'pseudo', 'semi', 'super']);
/** Words after which a trailing hyphen is a suspended compound ("ind- og udflytning"). */
const SUSPENDED = /^(?:og|eller|samt|el\.|hhv\.|resp\.|&|\/|til)(?=\s|$)/;

export function endsWithHyphen(line: string): boolean {
  // Only the end matters; a paragraph of a whole run-on file would otherwise be scanned again per line.
  return /[\p{L}\d][-\u00AD\u2010]\s*$/u.test(line.length > 40 ? line.slice(-40) : line);
}

/**
 * `left` ends with a hyphen; returns left and right as one line, with the hyphen removed
 * (hyphenation), kept (a real hyphen) or followed by a space (a suspended compound).
 */
export function joinHyphenated(left: string, right: string, vocabulary?: Vocabulary): string {
  const l = left.trimEnd();
  const r = right.trimStart();
  if (l.endsWith('\u00AD')) return l.slice(0, -1) + r;
  const stem = l.slice(0, -1);
  const fragment = /([\p{L}\d]+)$/u.exec(stem)?.[1] ?? '';
  const next = /^[\p{L}\d]+/u.exec(r)?.[0] ?? '';
  const keep = l + r;
  if (SUSPENDED.test(r) || /^[,;]/.test(r)) return /^[,;]/.test(r) ? keep : `${l} ${r}`;
  if (!fragment || !next) return `${l} ${r}`;
  if (/\d/.test(fragment) || /^\d/.test(next)) return keep;
  // A heading in capitals hyphenated by the word processor ("STYRINGSDIALOG-" + "MØDE"): joined when
  // the document writes the joined word elsewhere; abbreviations ("IT-", "KAB-") keep their hyphen.
  if (
    vocabulary &&
    fragment.length >= 4 &&
    fragment === fragment.toUpperCase() &&
    next === next.toUpperCase() &&
    vocabulary.has(fragment + next)
  )
    return stem + r;
  // "af-" + "delinger", "an-" + "viser": word processors hyphenate after two letters; only a few
  // two-letter words are written with a hyphen before a lowercase word ("el-biler", "tv-avis").
  if (fragment.length === 2 && /^\p{Ll}+$/u.test(fragment) && /^\p{Ll}/u.test(next) && !SHORT_PREFIXES.has(fragment)) return stem + r;
  if (fragment.length <= 2 || (fragment.length >= 2 && fragment === fragment.toUpperCase())) return keep;
  if (/^\p{Lu}/u.test(next)) return keep;
  if (HYPHEN_PREFIXES.has(fragment.toLowerCase())) return keep;
  const joined = fragment + next;
  if (vocabulary) {
    if (vocabulary.has(joined)) return stem + r;
    if (vocabulary.hasHyphenated(`${fragment}-${next}`)) return keep;
    // A name before the hyphen ("Lejerbo-afdelingen") when the name occurs on its own elsewhere.
    if (/^\p{Lu}/u.test(fragment) && vocabulary.asName(fragment) >= 2) return keep;
  }
  return stem + r;
}
