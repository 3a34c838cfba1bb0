import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { danishToday } from '../../../lib/copenhagen-time.ts';
import { parseTableFile } from '../../../lib/table-file/index.ts';
import { editableOrganisationsWithEstates } from '../../registry/index.ts';
import { type ChangeSummary, type PresentCodes, type TargetChange, compareWithExisting, readExisting } from './changes.ts';
import { listIndicators } from '../catalogue/service.ts';
import { matchHeader } from './layout.ts';
import { type FigureRecord, type LineError, targetsOf, validateRows } from './validate.ts';

/*
 * Reading a figures file into what an import would do: the file parsed, every line checked
 * within the importer's scope, and compared with what is stored. The preview page, the
 * confirmation and the command line all go through here.
 */

/** A national file (8,500 estates × 12 years and the organisations' lines) fits with room to spare. */
export const MAX_ROWS = 200_000;
export const NOT_A_TABLE = 'Filen skal være en CSV- eller XLSX-fil (Excel-regneark) med én linje pr. afdeling og år.';
const TOO_MANY = `Filen har mere end ${MAX_ROWS.toLocaleString('da-DK')} linjer. Del den op i flere filer, fx ét år ad gangen.`;
/** Lines shown in the preview as they were read. */
const FIRST_ROWS = 20;

export interface PreviewReport {
  /** How the file was read, e.g. "CSV, Windows-1252, semikolon", shown so a wrong guess is visible. */
  format: string;
  ignoredColumns: string[];
  /** The indicator codes of the file's columns, in its order. */
  columns: string[];
  rows: number;
  skipped: number;
  years: number[];
  summary: ChangeSummary | null;
  changes: TargetChange[];
  firstRows: { line: number; who: string; year: number; values: Record<string, number> }[];
}

export type Phase = 'read' | 'check' | 'compare' | 'write' | 'ranks';
/** A progress bar's food: the phase, and how far it has come (done of total). */
export type OnProgress = (phase: Phase, done: number, total: number) => void;

export type Prepared =
  { ok: false; message: string } | { ok: true; report: PreviewReport; errors: LineError[]; records: FigureRecord[]; present: PresentCodes };

/**
 * Reads and checks a figures file for the actor; writes nothing. A file that is not a table
 * of ours comes back as one message; line errors come back in `errors`, and then nothing is
 * compared with the database.
 */
export async function prepareFigures({
  db,
  actor,
  bytes,
  year,
  compare = true,
  onProgress,
}: {
  db: Db;
  actor: Actor;
  bytes: Uint8Array;
  year: number | null;
  /** False when the changes are known already (a confirmation of an unchanged preview). */
  compare?: boolean;
  onProgress?: OnProgress;
}): Promise<Prepared> {
  const [catalogue, parsed] = await Promise.all([
    listIndicators(db),
    parseTableFile(bytes, {
      maxRows: MAX_ROWS,
      notATable: NOT_A_TABLE,
      tooManyRows: TOO_MANY,
      onProgress: onProgress && ((share) => onProgress('read', Math.round(share * 100), 100)),
    }),
  ]);
  if (!parsed.ok) return parsed;
  const header = matchHeader(parsed.header, catalogue);
  if (!header.ok) return header;
  if (parsed.rows.length === 0) return { ok: false, message: 'Filen har kolonneoverskrifter, men ingen linjer med tal.' };
  onProgress?.('check', 0, parsed.rows.length);
  const targets = targetsOf(await editableOrganisationsWithEstates(db, actor), actor.scope.kind === 'admin');
  const checked = validateRows(parsed.rows, {
    map: header.map,
    header: parsed.header,
    targets,
    year,
    currentYear: Number(danishToday().slice(0, 4)),
  });
  onProgress?.('check', parsed.rows.length, parsed.rows.length);
  if (checked.errors.length === 0 && checked.records.length === 0) {
    return { ok: false, message: `Filen har ingen linjer med tal for ${year}. Vælg et andet år, eller lad feltet være tomt.` };
  }
  const codes = header.map.indicators.map((c) => c.indicator);
  const present: PresentCodes = {
    estate: codes.filter((i) => i.level === 'estate').map((i) => i.code),
    organisation: codes.filter((i) => i.level === 'organisation').map((i) => i.code),
  };
  const report: PreviewReport = {
    format: parsed.format,
    ignoredColumns: header.ignored,
    columns: codes.map((i) => i.code),
    rows: checked.records.length,
    skipped: checked.skipped,
    years: checked.years,
    summary: null,
    changes: [],
    firstRows: checked.records.slice(0, FIRST_ROWS).map(({ line, who, year, values }) => ({ line, who, year, values })),
  };
  if (checked.errors.length === 0 && compare) {
    onProgress?.('compare', 0, 1);
    const { summary, changes } = compareWithExisting(checked.records, await readExisting(db, checked.records), present);
    Object.assign(report, { summary, changes });
    onProgress?.('compare', 1, 1);
  }
  return { ok: true, report, errors: checked.errors, records: checked.records, present };
}
