import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { forbidden } from '../../../lib/errors.ts';
import { foldHeader, parseDanishNumber, parseFile, type Cell } from '../../registry/index.ts';
import type { MonitoredArea } from './monitoring.ts';
import { canManageAreas } from './policy.ts';
import { statisticsSchema, type StatisticsInput } from './schemas.ts';
import { writeAreaYear, type SaveResult } from './statistics.ts';

/*
 * The import of area figures from CSV or XLSX: one line per area and year, the area by its name.
 * Every line is checked first; nothing is written unless all are right, and then all are written
 * in one transaction, each changed year with its history row.
 */

type Key = 'area' | keyof StatisticsInput;

export interface ImportColumn {
  key: Key;
  header: string;
  aliases: string[];
  required: boolean;
  example: string;
}

export const IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'area', header: 'Boligområde', aliases: ['Område', 'Områdenavn', 'Navn'], required: true, example: 'Vapnagaard' },
  { key: 'year', header: 'År', aliases: ['Årstal', 'Opgørelsesår'], required: true, example: '2025' },
  { key: 'residents', header: 'Beboere', aliases: ['Antal beboere', 'Indbyggere'], required: true, example: '4.812' },
  {
    key: 'outsideWorkPct',
    header: 'Uden for arbejde eller uddannelse (%)',
    aliases: ['Uden for arbejde', 'Uden tilknytning til arbejdsmarkedet'],
    required: false,
    example: '38,2',
  },
  {
    key: 'convictionsRatio',
    header: 'Dømte (gange landsgennemsnittet)',
    aliases: ['Dømte', 'Kriminalitet'],
    required: false,
    example: '2,1',
  },
  {
    key: 'primarySchoolOnlyPct',
    header: 'Kun grundskole (%)',
    aliases: ['Kun grundskole', 'Grundskole'],
    required: false,
    example: '55,0',
  },
  { key: 'incomeRatioPct', header: 'Indkomst (% af regionens)', aliases: ['Indkomst'], required: false, example: '61,4' },
  {
    key: 'nonWesternPct',
    header: 'Ikke-vestlige (%)',
    aliases: ['Ikke-vestlige', 'Ikke-vestlige indvandrere og efterkommere', 'Indvandrere og efterkommere'],
    required: false,
    example: '45,3',
  },
];

const LOOKUP = new Map<string, ImportColumn>();
for (const c of IMPORT_COLUMNS) for (const name of [c.header, ...c.aliases]) LOOKUP.set(foldHeader(name), c);

/** Beyond this many the report stops: the file needs fixing as a whole. */
const MAX_ERRORS = 200;

export interface LineError {
  line: number | null;
  message: string;
}

export type ImportOutcome =
  | { ok: false; format: string | null; errors: LineError[] }
  | { ok: true; format: string; rows: number; counts: Record<SaveResult, number>; ignored: string[] };

/** "A", "B", … "AA": the column as the spreadsheet names it. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A cell as the form's text: numbers rounded to two decimals (a computed spreadsheet cell has more), text trimmed. */
function cellText(cell: Cell, key: Key): string | 'invalid' {
  if (cell === null) return '';
  if (key === 'area') return String(cell).trim();
  // "42,5 %" is how a share is often typed; the column says it is per cent anyway.
  const n = parseDanishNumber(typeof cell === 'string' ? cell.trim().replace(/\s*%$/, '') : cell);
  if (n === null) return '';
  if (n === 'invalid') return 'invalid';
  return String(Math.round(n * 100) / 100);
}

const fold = (name: string) => name.trim().toLocaleLowerCase('da');

