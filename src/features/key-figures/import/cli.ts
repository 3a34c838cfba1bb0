/*
 * `styringsdialog import-key-figures FILE [--year YYYY] [--source NAME]`: imports a figures file
 * as the system (admin scope), with a progress bar on a terminal and a Danish summary at the
 * end. Bad input prints every line error on stderr, writes nothing and exits with 1.
 */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { danishToday } from '../../../lib/copenhagen-time.ts';
import { isTooLarge, tooLargeMessage } from '../../../lib/file-store/index.ts';
import type { Emitter } from '../../../lib/hooks.ts';
import type { ChangeSummary } from './changes.ts';
import type { OnProgress, Phase, PreviewReport } from './report.ts';
import { DEFAULT_SOURCE, type KeyFigureEvents, importFigures } from './service.ts';
import { FIRST_YEAR, type LineError } from './validate.ts';

/** What the command needs of the installation; src/cli.ts opens it (the folder lock, migrations, the wiring). */
export type OpenInstallation = () => Promise<{ db: Db; hooks: Emitter<KeyFigureEvents>; maxMb: number; close: () => Promise<void> }>;

const PHASES: Record<Phase, string> = {
  read: 'Læser filen',
  check: 'Kontrollerer linjerne',
  compare: 'Sammenligner med databasen',
  write: 'Gemmer',
  ranks: 'Beregner placeringer',
};

const n = (x: number) => x.toLocaleString('da-DK');

/** A bar on a terminal; nothing when the output goes to a file or a pipe. */
function progressBar(): { onProgress?: OnProgress; stop: () => void } {
  if (!process.stdout.isTTY) return { stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { format: '{phase} |{bar}| {percentage}%', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let phase: Phase | null = null;
  return {
    onProgress: (next, done, total) => {
      if (next !== phase) {
        if (phase === null) bar.start(Math.max(1, total), done, { phase: PHASES[next].padEnd(26) });
        else bar.setTotal(Math.max(1, total));
        phase = next;
      }
      bar.update(done, { phase: PHASES[next].padEnd(26) });
    },
    stop: () => bar.stop(),
  };
}

function errorLines(errors: LineError[]): string {
  return errors
    .map((e) => `${e.line !== null ? `Linje ${e.line}${e.column ? `, kolonne ${e.column}` : ''}: ` : ''}${e.message}`)
    .join('\n');
}

function summaryLines(fileName: string, source: string, report: PreviewReport, s: ChangeSummary, seconds: number): string {
  const years = report.years.length > 1 ? `${report.years[0]}–${report.years.at(-1)}` : String(report.years[0]);
  const lines = [
    `Nøgletal importeret fra ${fileName} (kilde: ${source}), ${years}:`,
    `  Afdelingsår: ${n(s.estateYears.new)} nye, ${n(s.estateYears.changed)} ændrede, ${n(s.estateYears.unchanged)} uændrede`,
    `  Boligorganisationsår: ${n(s.organisationYears.new)} nye, ${n(s.organisationYears.changed)} ændrede, ${n(s.organisationYears.unchanged)} uændrede`,
    `  Værdier: ${n(s.values.added)} nye, ${n(s.values.changed)} ændrede, ${n(s.values.removed)} fjernede`,
  ];
  if (report.skipped) lines.push(`  Linjer for andre år, sprunget over: ${n(report.skipped)}`);
  if (report.ignoredColumns.length) lines.push(`  Kolonner sprunget over: ${report.ignoredColumns.join(', ')}`);
  lines.push(`  Tid: ${seconds.toLocaleString('da-DK', { maximumFractionDigits: 1 })} s`);
  return `${lines.join('\n')}\n`;
}

async function readLimited(path: string, maxMb: number): Promise<{ bytes: Uint8Array } | { message: string }> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return { message: `Filen „${path}“ findes ikke eller kan ikke åbnes.` };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { message: `„${path}“ er ikke en fil.` };
    // Refused before a byte is read.
    if (isTooLarge(stat.size, maxMb)) return { message: tooLargeMessage(stat.size, maxMb) };
    return { bytes: new Uint8Array(await handle.readFile()) };
  } finally {
    await handle.close();
  }
}

function parseYear(raw: string | undefined): number | null | { message: string } {
  if (raw === undefined) return null;
  const year = Number(raw);
  const now = Number(danishToday().slice(0, 4));
  if (!/^\d{4}$/.test(raw) || year < FIRST_YEAR || year > now)
    return { message: `--year skal være et årstal fra ${FIRST_YEAR} til ${now}, ikke „${raw}“.` };
  return year;
}

export function registerFiguresImportCommand(program: Command, openInstallation: OpenInstallation) {
  program
    .command('import-key-figures')
    .description('import yearly key figures per estate and organisation from a CSV or XLSX file (all lines or none)')
    .argument('<file>', 'the figures file in the import layout (see /noegletal/import)')
    .option('--year <year>', 'import only the lines of this year')
    .option('--source <name>', 'where the figures come from', DEFAULT_SOURCE)
    .action(async (file: string, opts: { year?: string; source: string }) => {
      const fail = (message: string) => {
        process.stderr.write(`${message}\n`);
        process.exitCode = 1;
      };
      const year = parseYear(opts.year);
      if (year !== null && typeof year === 'object') return fail(year.message);
      const source = opts.source.trim().slice(0, 100);
      if (!source) return fail('--source må ikke være tom.');
      const started = performance.now();
      const installation = await openInstallation();
      const bar = progressBar();
      try {
        const read = await readLimited(file, installation.maxMb);
        if ('message' in read) return fail(read.message);
        const fileName = basename(file);
        const result = await importFigures({
          db: installation.db,
          actor: { ...SYSTEM_ACTOR, label: 'Kommandolinjen' },
          hooks: installation.hooks,
          fileName,
          bytes: read.bytes,
          source,
          year,
          onProgress: bar.onProgress,
        });
        bar.stop();
        if (!result.ok && 'message' in result) return fail(`${fileName} kan ikke importeres. ${result.message}`);
        if (!result.ok) {
          const count = result.errors.filter((e) => e.line !== null).length;
          return fail(
            `${fileName} kan ikke importeres: ${count === 1 ? 'en fejl' : `${n(count)} fejl`}. Intet er gemt.\n${errorLines(result.errors)}`,
          );
        }
        process.stdout.write(summaryLines(fileName, source, result.report, result.summary, (performance.now() - started) / 1000));
      } finally {
        bar.stop();
        await installation.close();
      }
    });
}
