/*
 * The kinds of public document the search finds, with their Danish names (the "type" filter);
 * each has its source in read.ts's publicSearchSources.
 */
export const SEARCH_KINDS = [
  'aftaledokument',
  'redegoerelse',
  'referat',
  'aftale',
  'udlejningsaftale',
  'afdeling',
  'boligorganisation',
  'forum',
  'kommune',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  aftaledokument: 'Aftaledokument',
  redegoerelse: 'Redegørelse',
  referat: 'Referatpunkt',
  aftale: 'Aftale',
  udlejningsaftale: 'Udlejningsaftale',
  afdeling: 'Afdeling',
  boligorganisation: 'Boligorganisation',
  forum: 'Forum',
  kommune: 'Kommune',
};
