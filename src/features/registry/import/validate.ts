import { estateSchema, type EstateInput } from '../schemas.ts';
import { type Cell, type SheetRow, foldHeader, parseDanishNumber } from '../../../lib/table-file/index.ts';
import { COLUMNS, type Column, type ColumnMap, type FieldKey } from './columns.ts';

export { parseDanishNumber };

/** One estate the import will write, as shown in the preview and written on confirmation. */
export interface ImportRow {
  line: number;
  action: 'create' | 'update' | 'unchanged';
  /** The existing estate an update applies to, and the version the preview was made from. */
  estateId: number | null;
  version: number | null;
  values: EstateInput;
  changes: FieldKey[];
}
export interface LineError {
  line: number | null;
  message: string;
}
export interface ExistingEstate {
  id: number;
  version: number;
  values: EstateInput;
}

export interface ValidationContext {
  map: ColumnMap;
  /** The organisation's estates by number: a number already there updates that estate. */
  existing: Map<number, ExistingEstate>;
  /** Kommunekoder and folded municipality names → kommunekode. */
  municipalities: Map<string, string>;
  /** Used for new estates whose line leaves the kommunekode empty: the organisation's own. */
  defaultMunicipality: string;
}

/** Beyond this the report stops listing: the user has to fix the file's structure, not 5,000 lines. */
export const MAX_ERRORS = 500;

export function municipalityLookup(list: { code: string; name: string; shortName: string }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of list) {
    map.set(m.code, m.code);
    map.set(foldHeader(m.name), m.code);
    map.set(foldHeader(m.shortName), m.code);
  }
  return map;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const shown = (cell: Cell) => String(cell).trim();

/** One cell into the string the estate form would have received, or a Danish message. */
function convert(column: Column, cell: Cell, municipalities: Map<string, string>): { value: string } | { error: string } {
  const label = cap(column.label);
  switch (column.kind) {
    case 'text':
      return { value: String(cell) };
    case 'postalCode': {
      const s = typeof cell === 'number' ? String(cell) : cell!.replace(/\s/g, '');
      return /^\d{4}$/.test(s) ? { value: s } : { error: `Postnummeret skal være fire cifre (${shown(cell)}).` };
    }
    case 'municipality': {
      const s = shown(cell);
      if (/^\d{1,4}$/.test(s)) {
        // Excel drops the leading zero of 0219; put it back.
        const code = s.padStart(4, '0');
        return municipalities.has(code) ? { value: code } : { error: `Kommunekoden ${code} er ikke en af de 98 kommuner.` };
      }
      const code = municipalities.get(foldHeader(s));
      return code ? { value: code } : { error: `Kommunen „${s}“ findes ikke. Skriv kommunekoden med fire cifre, fx 0219.` };
    }
    case 'integer':
    case 'area': {
      const n = parseDanishNumber(cell);
      if (n === 'invalid') return { error: `${label} skal være et tal (${shown(cell)}).` };
      if (n === null) return { value: '' };
      if (n < 0) return { error: `${label} kan ikke være negativt (${shown(cell)}).` };
      // Areas come with decimals from some systems; the registry keeps whole m².
      if (column.kind === 'area') return { value: String(Math.round(n)) };
      return Number.isInteger(n) ? { value: String(n) } : { error: `${label} skal være et helt tal (${shown(cell)}).` };
    }
  }
}

function toForm(values: EstateInput): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

function cellOf(row: SheetRow, index: number | undefined): Cell {
  if (index === undefined) return null;
  const cell = row.cells[index] ?? null;
  return typeof cell === 'string' && cell.trim() === '' ? null : cell;
}

/**
 * Checks one line with the estate form's own schema after turning its cells into what the
 * form would get. For an existing estate, a column the file lacks or an empty cell keeps
 * the current value, so a file with a few columns cannot wipe the rest.
 */
export function validateLine(
  row: SheetRow,
  ctx: ValidationContext,
): { values: EstateInput; existing?: ExistingEstate } | { errors: string[] } {
  const numberCell = cellOf(row, ctx.map.number);
  const number = parseDanishNumber(numberCell);
  const existing = typeof number === 'number' ? ctx.existing.get(number) : undefined;
  const form: Record<string, string> = existing ? toForm(existing.values) : { municipalityCode: ctx.defaultMunicipality };
  const errors = new Map<FieldKey, string>();
  for (const column of COLUMNS) {
    const cell = cellOf(row, ctx.map[column.key]);
    if (cell === null) {
      if (!existing && column.kind !== 'municipality') form[column.key] = '';
      continue;
    }
    const result = convert(column, cell, ctx.municipalities);
    if ('error' in result) errors.set(column.key, result.error);
    else form[column.key] = result.value;
  }
  const parsed = estateSchema.safeParse(form);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as FieldKey;
      if (errors.has(key)) continue;
      const column = COLUMNS.find((c) => c.key === key);
      const cell = cellOf(row, ctx.map[key]);
      const numeric = column && column.kind !== 'text' && cell !== null;
      errors.set(key, numeric ? `${issue.message.replace(/\.$/, '')} (${shown(cell)}).` : issue.message);
    }
  }
  if (errors.size > 0 || !parsed.success) return { errors: [...errors.values()] };
  return { values: parsed.data, existing };
}

function changedFields(before: EstateInput, after: EstateInput): FieldKey[] {
  return (Object.keys(after) as FieldKey[]).filter((k) => (before[k] ?? null) !== (after[k] ?? null));
}

/** Every line checked; the import may only go ahead when `errors` is empty. */
export function validateRows(rows: SheetRow[], ctx: ValidationContext): { rows: ImportRow[]; errors: LineError[] } {
  const out: ImportRow[] = [];
  const errors: LineError[] = [];
  let errorCount = 0;
  const add = (line: number, message: string) => {
    errorCount++;
    if (errors.length < MAX_ERRORS) errors.push({ line, message });
  };
  const seen = new Map<number, number>();
  for (const row of rows) {
    const result = validateLine(row, ctx);
    const lineErrors = 'errors' in result ? result.errors : [];
    // Checked even on lines with other errors, so the report names every duplicate at once.
    const number = parseDanishNumber(cellOf(row, ctx.map.number));
    if (typeof number === 'number') {
      const first = seen.get(number);
      if (first !== undefined) lineErrors.push(`Afdelingsnummer ${number} står også i linje ${first}.`);
      else seen.set(number, row.line);
    }
    if ('errors' in result || lineErrors.length > 0) {
      for (const message of lineErrors) add(row.line, message);
      continue;
    }
    const { values, existing } = result;
    const changes = existing ? changedFields(existing.values, values) : [];
    out.push({
      line: row.line,
      values,
      changes,
      action: !existing ? 'create' : changes.length > 0 ? 'update' : 'unchanged',
      estateId: existing?.id ?? null,
      version: existing?.version ?? null,
    });
  }
  if (errorCount > errors.length)
    errors.push({ line: null, message: `… og ${(errorCount - errors.length).toLocaleString('da-DK')} fejl mere.` });
  return { rows: out, errors };
}
