import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { FIGURE_CODES, type FigureRow, type NationalRegistry } from './model.ts';

/*
 * The national data set on disk. The figures in the documented import layout (aar; lbf_nr;
 * afdeling_nr; one column per indicator code), as Danish Excel writes CSV (semicolons, decimal
 * comma, thousands dots, a BOM) and as XLSX with number cells; the registry as JSON for the
 * loader and as CSV for people.
 */

export const FILES = {
  registry: 'registry.json',
  organisations: 'organisationer.csv',
  estates: 'afdelinger.csv',
  figuresCsv: 'noegletal.csv',
  figuresXlsx: 'noegletal.xlsx',
} as const;

export const FIGURE_HEADER = ['aar', 'lbf_nr', 'afdeling_nr', ...FIGURE_CODES];

const danish = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
const quote = (s: string) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csv = (header: string[], rows: (string | number | null)[][]) =>
  `\uFEFF${[header, ...rows].map((r) => r.map((c) => (c === null ? '' : typeof c === 'number' ? danish.format(c) : quote(c))).join(';')).join('\r\n')}\r\n`;

const figureCells = (row: FigureRow) => [row.year, row.lbfNumber, row.estateNumber, ...FIGURE_CODES.map((c) => row.values[c] ?? null)];

export function figuresCsv(rows: FigureRow[]): string {
  // Years and numbers of estates are written without thousands dots, as in Landsbyggefonden's exports.
  return csv(
    FIGURE_HEADER,
    rows.map((r) => [
      String(r.year),
      String(r.lbfNumber),
      r.estateNumber === null ? null : String(r.estateNumber),
      ...figureCells(r).slice(3),
    ]),
  );
}

export async function writeFiguresXlsx(path: string, rows: FigureRow[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('Nøgletal');
  sheet.addRow(FIGURE_HEADER).commit();
  for (const row of rows) sheet.addRow(figureCells(row)).commit();
  sheet.commit();
  await workbook.commit();
}

export async function writeNationalFiles(folder: string, registry: NationalRegistry, figures: FigureRow[]): Promise<void> {
  await mkdir(folder, { recursive: true });
  const administrators = new Map(registry.administrators.map((a) => [a.key, a.name]));
  await writeFile(join(folder, FILES.registry), JSON.stringify(registry));
  await writeFile(
    join(folder, FILES.organisations),
    csv(
      ['LBF-nr.', 'Navn', 'Kommunekode', 'Administrationsorganisation', 'Regnskabsår slutter (måned)', 'Adresse', 'By'],
      registry.organisations.map((o) => [
        String(o.lbfNumber),
        o.name,
        o.municipalityCode,
        o.administratorKey === null ? null : administrators.get(o.administratorKey)!,
        String(o.fiscalYearEndMonth),
        o.address,
        o.city,
      ]),
    ),
  );
  await writeFile(
    join(folder, FILES.estates),
    csv(
      [
        'LBF-nr.',
        'Afdelingsnummer',
        'Navn',
        'Adresse',
        'By',
        'Kommunekode',
        'Familieboliger',
        'Ældreboliger',
        'Ungdomsboliger',
        'Plejeboliger',
        'Areal (m²)',
        'Opførelsesår',
      ],
      registry.estates.map((e) => [
        String(e.lbfNumber),
        String(e.number),
        e.name,
        e.address,
        e.city,
        e.municipalityCode,
        e.homesFamily,
        e.homesElderly,
        e.homesYouth,
        e.homesCare,
        e.areaM2,
        String(e.yearBuilt),
      ]),
    ),
  );
  await writeFile(join(folder, FILES.figuresCsv), figuresCsv(figures));
  await writeFiguresXlsx(join(folder, FILES.figuresXlsx), figures);
}
