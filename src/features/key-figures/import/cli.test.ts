import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { openDatabase } from '../../../db/client.ts';
import { makeEstate, makeOrganisation } from '../../../demo/factories.ts';
import { estateFigures, estateSourceFacts, keyFigureImports } from '../tables.ts';

/*
 * `styringsdialog import-key-figures` as an operator runs it: a real process on a temporary PGlite
 * data folder (the folder lock keeps the test's own connection and the command apart). Embedded
 * mode only.
 */
const embedded = process.env.TEST_DB !== 'postgres';
const dir = mkdtempSync(join(tmpdir(), 'sd-kf-cli-'));
const dataDir = join(dir, 'data');
const env = { ...process.env, DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'warn', DATABASE_URL: '' };
const bin = join(process.cwd(), 'bin/styringsdialog.js');
let lbf = 0;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function withDb<T>(work: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>): Promise<T> {
  const database = await openDatabase({ dataDir });
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
}

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(async () => {
  if (!embedded) return;
  expect(run('migrate').code).toBe(0);
  lbf = await withDb(async (db) => {
    const org = await makeOrganisation(db, { municipalityCode: '0219' });
    await makeEstate(db, { organisationId: org.id, number: 1 });
    await makeEstate(db, { organisationId: org.id, number: 2 });
    return org.lbfNumber;
  });
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(embedded)('styringsdialog import-key-figures', () => {
  it('prints every line error on stderr, exits with 1 and writes nothing', async () => {
    const bad = file('fejl.csv', `aar;lbf_nr;afdeling_nr;henlaeggelser;fraflytning\n2024;${lbf};1;mange;5\n2024;${lbf};9;150;101\n`);
    const r = run('import-key-figures', bad);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('fejl.csv kan ikke importeres: 3 fejl. Intet er gemt.');
    expect(r.err).toContain('Linje 2, kolonne henlaeggelser: Henlæggelser pr. m² skal være et tal, ikke „mange“.');
    expect(r.err).toContain(`Linje 3, kolonne afdeling_nr: `);
    expect(r.err).toContain('Linje 3, kolonne fraflytning: Fraflytningsprocent er en andel i procent og skal være mellem 0 og 100 (101).');
    const [n] = await withDb((db) => db.select({ n: count() }).from(keyFigureImports));
    expect(n.n).toBe(0);
  }, 120_000);

  it('explains a file it cannot read, a missing file and a bad --year', () => {
    const empty = run('import-key-figures', file('tom.csv', ''));
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('tom.csv kan ikke importeres. Filen er tom.');
    const missing = run('import-key-figures', join(dir, 'findes-ikke.csv'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('findes ikke eller kan ikke åbnes');
    const year = run('import-key-figures', file('x.csv', 'aar\n'), '--year', '1850');
    expect(year.code).toBe(1);
    expect(year.err).toMatch(/--year skal være et årstal fra 1990 til \d{4}, ikke „1850“\./);
  }, 120_000);

  it('imports one year with --year and --source, with a Danish summary and no progress bar off a terminal', async () => {
    const good = file(
      'noegletal.csv',
      `aar;lbf_nr;afdeling_nr;boliger;henlaeggelser\n2023;${lbf};1;40;120\n2024;${lbf};1;41;150\n2024;${lbf};2;60;210\n`,
    );
    const r = run('import-key-figures', good, '--year', '2024', '--source', 'BBR');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Nøgletal importeret fra noegletal.csv (kilde: BBR), 2024:');
    expect(r.out).toContain('Afdelingsår: 2 nye, 0 ændrede, 0 uændrede');
    expect(r.out).toContain('Værdier: 4 nye, 0 ændrede, 0 fjernede');
    expect(r.out).toContain('Linjer for andre år, sprunget over: 1');
    expect(r.out).not.toContain('Læser filen');
    await withDb(async (db) => {
      const rows = await db.select().from(estateFigures);
      expect(rows.map((x) => x.year)).toEqual([2024, 2024]);
      const facts = await db.select().from(estateSourceFacts);
      expect(facts.map((f) => f.source)).toEqual(['BBR', 'BBR']);
    });
    const again = run('import-key-figures', good, '--year', '2024', '--source', 'BBR');
    expect(again.code).toBe(0);
    expect(again.out).toContain('Afdelingsår: 0 nye, 0 ændrede, 2 uændrede');
  }, 180_000);
});
