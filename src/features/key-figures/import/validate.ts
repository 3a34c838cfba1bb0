import { type Cell, type SheetRow, parseDanishNumber } from '../../../lib/table-file/index.ts';
import type { CatalogueIndicator, HeaderMap } from './layout.ts';

/*
 * Every line of a figures file checked on its own and against the others: whose figures it
 * holds (and whether the importer may write them), the year, and each number. A line with errors
 * is not imported; neither is any other line of the file.
 */

/** The first year figures can be imported for; older figures belong to no dialogue held here. */
export const FIRST_YEAR = 1990;
/** Beyond this the report stops listing: the user has to fix the file's structure, not 100,000 lines. */
export const MAX_ERRORS = 500;

export interface LineError {
  line: number | null;
  /** The column's header as written in the file, when the error is about one cell. */
  column?: string;
  message: string;
}

/** One estate's or organisation's figures of one year, as the file gives them. */
export interface FigureRecord {
  line: number;
  kind: 'estate' | 'organisation';
  /** The estate's or the organisation's id. */
  targetId: number;
  year: number;
  /** "Afdeling 12 i Boligselskabet Vest": how the preview names it. */
  who: string;
  /** The file's values by indicator code; a code of the file's columns missing here was an empty cell. */
  values: Record<string, number>;
}

/** What an import may write to: the organisations the actor may change, by LBF number, and their estates. */
export interface Targets {
  organisations: Map<number, { id: number; name: string }>;
  /** By `${organisationId}/${estate number}`. */
  estates: Map<string, { id: number; name: string }>;
  /** Admins see every organisation, so "does not exist" tells them nothing they may not know. */
  seesAll: boolean;
}

export function targetsOf(
  rows: {
    organisations: { id: number; lbfNumber: number; name: string }[];
    estates: { id: number; organisationId: number; number: number; name: string }[];
  },
  seesAll: boolean,
): Targets {
  return {
    organisations: new Map(rows.organisations.map((o) => [o.lbfNumber, { id: o.id, name: o.name }])),
    estates: new Map(rows.estates.map((e) => [`${e.organisationId}/${e.number}`, { id: e.id, name: e.name }])),
    seesAll,
  };
}

export interface ValidationContext {
  map: HeaderMap;
  header: string[];
  targets: Targets;
  /** Only this year's lines are imported; the others are skipped (counted, not checked). */
  year: number | null;
  currentYear: number;
}

export interface ValidationResult {
  records: FigureRecord[];
  errors: LineError[];
  /** Lines of other years than the one asked for. */
  skipped: number;
  years: number[];
}

const shown = (cell: Cell) => String(cell).trim();
const cellOf = (row: SheetRow, index: number | null): Cell => {
  if (index === null) return null;
  const cell = row.cells[index] ?? null;
  return typeof cell === 'string' && cell.trim() === '' ? null : cell;
};

/** Units that count things: a fraction of a home or a day is a typing error. */
const WHOLE_UNITS = new Set(['boliger', 'personer', 'dage']);
/** Units that cannot be negative; amounts in kr. (results, funds) can. */
const NON_NEGATIVE = (unit: string) => WHOLE_UNITS.has(unit) || unit === 'm²' || unit === 'indeks' || unit.includes('/m²');
const LIMIT = 1e12;

/** One number of one indicator, or why it cannot be. */
export function checkValue(indicator: CatalogueIndicator, cell: Cell): number | { error: string } {
  const n = parseDanishNumber(cell);
  const name = indicator.name;
  if (n === 'invalid' || n === null) return { error: `${name} skal være et tal, ikke „${shown(cell)}“.` };
  if (Math.abs(n) >= LIMIT) return { error: `${name} er urimeligt stort (${shown(cell)}).` };
  if (indicator.unit === '%' && (n < 0 || n > 100))
    return { error: `${name} er en andel i procent og skal være mellem 0 og 100 (${shown(cell)}).` };
  if (n < 0 && NON_NEGATIVE(indicator.unit)) return { error: `${name} kan ikke være negativ (${shown(cell)}).` };
  if (WHOLE_UNITS.has(indicator.unit) && !Number.isInteger(n)) return { error: `${name} skal være et helt tal (${shown(cell)}).` };
  return n;
}

function wholeNumber(cell: Cell): number | null {
  const n = parseDanishNumber(cell);
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
}

function checkYear(cell: Cell, ctx: ValidationContext): number | { error: string } {
  if (cell === null) return { error: 'Året mangler.' };
  const year = wholeNumber(cell);
  if (year === null) return { error: `Året skal være et årstal, fx 2025, ikke „${shown(cell)}“.` };
  if (year > ctx.currentYear) return { error: `Året ${year} ligger i fremtiden.` };
  if (year < FIRST_YEAR) return { error: `Året ${year} er før ${FIRST_YEAR}; nøgletal kan indlæses fra ${FIRST_YEAR}.` };
  return year;
}

