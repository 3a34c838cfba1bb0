/*
 * `styringsdialog import-minutes FILE [--json]`: reads existing minutes and prints them as
 * structured data. With --json, stdout holds exactly the JSON and nothing else; errors go to
 * stderr in Danish with exit code 1. Never opens the database. The file is read in a worker
 * thread with the web import's limits (time, memory, unpacked size, text), so a hostile file
 * ends with a message and exit code 1 instead of running for minutes.
 */
import { open } from 'node:fs/promises';
import type { Command } from 'commander';
import { DEFAULT_MAX_BYTES, tooLarge } from './extract/extract.ts';
import type { importMinutesFile } from './import-file.ts';
import { importMinutesInWorker } from './import-in-worker.ts';
import type { ImportedMinutes, ImportedParticipant } from './types.ts';
import { countNoun } from '../../lib/plural.ts';

const SIDES = { municipality: 'kommunen', organisation: 'boligorganisationen', other: 'andre' } as const;

/** Libraries (pdf.js) may write warnings with console.log; stdout is kept for the result. */
function silenceConsole(): () => void {
  const saved = { log: console.log, info: console.info, warn: console.warn, debug: console.debug, error: console.error };
  const quiet = () => undefined;
  Object.assign(console, { log: quiet, info: quiet, warn: quiet, debug: quiet, error: quiet });
  return () => Object.assign(console, saved);
}

async function readLimited(path: string, maxBytes: number): Promise<{ bytes: Uint8Array } | { message: string }> {
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
    if (stat.size > maxBytes) return { message: tooLarge(stat.size, maxBytes) };
    return { bytes: new Uint8Array(await handle.readFile()) };
  } catch {
    return { message: `Filen „${path}“ kan ikke læses.` };
  } finally {
    await handle.close();
  }
}

function person(p: ImportedParticipant): string {
  const details = [p.title, p.side ? SIDES[p.side] : null].filter(Boolean).join(', ');
  return details ? `${p.name} (${details})` : p.name;
}

function summary(m: ImportedMinutes): string {
  const lines = [m.title];
  const facts = [m.date && `Dato: ${m.date}`, m.place && `Sted: ${m.place}`, m.municipality && `Kommune: ${m.municipality}`].filter(
    Boolean,
  );
  if (facts.length) lines.push(facts.join(' · '));
  if (m.organisations.length) lines.push(`Boligorganisationer: ${m.organisations.join(', ')}`);
  if (m.participants.length) lines.push(`Deltagere (${m.participants.length}): ${m.participants.map(person).join('; ')}`);
  if (m.absent.length) lines.push(`Fraværende (${m.absent.length}): ${m.absent.map(person).join('; ')}`);
  if (m.coverage.read) lines.push(`Tegn læst: ${m.coverage.read}, placeret: ${m.coverage.placed}`);
  for (const w of m.warnings) lines.push(`Advarsel: ${w}`);
  if (m.other) lines.push(`Øvrigt (ikke placeret i et punkt): ${m.other.length} tegn`);
  lines.push(`Punkter (${m.items.length}):`);
  for (const item of m.items) {
    const counts = [
      item.decisions.length && countNoun(item.decisions.length, 'beslutning', 'beslutninger'),
      item.actions.length && countNoun(item.actions.length, 'opfølgningspunkt', 'opfølgningspunkter'),
      item.items.length && countNoun(item.items.length, 'underpunkt', 'underpunkter'),
    ].filter(Boolean);
    lines.push(`  ${item.number ? `${item.number}. ` : '- '}${item.title}${counts.length ? ` – ${counts.join(', ')}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

export function registerMinutesImportCommand(program: Command) {
  program
    .command('import-minutes')
    .description('read existing minutes (TXT, DOCX or PDF) and show their date, participants, items, decisions and actions')
    .argument('<file>', 'the minutes file')
    .option('--json', 'print the result as JSON on stdout and nothing else')
    .action(async (file: string, opts: { json?: boolean }) => {
      const restore = silenceConsole();
      let outcome: Awaited<ReturnType<typeof importMinutesFile>>;
      try {
        const read = await readLimited(file, DEFAULT_MAX_BYTES);
        outcome =
          'message' in read
            ? { ok: false, message: read.message }
            : await importMinutesInWorker(read.bytes, file, { maxBytes: DEFAULT_MAX_BYTES, quiet: true });
      } catch {
        outcome = { ok: false, message: 'Referatet kunne ikke læses.' };
      } finally {
        restore();
      }
      if (!outcome.ok) {
        process.stderr.write(`${outcome.message}\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(opts.json ? `${JSON.stringify(outcome.minutes, null, 2)}\n` : summary(outcome.minutes));
    });
}
