import { parse as parseCsv } from 'csv-parse/sync';
import { DOCX, XLSX, inspectZip, officeKind } from '../../../lib/archive-limits.ts';
import { decodeText } from '../../../lib/text-decoding.ts';
import { MAX_ROWS } from './columns.ts';

/** A cell as read: XLSX keeps numbers as numbers, CSV gives text. */
export type Cell = string | number | null;
export interface SheetRow {
  line: number;
  cells: Cell[];
}
export type ParsedFile = { ok: true; format: string; header: string[]; rows: SheetRow[] } | { ok: false; message: string };

export const NOT_A_TABLE = 'Filen skal være en CSV- eller XLSX-fil (Excel-regneark) med én linje pr. afdeling.';
const TOO_MANY = `Filen har mere end ${MAX_ROWS.toLocaleString('da-DK')} linjer med afdelinger. Del den op i flere filer.`;
const fail = (message: string): ParsedFile => ({ ok: false, message });

const startsWith = (bytes: Uint8Array, ...magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** What a file is, decided from its bytes (never its name): people rename files. */
export async function parseFile(bytes: Uint8Array): Promise<ParsedFile> {
  if (bytes.length === 0) return fail(`Filen er tom. ${NOT_A_TABLE}`);
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return parseXlsx(bytes);
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return fail(`${NOT_A_TABLE} Den valgte fil er en PDF-fil.`);
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    return fail(
      `${NOT_A_TABLE} Den valgte fil er i det gamle Excel- eller Office-format (fx .xls). Gem den i Excel som Excel-projektmappe (.xlsx) eller CSV.`,
    );
  }
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8, 0xff) || startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) {
    return fail(`${NOT_A_TABLE} Den valgte fil er et billede.`);
  }
  const decoded = decodeText(bytes);
  if (!decoded || decoded.text.trim() === '') return fail(NOT_A_TABLE);
  return parseCsvText(decoded.text, decoded.encoding);
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

class TooManyRows extends Error {}

export function parseCsvText(text: string, encoding: string): ParsedFile {
  const [delimiter, delimiterName] = detectDelimiter(text);
  const rows: SheetRow[] = [];
  try {
    parseCsv(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      // Rows are collected here, not returned, so a huge file stops at the limit instead of filling memory.
      on_record: (record: string[], context) => {
        if (isEmpty(record)) return null;
        if (rows.length > MAX_ROWS) throw new TooManyRows();
        rows.push({ line: context.lines, cells: record });
        return null;
      },
    });
  } catch (error) {
    if (error instanceof TooManyRows) return fail(TOO_MANY);
    const line = (error as { lines?: number }).lines;
    return fail(
      `CSV-filen kunne ikke læses${line ? ` (linje ${line})` : ''}. Tjek, at anførselstegn (") står parvis, eller gem filen igen fra Excel som CSV.`,
    );
  }
  return withHeader(rows, `CSV, ${encoding}, ${delimiterName}`);
}

function withHeader(rows: SheetRow[], format: string): ParsedFile {
  const [header, ...data] = rows;
  if (!header) return fail(`Filen er tom. ${NOT_A_TABLE}`);
  if (data.length > MAX_ROWS) return fail(TOO_MANY);
  return { ok: true, format, header: header.cells.map((c) => (c === null ? '' : String(c))), rows: data };
}

const UNREADABLE_ZIP = `${NOT_A_TABLE} Den valgte fil er en ZIP-fil eller et andet Office-dokument, men ikke et Excel-regneark, som kan læses.`;

async function parseXlsx(bytes: Uint8Array): Promise<ParsedFile> {
  // The ZIP's own directory first: a bomb is refused before exceljs inflates anything, and a
  // Word document is named as one instead of being read as a workbook without sheets.
  const zip = await inspectZip(bytes);
  if (!zip.ok) return fail(zip.problem === 'corrupt' ? UNREADABLE_ZIP : zip.message);
  const kind = officeKind(zip.names);
  if (kind === DOCX) return fail(`${NOT_A_TABLE} Den valgte fil er et Word-dokument (DOCX), ikke et Excel-regneark.`);
  if (kind !== XLSX) return fail(UNREADABLE_ZIP);
  // Loaded on first use: exceljs is large and costs start-up time.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    return fail(UNREADABLE_ZIP);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fail(`Regnearket har ingen ark. ${NOT_A_TABLE}`);
  if (sheet.actualRowCount > MAX_ROWS + 1) return fail(TOO_MANY);
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    // row.values is 1-based (index 0 is empty); cells before the first value are holes.
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    const cells = Array.from(values, (v) => cellValue(v));
    if (!isEmpty(cells)) rows.push({ line, cells });
  });
  return withHeader(rows, `XLSX, arket „${sheet.name}“`);
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
