/*
 * The kinds of public document the search finds, with their Danish names (the "type" filter).
 * The published aftaledokumenter and approved council reports are not public yet (decision 016);
 * when they are, their kinds join here and their sources join read.ts's publicSearchSources.
 */
export const SEARCH_KINDS = ['referat', 'aftale', 'udlejningsaftale', 'afdeling', 'boligorganisation', 'forum', 'kommune'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  referat: 'Referatpunkt',
  aftale: 'Aftale',
  udlejningsaftale: 'Udlejningsaftale',
  afdeling: 'Afdeling',
  boligorganisation: 'Boligorganisation',
  forum: 'Forum',
  kommune: 'Kommune',
};
