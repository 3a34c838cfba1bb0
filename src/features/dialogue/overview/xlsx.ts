import { STAGE_LABELS } from '../stages.ts';
import type { OverviewRow } from './service.ts';

const PACKAGE_LABELS: Record<string, string> = { aaben: 'Åben', indsendt: 'Indsendt', returneret: 'Returneret', accepteret: 'Accepteret' };
const excelDate = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** The overview as a spreadsheet: a title row, Danish headers, real dates, filters on. */
export async function overviewWorkbook(rows: OverviewRow[], title: string, year: number): Promise<Buffer> {
  // Loaded on first export: exceljs is large and costs start-up time.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Styringsdialog';
  const ws = wb.addWorksheet(`Styringsdialog ${year}`);
  ws.addRow([title]).font = { bold: true, size: 14 };
  ws.addRow([]);
  const header = ws.addRow(['Boligorganisation', 'LBF-nr.', 'Kommune', 'Administration', `Fase ${year}`, 'Næste frist', 'Dato for næste frist',
    'Overskredne frister', 'Påkrævede punkter godkendt', 'Påkrævede punkter i alt', 'Dokumentationspakke', 'Mødedato', 'Seneste møde']);
  header.font = { bold: true };
  for (const r of rows) {
    ws.addRow([
      r.name, r.lbfNumber, r.municipalityName, r.administratorName ?? '', r.dueThisYear ? STAGE_LABELS[r.stage] : 'Ikke i år',
      r.next?.label ?? '', excelDate(r.next?.date), r.overdue.map((d) => d.label).join(', '),
      r.requiredApproved, r.requiredTotal, r.packageStatus ? PACKAGE_LABELS[r.packageStatus] : 'Ikke åbnet',
      excelDate(r.meetingDate), excelDate(r.lastMeeting),
    ]);
  }
  for (const col of [7, 12, 13]) ws.getColumn(col).numFmt = 'dd-mm-yyyy';
  ws.columns.forEach((c, i) => { c.width = [34, 9, 16, 24, 30, 36, 14, 40, 12, 12, 18, 12, 12][i]; });
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: 13 } };
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
