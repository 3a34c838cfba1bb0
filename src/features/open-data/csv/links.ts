import type { CsvKind } from './rows.ts';

/* The CSV downloads' addresses: per municipality and for the whole country. */
export const CSV_LABELS: Record<CsvKind, string> = {
  noegletal: 'Nøgletal med farver (år med afholdt dialogmøde)',
  aftaler: 'Aftaler fra afholdte styringsdialoger',
  udlejningsaftaler: 'Udlejningsaftaler i kraft',
};
export const csvHref = (kind: CsvKind, code: string | null) =>
  code === null ? `/offentlig/data/${kind}.csv` : `/offentlig/data/kommuner/${code}/${kind}.csv`;
