import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from './src/db/client.ts';
import { prepareDatabase } from './src/boot.ts';
import { loadNationalRegistry } from './bench/national/load.ts';
import { generateFigures, YEARS } from './bench/national/model.ts';
import { refreshRanks } from './src/features/key-figures/benchmark/ranks.ts';
const dir = await mkdtemp(join(tmpdir(), 'kfi-exp-'));
const database = await openDatabase({ dataDir: dir });
await prepareDatabase(database);
const db = database.db;
let t = performance.now();
const { organisations, registry } = await loadNationalRegistry(db, '.tmp/national');
console.log('load registry', (performance.now() - t).toFixed(0));
const ids = new Map<string, number>();
for (const r of await db.execute<{ id: number; organisation_id: number; number: number }>(sql`select id, organisation_id, number from estates`).then((r: any) => r.rows)) ids.set(`${r.organisation_id}/${r.number}`, r.id);
const figures = generateFigures(registry).filter((f) => f.estateNumber !== null);
const recs = figures.map((f) => ({ e: ids.get(`${organisations.get(f.lbfNumber)}/${f.estateNumber}`), y: f.year, v: Object.fromEntries(Object.entries(f.values).filter(([, v]) => v !== null)) }));
for (const CHUNK of [5000, 20000]) {
  await db.execute(sql`delete from estate_figures`);
  t = performance.now();
  await db.transaction(async (tx) => {
    for (let i = 0; i < recs.length; i += CHUNK) {
      await tx.execute(sql`insert into estate_figures (estate_id, year, values)
        select e, y, v from jsonb_to_recordset(${JSON.stringify(recs.slice(i, i + CHUNK))}::jsonb) as x(e int, y int, v jsonb)
        on conflict (estate_id, year) do update set values = (estate_figures.values - array[${"henlaeggelser"}]::text[]) || excluded.values`);
    }
  });
  console.log('insert chunk', CHUNK, (performance.now() - t).toFixed(0));
}
t = performance.now();
await db.transaction(async (tx) => {
  for (let i = 0; i < recs.length; i += 5000) {
    await tx.execute(sql`insert into estate_figures (estate_id, year, values)
      select e, y, v from jsonb_to_recordset(${JSON.stringify(recs.slice(i, i + 5000))}::jsonb) as x(e int, y int, v jsonb)
      on conflict (estate_id, year) do update set values = (estate_figures.values - array[${"henlaeggelser"}]::text[]) || excluded.values`);
  }
});
console.log('upsert existing', (performance.now() - t).toFixed(0));
t = performance.now();
const rows = await db.execute(sql`select estate_id, year, values from estate_figures`);
console.log('read all', (rows as any).rows.length, (performance.now() - t).toFixed(0));
t = performance.now();
const rows2 = await db.execute(sql`select estate_id, year, values::text as v from estate_figures`);
let n=0; for (const r of (rows2 as any).rows) n += Object.keys(JSON.parse(r.v)).length;
console.log('read all text+parse', n, (performance.now() - t).toFixed(0));
t = performance.now();
await refreshRanks(db, YEARS);
console.log('refreshRanks', (performance.now() - t).toFixed(0));
t = performance.now();
await refreshRanks(db, YEARS);
console.log('refreshRanks again', (performance.now() - t).toFixed(0));
await database.close();
