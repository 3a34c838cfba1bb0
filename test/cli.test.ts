import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.ts';
import { users } from '../src/auth/tables.ts';

/*
 * The command line and the server as a user runs them: real processes on a temporary
 * PGlite data folder. Embedded mode only, so these run once (in the PGlite project).
 */
const embedded = process.env.TEST_DB !== 'postgres';
const dataDir = mkdtempSync(join(tmpdir(), 'sd-cli-'));
const env = { ...process.env, DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'warn', DATABASE_URL: '' };
const bin = join(process.cwd(), 'bin/styringsdialog.js');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe.runIf(embedded)('styringsdialog command', () => {
  it('has help on every command', () => {
    const top = run('--help');
    expect(top.code).toBe(0);
    for (const cmd of ['serve', 'migrate', 'demo-data', 'users']) expect(top.out).toContain(cmd);
    const usersHelp = run('users', '--help');
    for (const cmd of ['create', 'list', 'disable']) expect(usersHelp.out).toContain(cmd);
    expect(run('users', 'create', '--help').out).toContain('--municipality');
  }, 120_000);

  it('creates, lists and disables users, and explains bad input', () => {
    expect(run('migrate').code).toBe(0);
    const created = run(
      'users',
      'create',
      '--email',
      'tilsyn@example.dk',
      '--name',
      'Tove Tilsyn',
      '--role',
      'municipality_editor',
      '--municipality',
      '0219',
      '--password',
      'en god lang kode',
    );
    expect(created.err).toBe('');
    expect(created.out).toContain('Created user');
    const badRole = run('users', 'create', '--email', 'x@example.dk', '--name', 'X', '--role', 'boss', '--password', 'en god lang kode');
    expect(badRole.code).toBe(1);
    expect(badRole.err).toContain('--role must be one of');
    const noMunicipality = run(
      'users',
      'create',
      '--email',
      'y@example.dk',
      '--name',
      'Y',
      '--role',
      'municipality_reader',
      '--password',
      'en god lang kode',
    );
    expect(noMunicipality.code).toBe(1);
    expect(noMunicipality.err).toContain('Vælg brugerens kommune.');
    expect(run('users', 'list').out).toMatch(/tilsyn@example\.dk\s+municipality_editor\s+Hillerød Kommune\s+active/);
    expect(run('users', 'disable', 'tilsyn@example.dk').code).toBe(0);
    expect(run('users', 'list').out).toMatch(/tilsyn@example\.dk.*disabled/);
  }, 180_000);

  it('serves, shuts down cleanly on SIGTERM and leaves a data folder that opens again', async () => {
    const port = 31000 + Math.floor(Math.random() * 2000);
    const child = spawn(process.execPath, [bin, 'serve'], { env: { ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'pipe' });
    let up = false;
    for (let i = 0; i < 100 && !up; i++) {
      await new Promise((r) => setTimeout(r, 200));
      up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
    }
    expect(up).toBe(true);
    const home = await fetch(`http://127.0.0.1:${port}/kommuner`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Hillerød Kommune');
    // A command on the folder the server has open would write to a copy that is then lost: refused.
    for (const args of [['users', 'disable', 'tilsyn@example.dk'], ['migrate'], ['demo-data']]) {
      const refused = run(...args);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain(`er allerede åben i en anden proces (pid ${child.pid})`);
    }
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    const database = await openDatabase({ dataDir });
    const [{ n }] = await database.db.select({ n: count() }).from(users);
    expect(n).toBe(1);
    await database.close();
    // The server gave the folder back when it stopped: commands open it again.
    expect(run('users', 'list').out).toMatch(/tilsyn@example\.dk.*disabled/);
  }, 120_000);
});
