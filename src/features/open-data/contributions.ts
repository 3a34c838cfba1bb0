import type { PublicDownloadsContribution } from '../publication/index.ts';
import { CSV_LABELS, csvHref } from './csv/links.ts';
import type { CsvKind } from './csv/rows.ts';
import { OPARL_PATH } from './oparl/urls.ts';

/* The public municipality page lists the open data (through src/wiring.ts): the CSV files and the OParl Body. */
export const openDataDownloads: PublicDownloadsContribution = (code) => [
  ...(Object.keys(CSV_LABELS) as CsvKind[]).map((kind) => ({ href: csvHref(kind, code), label: `${CSV_LABELS[kind]} (CSV)` })),
  { href: code === null ? `${OPARL_PATH}/system` : `${OPARL_PATH}/bodies/${code}`, label: 'Åbne data efter OParl 1.1 (JSON)' },
];
