import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from './server-process.ts';

/*
 * What an operator sees on the first start: a line per step while the database is created and the
 * demo data loaded (many seconds of silence before), then the address the server really listens on.
 * A real process on a fresh PGlite folder, so in the PGlite project only.
 */
const embedded = process.env.TEST_DB !== 'postgres';
const dataDir = mkdtempSync(join(tmpdir(), 'sd-start-'));
const bin = join(process.cwd(), 'bin/styringsdialog.js');
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Starts `serve`, collects stdout lines (and the V8 flags it runs with) until the address line, then stops the server. */
async function start(port: number): Promise<{ lines: string[]; flags: string[] }> {
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      PUBLIC_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (d) => {
      buffer += d;
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      lines.push(...parts);
      if (parts.some((l) => l.startsWith('Styringsdialog kører på'))) resolve();
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code} before listening:\n${lines.join('\n')}\n${err}`)));
  });
  const url = /kører på (\S+)/.exec(lines.find((l) => l.startsWith('Styringsdialog kører på'))!)![1];
  expect((await fetch(`${url}/kommuner`)).status).toBe(200);
  // The command replaces itself once with the flags it needs (bin/styringsdialog.js): the same pid.
  const cmdline = `/proc/${child.pid}/cmdline`;
  const flags = existsSync(cmdline) ? readFileSync(cmdline, 'utf8').split('\0') : [];
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  return { lines: lines.filter((l) => l.trim() !== ''), flags };
}

describe.runIf(embedded)('the start of `styringsdialog serve`', () => {
  it('says what it does on the first start, one line per step, and the address it listens on', async () => {
    const port = await freePort();
    const { lines } = await start(port);
    // The bundle's line comes first when the sources changed since the last build (bin/bundle.js).
    const steps = lines.filter((l) => !l.startsWith(' ') && !l.startsWith('Bygger programmet'));
    // The migrated template exists (the test setup made it, as `npm install` does): no tables to create.
    expect(steps[0]).toBe(`Opretter databasen i ${dataDir} (første start) …`);
    expect(steps[1]).toMatch(/^Indlæser demodata .* …$/);
    expect(steps[2]).toMatch(/^Demodata er indlæst/);
    expect(lines).toContain('  admin@demo.dk                    hele installationen');
    expect(steps).toContain(`Styringsdialog kører på http://localhost:${port}`);
    expect(lines.join('\n')).not.toContain('localhost:3000');
  }, 180_000);

  it('says less on the next start, and follows a new port', async () => {
    const port = await freePort();
    const { lines, flags } = await start(port);
    expect(lines[0]).toBe(`Åbner databasen i ${dataDir} …`);
    expect(lines.join('\n')).not.toMatch(/Opretter|Indlæser demodata/);
    if (existsSync('/proc/self/cmdline'))
      expect(flags).toEqual(expect.arrayContaining(['--liftoff-only', '--max-semi-space-size=8', '--heap-growing-percent=50']));
    expect(lines).toContain(`Styringsdialog kører på http://localhost:${port}`);
  }, 120_000);
});
