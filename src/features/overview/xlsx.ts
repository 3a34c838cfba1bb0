import { STAGE_LABELS } from '../dialogue/index.ts';
import type { DetailedRow } from './service.ts';
import { PACKAGE_HINT, PACKAGE_LABELS } from './views.tsx';

/** A calendar date as Excel's date: midnight UTC, so the cell shows that day whatever the reader's time zone. */
const excelDate = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

const COLUMNS: {
  header: (year: number) => string;
  width: number;
  date?: boolean;
  value: (r: DetailedRow) => string | number | Date | null;
}[] = [
  { header: () => 'Boligorganisation', width: 34, value: (r) => r.name },
  { header: () => 'LBF-nr.', width: 9, value: (r) => r.lbfNumber },
  { header: () => 'Kommune', width: 18, value: (r) => r.municipalityName },
  { header: () => 'Administration', width: 24, value: (r) => r.administratorName ?? '' },
  { header: (y) => `Fase ${y}`, width: 28, value: (r) => (r.dueThisYear ? STAGE_LABELS[r.stage] : 'Ikke i år') },
  { header: () => 'Næste frist', width: 36, value: (r) => r.next?.label ?? '' },
  { header: () => 'Dato for næste frist', width: 14, date: true, value: (r) => excelDate(r.next?.date) },
  { header: () => 'Overskredet', width: 12, value: (r) => (r.overdue.length ? 'Ja' : 'Nej') },
  { header: () => 'Overskredne frister', width: 40, value: (r) => r.overdue.map((d) => d.label).join(', ') },
  { header: () => 'Dokumentationspakke', width: 18, value: (r) => (r.pkg.status ? PACKAGE_LABELS[r.pkg.status] : 'Ikke åbnet') },
  { header: () => 'Påkrævede punkter komplette', width: 14, value: (r) => r.pkg.requiredComplete },
  { header: () => 'Påkrævede punkter godkendt', width: 14, value: (r) => r.pkg.requiredApproved },
  { header: () => 'Påkrævede punkter i alt', width: 14, value: (r) => r.pkg.requiredTotal },
  { header: (y) => `Mødedato ${y}`, width: 12, date: true, value: (r) => excelDate(r.meetingDate) },
  { header: () => 'Seneste møde', width: 12, date: true, value: (r) => excelDate(r.lastMeeting) },
  { header: () => 'Nøgletal fra år', width: 10, value: (r) => r.lights?.year ?? null },
  { header: () => 'Røde afdelinger', width: 10, value: (r) => r.lights?.red ?? null },
  { header: () => 'Gule afdelinger', width: 10, value: (r) => r.lights?.yellow ?? null },
  { header: () => 'Grønne afdelinger', width: 10, value: (r) => r.lights?.green ?? null },
  { header: () => 'Afdelinger røde tre år i træk', width: 14, value: (r) => r.lights?.redThreeYears ?? null },
  { header: () => 'Åbne aftaler', width: 10, value: (r) => r.openAgreements },
];

/** Where the table starts: a title row and a row explaining the package counts come first. */
export const HEADER_ROW = 3;

/** The overview as a spreadsheet: a title row, Danish headers, real dates, filters and a frozen header. */
export async function overviewWorkbook(rows: DetailedRow[], title: string, year: number): Promise<Buffer> {
  // Loaded on first export: exceljs is large and costs start-up time.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Styringsdialog';
  const ws = wb.addWorksheet(`Styringsdialog ${year}`);
  ws.addRow([title]).font = { bold: true, size: 14 };
  ws.addRow([PACKAGE_HINT]).font = { italic: true };
  const header = ws.addRow(COLUMNS.map((c) => c.header(year)));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  for (const r of rows) ws.addRow(COLUMNS.map((c) => c.value(r)));
  COLUMNS.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    if (c.date) column.numFmt = 'dd-mm-yyyy';
  });
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: COLUMNS.length } };
  ws.views = [{ state: 'frozen', ySplit: HEADER_ROW }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
