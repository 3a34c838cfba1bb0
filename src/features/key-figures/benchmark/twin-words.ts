/*
 * The twin group in words, from its key ("familie|150-399|1084|1960-1979", see twins.ts):
 * "familieboliger, 150–399 boliger, Region Hovedstaden, opført 1960–1979".
 */

export const KIND_WORDS: Record<string, string> = {
  familie: 'familieboliger',
  aeldre: 'ældreboliger',
  ungdom: 'ungdomsboliger',
  pleje: 'plejeboliger',
};

const SIZE_WORDS: Record<string, string> = {
  under50: 'under 50 boliger',
  '50-149': '50–149 boliger',
  '150-399': '150–399 boliger',
  '400+': '400 boliger eller flere',
};

const PERIOD_WORDS: Record<string, string> = {
  ukendt: 'ukendt opførelsesår',
  foer1960: 'opført før 1960',
  '1960-1979': 'opført 1960–1979',
  '1980-1999': 'opført 1980–1999',
  '2000+': 'opført 2000 eller senere',
};

export function describeTwinGroup(key: string, regionName: string): string {
  const [kind = '', size = '', , period = ''] = key.split('|');
  return [KIND_WORDS[kind] ?? kind, SIZE_WORDS[size] ?? size, regionName, PERIOD_WORDS[period] ?? period].join(', ');
}
