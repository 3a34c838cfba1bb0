/** `styringsdialog import-minutes FILE --json`: pure JSON on stdout; errors in Danish on stderr with exit code 1. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { blocksFromText } from './fixtures/blocks.ts';
import { makePdf } from './fixtures/pdf.ts';
import { hasSeeds, seed } from './fixtures/seeds.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'minutes-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/styringsdialog.js', 'import-minutes', ...args],
      { cwd: ROOT, maxBuffer: 20 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('styringsdialog import-minutes', () => {
  it.skipIf(!hasSeeds)('prints exactly the JSON of a TXT file', async () => {
    const { code, stdout } = await run(seed('002').path, '--json');
    expect(code).toBe(0);
    const minutes = JSON.parse(stdout);
    expect(Object.keys(minutes)).toEqual([
      'title',
      'date',
      'place',
      'municipality',
      'organisations',
      'participants',
      'absent',
      'items',
      'header',
      'other',
      'warnings',
      'coverage',
    ]);
    expect(minutes.date).toBe('2021-04-07');
    expect(Object.keys(minutes.items[0])).toEqual(['number', 'title', 'text', 'decisions', 'actions', 'items']);
  });

  it.skipIf(!hasSeeds)('prints exactly the JSON of a PDF file, without pdf.js warnings', async () => {
    const file = join(dir, 'referat.pdf');
    writeFileSync(file, await makePdf(blocksFromText(seed('003').text), { header: 'Referat – Styringsdialog 2022' }));
    const { code, stdout } = await run(file, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).items).toHaveLength(8);
  });

  it.skipIf(!hasSeeds)('prints a short summary without --json', async () => {
    const { code, stdout } = await run(seed('003').path);
    expect(code).toBe(0);
    expect(stdout).toContain('Punkter (8):');
    expect(stdout).toContain('4. Hvordan kommunen kan hjælpe');
  });

  it('writes errors in Danish to stderr, nothing to stdout, and exits with 1', async () => {
    const empty = join(dir, 'tom.txt');
    writeFileSync(empty, '');
    expect(await run(empty, '--json')).toEqual({ code: 1, stdout: '', stderr: 'Filen er tom.\n' });
    const missing = await run(join(dir, 'findes-ikke.pdf'), '--json');
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toMatch(/^Filen „.*findes-ikke\.pdf“ findes ikke/);
    const csv = join(dir, 'tal.csv');
    writeFileSync(csv, 'a;b;c\n1;2;3\n');
    const notMinutes = await run(csv, '--json');
    expect(notMinutes).toMatchObject({ code: 1, stdout: '' });
    expect(notMinutes.stderr).toMatch(/^Filen ligner ikke et referat: /);
    expect(notMinutes.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });

  it('refuses a 100 MB file without reading it', async () => {
    const huge = join(dir, 'stor.pdf');
    writeFileSync(huge, '');
    truncateSync(huge, 100 * 1024 * 1024);
    const result = await run(huge, '--json');
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(/^Filen er for stor \(100 MB\)/);
  });

  it('stops at the reader’s text limit instead of running for minutes on a 100,000-line CSV', async () => {
    const csv = join(dir, 'lang.csv');
    writeFileSync(csv, 'Afdeling;Navn;Adresse;Boliger\n' + '1;Kærbo;Kærvej 1, 2650 Hvidovre;120\n'.repeat(100_000));
    const started = Date.now();
    const result = await run(csv, '--json');
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(/^Referatet er for langt \([\d.]+ tegn\)\. Importen læser højst 2\.000\.000 tegn/);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);
});
