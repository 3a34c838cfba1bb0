// `npm run generate:national [-- FOLDER]`: writes the synthetic national data set (default .tmp/national).
// Deterministic: the same seed gives byte-identical files.
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { FILES, writeNationalFiles } from './files.ts';
import { generateFigures, generateRegistry, YEARS } from './model.ts';

const folder = resolve(process.argv[2] ?? '.tmp/national');
const started = performance.now();
const registry = generateRegistry();
const figures = generateFigures(registry);
await writeNationalFiles(folder, registry, figures);

const mb = async (name: string) => ((await stat(join(folder, name))).size / 2 ** 20).toFixed(1);
const estateRows = figures.filter((f) => f.estateNumber !== null).length;
console.log(`Wrote the national data set to ${folder} in ${((performance.now() - started) / 1000).toFixed(1)} s:`);
console.log(`  ${registry.organisations.length} organisations, ${registry.estates.length} estates, ${registry.areas.length} housing areas`);
console.log(`  ${YEARS[0]}–${YEARS.at(-1)}: ${estateRows} estate-years and ${figures.length - estateRows} organisation-years`);
for (const name of Object.values(FILES)) console.log(`  ${name.padEnd(18)} ${(await mb(name)).padStart(6)} MB`);