/** Reads and checks a file against the municipality's areas; writes all lines, or none. */
export async function importAreaStatistics({
  db,
  actor,
  municipalityCode,
  areas,
  bytes,
  thisYear,
}: {
  db: Db;
  actor: Actor;
  municipalityCode: string;
  /** The municipality's areas, active and deactivated. */
  areas: MonitoredArea[];
  bytes: Uint8Array;
  thisYear: number;
}): Promise<ImportOutcome> {
  if (!canManageAreas(actor, municipalityCode)) throw forbidden();
  const file = await parseFile(bytes);
  if (!file.ok) return { ok: false, format: null, errors: [{ line: null, message: file.message }] };
  const map = new Map<Key, number>();
  const ignored: string[] = [];
  for (const [i, raw] of file.header.entries()) {
    const column = raw.trim() ? LOOKUP.get(foldHeader(raw)) : undefined;
    if (!column) {
      if (raw.trim()) ignored.push(raw.trim());
      continue;
    }
    if (map.has(column.key)) {
      const message = `Kolonnen ${column.header} står to gange i filen (kolonne ${columnLetter(map.get(column.key)!)} og ${columnLetter(i)}). Slet den ene, og prøv igen.`;
      return { ok: false, format: file.format, errors: [{ line: 1, message }] };
    }
    map.set(column.key, i);
  }
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !map.has(c.key)).map((c) => c.header);
  if (missing.length) {
    const what = missing.length === 1 ? `kolonnen ${missing[0]}` : `kolonnerne ${missing.join(', ')}`;
    return {
      ok: false,
      format: file.format,
      errors: [{ line: 1, message: `Filen mangler ${what}. Første linje skal være kolonneoverskrifter som i skabelonen.` }],
    };
  }
  if (file.rows.length === 0)
    return { ok: false, format: file.format, errors: [{ line: null, message: 'Filen har ingen linjer med tal.' }] };

  const byName = new Map(areas.map((a) => [fold(a.name), a]));
  const schema = statisticsSchema(thisYear);
  const seen = new Map<string, number>();
  const errors: LineError[] = [];
  const rows: { areaId: number; input: StatisticsInput }[] = [];
  const headerOf = (key: Key) => IMPORT_COLUMNS.find((c) => c.key === key)!.header;
  const at = (key: Key) => (map.has(key) ? `kolonne ${columnLetter(map.get(key)!)} (${headerOf(key)})` : headerOf(key));
  for (const row of file.rows) {
    if (errors.length >= MAX_ERRORS) break;
    const fail = (key: Key | null, message: string) => errors.push({ line: row.line, message: key ? `${at(key)}: ${message}` : message });
    const values: Record<string, string> = {};
    let bad = false;
    for (const [key, index] of map) {
      const text = cellText(row.cells[index] ?? null, key);
      if (text === 'invalid') {
        fail(key, 'Skal være et tal, fx 42,5.');
        bad = true;
      } else values[key] = text;
    }
    if (bad) continue;
    const area = byName.get(fold(values.area ?? ''));
    if (!values.area) {
      fail('area', 'Skriv boligområdets navn.');
      continue;
    }
    if (!area) {
      fail(
        'area',
        `Boligområdet „${values.area}“ findes ikke i kommunen. Skriv navnet, som det står på kommunens liste over boligområder.`,
      );
      continue;
    }
    if (!area.active) {
      fail('area', `Boligområdet „${area.name}“ er deaktiveret. Genaktivér det, før der importeres tal til det.`);
      continue;
    }
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) fail(issue.path[0] as Key, issue.message);
      continue;
    }
    const key = `${area.id}:${parsed.data.year}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      fail(
        null,
        `Boligområdet „${area.name}“ har allerede tal for ${parsed.data.year} i linje ${earlier}. Hvert område og år må kun stå én gang.`,
      );
      continue;
    }
    seen.set(key, row.line);
    rows.push({ areaId: area.id, input: parsed.data });
  }
  if (errors.length) return { ok: false, format: file.format, errors };

  const counts: Record<SaveResult, number> = { created: 0, updated: 0, unchanged: 0 };
  await db.transaction(async (tx) => {
    for (const r of rows) counts[await writeAreaYear(tx, actor, r.areaId, r.input)]++;
  });
  return { ok: true, format: file.format, rows: rows.length, counts, ignored };
}

/** The template: the headers, and a line per active area of the municipality to fill in. */
export function templateCsv(areas: readonly { name: string; active: boolean }[], year: number): string {
  const quote = (s: string) => (/[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [IMPORT_COLUMNS.map((c) => c.header).join(';')];
  for (const a of areas.filter((x) => x.active)) lines.push([quote(a.name), String(year), '', '', '', '', '', ''].join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
