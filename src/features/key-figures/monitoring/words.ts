import type { ThresholdUnit } from './thresholds.ts';

/* The Danish words and number formats of the monitoring: the lists, the criteria and their units. */

export const LISTS = ['omdannelse', 'parallel', 'udsat', 'forebyggelse'] as const;
export type ListKey = (typeof LISTS)[number];

export const LIST_LABELS: Record<ListKey, string> = {
  omdannelse: 'Omdannelsesområde',
  parallel: 'Parallelsamfund',
  udsat: 'Udsat boligområde',
  forebyggelse: 'Forebyggelsesområde',
};

/** The lists' names as the ministry publishes them, for "på listen over …". */
export const LIST_PLURALS: Record<ListKey, string> = {
  omdannelse: 'omdannelsesområder',
  parallel: 'parallelsamfund',
  udsat: 'udsatte boligområder',
  forebyggelse: 'forebyggelsesområder',
};

const upTo2 = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
const one = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A threshold as written in the law: "40", "2,5". */
export const formatPlain = (n: number) => upTo2.format(n);

/** A measured value with one decimal: "42,3". */
export const formatOne = (n: number) => one.format(n);

/** A yearly change: one decimal, two when one would round a real change to "0,0". */
export const formatSlope = (n: number) =>
  Math.abs(n) < 0.05 ? new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n) : one.format(n);

/** A value with its unit: "42,3 %", "3,2 gange landsgennemsnittet", "53,0 % af regionens". */
export function withUnit(text: string, unit: ThresholdUnit): string {
  switch (unit) {
    case 'pct':
      return `${text} %`;
    case 'pctRegion':
      return `${text} % af regionens`;
    case 'times':
      return `${text} gange landsgennemsnittet`;
    case 'residents':
      return `${text} beboere`;
    case 'years':
      return `${text} år`;
    case 'count':
      return text;
  }
}

/** The unit of a difference between two values: percentage points for shares, the multiple for convictions. */
export function differenceUnit(unit: ThresholdUnit): string {
  switch (unit) {
    case 'pct':
    case 'pctRegion':
      return 'procentpoint';
    case 'times':
      return 'gange landsgennemsnittet';
    case 'residents':
      return 'beboere';
    case 'years':
      return 'år';
    case 'count':
      return '';
  }
}
