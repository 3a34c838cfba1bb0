import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from './src/db/client.ts';
import { prepareDatabase } from './src/boot.ts';
import { loadNationalRegistry } from './bench/national/load.ts';
import { generateFigures } from './bench/national/model.ts';
import { estateFigures } from './src/features/key-figures/tables.ts';
const mode = process.argv[2] ?? 'folder';
const dir = mode === 'memory' ? 'memory://' : await mkdtemp(join(tmpdir(), 'kfi-exp-'));
const database = await openDatabase({ dataDir: dir });
await prepareDatabase(database);
const db = database.db;
const { organisations, registry } = await loadNationalRegistry(db, '.tmp/national');
const ids = new Map<string, number>();
for (const r of await db.execute<{ id: number; organisation_id: number; number: number }>(sql`select id, organisation_id, number from estates`).then((r: any) => r.rows)) ids.set(`${r.organisation_id}/${r.number}`, r.id);
const figures = generateFigures(registry).filter((f) => f.estateNumber !== null);
const recs = figures.map((f) => ({ e: ids.get(`${organisations.get(f.lbfNumber)}/${f.estateNumber}`)!, y: f.year, v: Object.fromEntries(Object.entries(f.values).filter(([, v]) => v !== null)) as Record<string, number> }));
const time = async (label: string, fn: () => Promise<unknown>) => { const t = performance.now(); try { await fn(); console.log(label, (performance.now() - t).toFixed(0)); } catch (e) { console.log(label, 'ERR', String((e as Error).cause ?? e).slice(0, 300)); } };
const reset = () => db.execute(sql`truncate estate_figures`);
await reset();
await time('V1 jsonb_to_recordset 5000', () => db.transaction(async (tx) => {
  for (let i = 0; i < recs.length; i += 5000) await tx.execute(sql`insert into estate_figures (estate_id, year, values) select e, y, v from jsonb_to_recordset(${JSON.stringify(recs.slice(i, i + 5000))}::jsonb) as x(e int, y int, v jsonb) on conflict (estate_id, year) do update set values = estate_figures.values || excluded.values`);
}));
await reset();
await time('V4 drizzle values 5000', () => db.transaction(async (tx) => {
  for (let i = 0; i < recs.length; i += 5000) await tx.insert(estateFigures).values(recs.slice(i, i + 5000).map((r) => ({ estateId: r.e, year: r.y, values: r.v }))).onConflictDoUpdate({ target: [estateFigures.estateId, estateFigures.year], set: { values: sql`estate_figures.values || excluded.values` } });
}));
await reset();
const csv = recs.map((r) => `${r.e},${r.y},"${JSON.stringify(r.v).replace(/"/g, '""')}"`).join('\n');
await time('V2 copy direct', () => db.transaction(async (tx) => {
  const client = (tx as any).session.client;
  await client.query(`copy estate_figures (estate_id, year, values) from '/dev/blob' with (format csv)`, [], { blob: new Blob([csv]) });
}));
await time('V3 copy temp + upsert', () => db.transaction(async (tx) => {
  const client = (tx as any).session.client;
  await tx.execute(sql`create temp table incoming (estate_id int, year int, values jsonb) on commit drop`);
  await client.query(`copy incoming from '/dev/blob' with (format csv)`, [], { blob: new Blob([csv]) });
  await tx.execute(sql`insert into estate_figures (estate_id, year, values) select estate_id, year, values from incoming on conflict (estate_id, year) do update set values = estate_figures.values || excluded.values`);
}));
await time('V5 select-only jsonb_to_recordset count', async () => {
  for (let i = 0; i < recs.length; i += 5000) await db.execute(sql`select count(*) from jsonb_to_recordset(${JSON.stringify(recs.slice(i, i + 5000))}::jsonb) as x(e int, y int, v jsonb)`);
});
await time('V6 diff read all', () => db.execute(sql`select estate_id, year, values from estate_figures`));
await database.close();
