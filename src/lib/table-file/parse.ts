import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import { DOCX, XLSX, inspectZip, officeKind } from '../archive-limits.ts';
import { decodeText } from '../text-decoding.ts';

/*
 * A table uploaded as CSV or XLSX → a header and rows of cells, the one reader every import
 * uses (estates, key figures). What the rows mean is the caller's; so are the limits and the
 * words for "a line" in its messages.
 */

/** A cell as read: XLSX keeps numbers as numbers, CSV gives text. */
export type Cell = string | number | null;
export interface SheetRow {
  line: number;
  cells: Cell[];
}
export type ParsedFile = { ok: true; format: string; header: string[]; rows: SheetRow[] } | { ok: false; message: string };

export interface TableFileOptions {
  /** Most data lines (the header not counted) the caller accepts. */
  maxRows: number;
  /** Most columns a line may have; beyond it the file is not a table of ours (a CSV with a thousand columns). */
  maxColumns?: number;
  /** "Filen skal være en CSV- eller XLSX-fil … med én linje pr. afdeling.": starts every message about a file that is not a table. */
  notATable: string;
  /** The message for a file over maxRows. */
  tooManyRows: string;
  /** Called now and then while a CSV is read, with the share read (0–1); a progress bar's food. */
  onProgress?: (share: number) => void;
}

export const DEFAULT_MAX_COLUMNS = 200;

const fail = (message: string): ParsedFile => ({ ok: false, message });
const startsWith = (bytes: Uint8Array, ...magic: number[]) => magic.every((b, i) => bytes[i] === b);
const danishInteger = (n: number) => n.toLocaleString('da-DK');

/** What a file is, decided from its bytes (never its name): people rename files. */
export async function parseTableFile(bytes: Uint8Array, options: TableFileOptions): Promise<ParsedFile> {
  const { notATable } = options;
  if (bytes.length === 0) return fail(`Filen er tom. ${notATable}`);
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return parseXlsx(bytes, options);
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return fail(`${notATable} Den valgte fil er en PDF-fil.`);
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    return fail(
      `${notATable} Den valgte fil er i det gamle Excel- eller Office-format (fx .xls). Gem den i Excel som Excel-projektmappe (.xlsx) eller CSV.`,
    );
  }
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8, 0xff) || startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) {
    return fail(`${notATable} Den valgte fil er et billede.`);
  }
  const decoded = decodeText(bytes);
  if (!decoded || decoded.text.trim() === '') return fail(notATable);
  return parseCsvText(decoded.text, decoded.encoding, options);
}

const DELIMITERS = [
  [';', 'semikolon'],
  ['\t', 'tabulator'],
  [',', 'komma'],
] as const;

