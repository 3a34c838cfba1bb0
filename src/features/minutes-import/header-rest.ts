/*
 * The header's lines that no field of the result shows: "Bemærkninger: Der serveres middag …",
 * "Mødet slut: Kl. 22:20", an agenda listed above the minutes. The coverage figure counts the
 * header as placed, so the preview must show these lines (as an item of their own, to keep or
 * delete) — otherwise the figure would claim text the user never sees.
 */
import type { ImportedMinutes } from './types.ts';

const words = (s: string) => s.toLocaleLowerCase('da-DK').match(/[\p{L}\p{N}]+/gu) ?? [];

/** Words a header line may hold beyond what the fields show: its labels, dates and times. */
const LABEL_WORDS = new Set(
  'dato mødedato tid tidspunkt starttidspunkt sluttidspunkt mødested sted lokale udvalg møde referat dagsorden til stede tilstede afbud fra fraværende deltagere mødedeltagere medlemmer gæster for og kl den d mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar marts april maj juni juli august september oktober november december'.split(
    ' ',
  ),
);

export function unshownHeader(
  m: Pick<ImportedMinutes, 'header' | 'title' | 'place' | 'participants' | 'absent' | 'municipality' | 'organisations'>,
): string {
  const shown = new Set(
    words(
      [
        m.title,
        m.place ?? '',
        m.municipality ?? '',
        ...m.organisations,
        ...[...m.participants, ...m.absent].flatMap((p) => [p.name, p.title ?? '']),
      ].join(' '),
    ),
  );
  return m.header
    .split('\n')
    .filter((line) => words(line).some((w) => !shown.has(w) && !LABEL_WORDS.has(w) && !/^\d+$/.test(w)))
    .join('\n');
}
