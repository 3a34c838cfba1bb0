import { type ParsedFile, parseTableFile } from '../../../lib/table-file/index.ts';
import { MAX_ROWS } from './columns.ts';

export type { Cell } from '../../../lib/table-file/index.ts';
export { cellValue, detectDelimiter } from '../../../lib/table-file/index.ts';

export const NOT_A_TABLE = 'Filen skal være en CSV- eller XLSX-fil (Excel-regneark) med én linje pr. afdeling.';
const TOO_MANY = `Filen har mere end ${MAX_ROWS.toLocaleString('da-DK')} linjer med afdelinger. Del den op i flere filer.`;

/** An estate file read with the estate import's limit and words. */
export function parseFile(bytes: Uint8Array): Promise<ParsedFile> {
  return parseTableFile(bytes, { maxRows: MAX_ROWS, notATable: NOT_A_TABLE, tooManyRows: TOO_MANY });
}