/** The separator used most in the first line outside quotes; ties go to ";" (Danish Excel's choice). */
export function detectDelimiter(text: string): (typeof DELIMITERS)[number] {
  const firstLine = text.replace(/^\s+/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: (typeof DELIMITERS)[number] = DELIMITERS[0];
  for (const d of DELIMITERS) if ((counts.get(d[0]) ?? 0) > (counts.get(best[0]) ?? 0)) best = d;
  return best;
}

const isEmpty = (cells: Cell[]) => cells.every((c) => c === null || String(c).trim() === '');

/** Columns up to the last non-empty cell: Excel pads lines with empty cells where a sheet was once formatted. */
function usedColumns(cells: Cell[]): number {
  let n = cells.length;
  while (n > 0 && (cells[n - 1] === null || String(cells[n - 1]).trim() === '')) n--;
  return n;
}

class Stop extends Error {
  constructor(readonly message: string) {
    super(message);
  }
}

/** Checks one line against the limits as it is read, so a huge file stops early instead of filling memory. */
function limiter(options: TableFileOptions) {
  const maxColumns = options.maxColumns ?? DEFAULT_MAX_COLUMNS;
  let count = 0;
  return (line: number, cells: Cell[]) => {
    // The header line is not counted as a data line.
    if (count++ > options.maxRows) throw new Stop(options.tooManyRows);
    const used = usedColumns(cells);
    if (used > maxColumns) {
      throw new Stop(
        `Linje ${line} har ${danishInteger(used)} kolonner; en fil må højst have ${danishInteger(maxColumns)}. Slet de kolonner, der ikke hører til, og prøv igen.`,
      );
    }
  };
}

export function parseCsvText(text: string, encoding: string, options: TableFileOptions): ParsedFile {
  const [delimiter, delimiterName] = detectDelimiter(text);
  const rows: SheetRow[] = [];
  const check = limiter(options);
  const { onProgress } = options;
  try {
    parseCsv(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      // Rows are collected here, not returned, so a huge file stops at the limit instead of filling memory.
      on_record: (record: string[], context) => {
        if (isEmpty(record)) return null;
        check(context.lines, record);
        rows.push({ line: context.lines, cells: record });
        if (onProgress && rows.length % 5000 === 0) onProgress(Math.min(1, context.bytes / text.length));
        return null;
      },
    });
  } catch (error) {
    if (error instanceof Stop) return fail(error.message);
    const line = (error as { lines?: number }).lines;
    return fail(
      `CSV-filen kunne ikke læses${line ? ` (linje ${line})` : ''}. Tjek, at anførselstegn (") står parvis, eller gem filen igen fra Excel som CSV.`,
    );
  }
  onProgress?.(1);
  return withHeader(rows, `CSV, ${encoding}, ${delimiterName}`, options);
}

function withHeader(rows: SheetRow[], format: string, options: TableFileOptions): ParsedFile {
  const [header, ...data] = rows;
  if (!header) return fail(`Filen er tom. ${options.notATable}`);
  if (data.length > options.maxRows) return fail(options.tooManyRows);
  return { ok: true, format, header: header.cells.map((c) => (c === null ? '' : String(c))), rows: data };
}

async function parseXlsx(bytes: Uint8Array, options: TableFileOptions): Promise<ParsedFile> {
  const { notATable } = options;
  const unreadableZip = `${notATable} Den valgte fil er en ZIP-fil eller et andet Office-dokument, men ikke et Excel-regneark, som kan læses.`;
  // The ZIP's own directory first: a bomb is refused before exceljs inflates anything, and a
  // Word document is named as one instead of being read as a workbook without sheets.
  const zip = await inspectZip(bytes);
  if (!zip.ok) return fail(zip.problem === 'corrupt' ? unreadableZip : zip.message);
  const kind = officeKind(zip.names);
  if (kind === DOCX) return fail(`${notATable} Den valgte fil er et Word-dokument (DOCX), ikke et Excel-regneark.`);
  if (kind !== XLSX) return fail(unreadableZip);
  // Loaded on first use: exceljs is large and costs start-up time.
  const { default: ExcelJS } = await import('exceljs');
  // The streaming reader: a national file of 100,000 lines read whole takes a gigabyte of memory.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const rows: SheetRow[] = [];
  const check = limiter(options);
  let sheetName: string | null = null;
  try {
    for await (const sheet of reader) {
      sheetName = (sheet as unknown as { name?: string }).name ?? 'Ark1';
      for await (const row of sheet as unknown as AsyncIterable<import('exceljs').Row>) {
        // row.values is 1-based (index 0 is empty); cells before the first value are holes.
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        const cells = Array.from(values, (v) => cellValue(v));
        if (isEmpty(cells)) continue;
        check(row.number, cells);
        rows.push({ line: row.number, cells });
      }
      // Only the first worksheet holds the table.
      break;
    }
  } catch (error) {
    if (error instanceof Stop) return fail(error.message);
    return fail(unreadableZip);
  }
  if (sheetName === null) return fail(`Regnearket har ingen ark. ${notATable}`);
  return withHeader(rows, `XLSX, arket „${sheetName}“`, options);
}

/** Reduces an exceljs cell value (formula, rich text, hyperlink, date …) to what it shows. */
export function cellValue(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellValue(v.result);
    if (v.text !== undefined) return cellValue(v.text);
    if (v.error) return v.error;
  }
  return String(value);
}
