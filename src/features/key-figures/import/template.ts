import { type CatalogueIndicator, KEY_COLUMNS } from './layout.ts';

/*
 * The downloadable template: the current catalogue's columns and two example lines (an estate's
 * year and its organisation's), with the importer's own first organisation and estate when they
 * have one, so the template imports as it is.
 */

/** Plausible values for the default indicators; an indicator the admin added gets an empty cell. */
const EXAMPLES: Record<string, number> = {
  boliger: 120,
  areal: 9600,
  husleje: 1050,
  henlaeggelser: 180,
  aarets_resultat: 245000,
  opsamlet_resultat: 1200000,
  tomgang_dage: 45,
  tomgangstab: 38000,
  lejetab: 12500,
  fraflytning: 11.5,
  venteliste: 340,
  effektivitetstal: 98,
  dispositionsfond_bolig: 18500,
  arbejdskapital_bolig: 5200,
};

export interface TemplateExample {
  lbfNumber: number;
  estateNumber: number;
  year: number;
}

type Cell = string | number | null;

export function templateRows(catalogue: CatalogueIndicator[], example: TemplateExample): { header: string[]; rows: Cell[][] } {
  const active = catalogue.filter((i) => i.active);
  const line = (estate: number | null) => [
    example.year,
    example.lbfNumber,
    estate,
    ...active.map((i) => ((estate === null) === (i.level === 'organisation') ? (EXAMPLES[i.code] ?? null) : null)),
  ];
  return { header: [...KEY_COLUMNS.map((k) => k.header), ...active.map((i) => i.code)], rows: [line(example.estateNumber), line(null)] };
}

const danish = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 4, useGrouping: false });

/** Semicolons, decimal commas and a BOM: what Excel on a Danish PC opens with æøå and numbers intact. */
export function templateCsv(catalogue: CatalogueIndicator[], example: TemplateExample): string {
  const { header, rows } = templateRows(catalogue, example);
  const cells = (r: Cell[]) => r.map((c) => (c === null ? '' : typeof c === 'number' ? danish.format(c) : c)).join(';');
  return `\uFEFF${[header.join(';'), ...rows.map(cells)].join('\r\n')}\r\n`;
}

export async function templateXlsx(catalogue: CatalogueIndicator[], example: TemplateExample): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const { header, rows } = templateRows(catalogue, example);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Nøgletal');
  sheet.addRow(header).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  // The indicators' Danish names on a second sheet: the first is read, the second explains it.
  const help = workbook.addWorksheet('Forklaring');
  help.addRow(['Kolonne', 'Navn', 'Enhed', 'Niveau']).font = { bold: true };
  for (const k of KEY_COLUMNS) help.addRow([k.header, k.label, '', '']);
  for (const i of catalogue.filter((c) => c.active))
    help.addRow([i.code, i.name, i.unit, i.level === 'estate' ? 'Afdeling' : 'Boligorganisation (linje uden afdelingsnummer)']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
