import { diffLines } from 'diff';

/** A run of lines the same in both texts, added in the newer or removed from the older. */
export type DiffPart = { kind: 'added' | 'removed' | 'same'; text: string };

const withNewline = (s: string) => (s.endsWith('\n') || s === '' ? s : `${s}\n`);

/**
 * The line differences between two versions of a text (minutes, a section of an aftaledokument),
 * by the `diff` library; a missing final newline is not a change.
 */
export const textDiff = (before: string, after: string): DiffPart[] =>
  diffLines(withNewline(before), withNewline(after)).map((p) => ({
    kind: p.added ? 'added' : p.removed ? 'removed' : 'same',
    text: p.value,
  }));