/** Whose figures the line holds, or why they cannot be written; never whether an organisation outside the scope exists. */
function checkTarget(
  row: SheetRow,
  ctx: ValidationContext,
): { kind: 'estate' | 'organisation'; targetId: number; who: string } | { column: number; error: string } {
  const lbfCell = cellOf(row, ctx.map.lbf);
  const lbf = wholeNumber(lbfCell);
  if (lbfCell === null) return { column: ctx.map.lbf, error: 'LBF-nummeret mangler.' };
  if (lbf === null) return { column: ctx.map.lbf, error: `LBF-nummeret skal være et helt tal, ikke „${shown(lbfCell)}“.` };
  const organisation = ctx.targets.organisations.get(lbf);
  if (!organisation) {
    return {
      column: ctx.map.lbf,
      error: ctx.targets.seesAll
        ? `Der er ingen boligorganisation med LBF-nr. ${lbf}.`
        : `Du har ikke adgang til at indlæse tal for boligorganisationen med LBF-nr. ${lbf}.`,
    };
  }
  const estateCell = cellOf(row, ctx.map.estate);
  if (estateCell === null) return { kind: 'organisation', targetId: organisation.id, who: `${organisation.name} (LBF-nr. ${lbf})` };
  const number = wholeNumber(estateCell);
  if (number === null) return { column: ctx.map.estate!, error: `Afdelingsnummeret skal være et helt tal, ikke „${shown(estateCell)}“.` };
  const estate = ctx.targets.estates.get(`${organisation.id}/${number}`);
  if (estate === undefined)
    return { column: ctx.map.estate!, error: `${organisation.name} (LBF-nr. ${lbf}) har ingen afdeling ${number}.` };
  return { kind: 'estate', targetId: estate.id, who: `Afdeling ${number} ${estate.name}, ${organisation.name}` };
}

/** Every line checked; the import may only go ahead when `errors` is empty. */
export function validateRows(rows: SheetRow[], ctx: ValidationContext): ValidationResult {
  const records: FigureRecord[] = [];
  const errors: LineError[] = [];
  let errorCount = 0;
  const add = (line: number, column: number | null, message: string) => {
    errorCount++;
    if (errors.length < MAX_ERRORS) errors.push({ line, ...(column !== null ? { column: ctx.header[column] } : {}), message });
  };
  const seen = new Map<string, number>();
  const years = new Set<number>();
  let skipped = 0;
  for (const row of rows) {
    const year = checkYear(cellOf(row, ctx.map.year), ctx);
    if (typeof year === 'number' && ctx.year !== null && year !== ctx.year) {
      skipped++;
      continue;
    }
    let ok = true;
    if (typeof year !== 'number') {
      add(row.line, ctx.map.year, year.error);
      ok = false;
    }
    const target = checkTarget(row, ctx);
    if ('error' in target) {
      add(row.line, target.column, target.error);
      ok = false;
    } else if (typeof year === 'number') {
      const key = `${target.kind}/${target.targetId}/${year}`;
      const first = seen.get(key);
      if (first !== undefined) {
        add(
          row.line,
          null,
          `${target.who} har også tal for ${year} i linje ${first}. Hver afdeling og boligorganisation må kun stå én gang pr. år.`,
        );
        ok = false;
      } else seen.set(key, row.line);
    }
    const values: Record<string, number> = {};
    for (const { index, indicator } of ctx.map.indicators) {
      const cell = cellOf(row, index);
      if (cell === null) continue;
      if ('kind' in target && indicator.level !== target.kind) {
        add(
          row.line,
          index,
          target.kind === 'estate'
            ? `${indicator.name} er et tal for hele boligorganisationen og skal stå på boligorganisationens egen linje (med tomt afdelingsnummer).`
            : `${indicator.name} er et tal for den enkelte afdeling; boligorganisationens linje (uden afdelingsnummer) kan kun have tal for hele boligorganisationen.`,
        );
        ok = false;
        continue;
      }
      const value = checkValue(indicator, cell);
      if (typeof value === 'number') values[indicator.code] = value;
      else {
        add(row.line, index, value.error);
        ok = false;
      }
    }
    if (!ok || !('kind' in target) || typeof year !== 'number') continue;
    years.add(year);
    records.push({ line: row.line, kind: target.kind, targetId: target.targetId, year, who: target.who, values });
  }
  if (errorCount > errors.length)
    errors.push({ line: null, message: `… og ${(errorCount - errors.length).toLocaleString('da-DK')} fejl mere.` });
  return { records, errors, skipped, years: [...years].sort((a, b) => a - b) };
}
