// Importing existing minutes: a 30-page PDF built from the seed minutes (pdfkit, hard-wrapped and
// hyphenated lines, a running header and "Side N af M"), read with importMinutesFile (PDF text +
// parse) and with parseMinutes alone on its text. Median of 5 runs after one warm-up run.
// Usage: node bin/run-ts.js bench/minutes-import.ts   (npm run bench:minutes-import)
import { cpus } from 'node:os';
import { extractMinutesText } from '../src/features/minutes-import/extract/extract.ts';
import type { Block } from '../src/features/minutes-import/fixtures/blocks.ts';
import { makePdf } from '../src/features/minutes-import/fixtures/pdf.ts';
import { hasSeeds, seed } from '../src/features/minutes-import/fixtures/seeds.ts';
import { importMinutesFile } from '../src/features/minutes-import/import-file.ts';
import { parseMinutes } from '../src/features/minutes-import/parse.ts';
import type { ImportedItem } from '../src/features/minutes-import/types.ts';

const RUNS = 5;
const PAGES = 30;

if (!hasSeeds) {
  console.error('The seed minutes (src/demo/seeds, or SEEDS_DIR) are needed to build the PDF.');
  process.exit(1);
}

/** An item as blocks: its heading, paragraphs and bullets. */
function itemBlocks(item: ImportedItem, number: number): Block[] {
  const blocks: Block[] = [{ kind: 'heading', text: `${number}. ${item.title}` }];
  for (const line of item.text.split(/\n+/)) {
    if (!line.trim()) continue;
    const bullet = /^( *)- (.*)$/.exec(line);
    blocks.push(bullet ? { kind: bullet[1] ? 'subbullet' : 'bullet', text: bullet[2] } : { kind: 'para', text: line });
  }
  return blocks;
}

const sources = ['003', '000', '002'].map((p) => parseMinutes(seed(p).text));
const items = sources.flatMap((m) => m.items);
const head: Block[] = [
  { kind: 'title', text: 'Referat af styringsdialogmøde mellem Hillerød Kommune og Hillerød Almennyttige Boligselskab' },
  { kind: 'para', text: 'Mødedato: Onsdag den 3. november 2021 kl. 10.00' },
  { kind: 'para', text: 'Mødested: Hillerød Rådhus, mødelokale 2' },
  { kind: 'para', text: 'Repræsentanter fra boligselskabet:' },
  ...sources[1].participants.filter((p) => p.side === 'organisation').map((p): Block => ({ kind: 'para', text: `${p.name}, ${p.title}` })),
  { kind: 'para', text: 'Repræsentanter for kommunen:' },
  ...sources[1].participants.filter((p) => p.side === 'municipality').map((p): Block => ({ kind: 'para', text: `${p.name}, ${p.title}` })),
];

/** The PDF of the first `count` blocks of the seeds' items, round after round. */
const all = [...head, ...Array.from({ length: items.length * 4 }, (_, i) => itemBlocks(items[i % items.length], i + 1)).flat()];
async function build(count: number): Promise<{ bytes: Uint8Array; pages: number }> {
  const bytes = await makePdf(all.slice(0, count), { header: 'Referat – Styringsdialog 2021' });
  const probe = await extractMinutesText(bytes, 'referat.pdf');
  return { bytes, pages: probe.ok ? (probe.pages ?? 0) : 0 };
}

// The fewest blocks that fill 30 pages.
let low = head.length;
let high = all.length;
while (low < high) {
  const mid = Math.floor((low + high) / 2);
  if ((await build(mid)).pages >= PAGES) high = mid;
  else low = mid + 1;
}
const { bytes, pages } = await build(low);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const extracted = await extractMinutesText(bytes, 'referat.pdf');
if (!extracted.ok) throw new Error(extracted.message);
const text = extracted.text;

const runs = {
  import: async () => {
    const r = await importMinutesFile(bytes, 'referat.pdf');
    if (!r.ok) throw new Error(r.message);
    return r;
  },
  extract: () => extractMinutesText(bytes, 'referat.pdf'),
  parse: () => parseMinutes(text, { fileName: 'referat.pdf' }),
};
// The first import loads pdf.js; then one warm-up each, and the runs taken in turn so that
// whatever else the machine does falls on all three alike.
let started = performance.now();
const result = await runs.import();
const firstImport = performance.now() - started;
for (const run of Object.values(runs)) await run();
const times: Record<keyof typeof runs, number[]> = { import: [], extract: [], parse: [] };
for (let i = 0; i < RUNS; i++) {
  for (const [name, run] of Object.entries(runs) as [keyof typeof runs, () => unknown][]) {
    started = performance.now();
    await run();
    times[name].push(performance.now() - started);
  }
}
const whole = median(times.import);
const extractOnly = median(times.extract);
const parseOnly = median(times.parse);

const ms = (n: number) => `${n.toFixed(1)} ms`;
console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}`);
console.log(
  `PDF: ${pages} pages, ${(bytes.byteLength / 1024).toFixed(0)} KB, ${text.length.toLocaleString('en')} characters of text, ${result.minutes.items.length} items, ${result.minutes.participants.length} participants`,
);
console.log(`import (extract + parse), median of ${RUNS}: ${ms(whole)}   (first import, loading pdf.js: ${ms(firstImport)})`);
console.log(`  extract only (pdf.js + page hygiene): ${ms(extractOnly)}`);
console.log(`  parse only (parseMinutes on the text): ${ms(parseOnly)}`);
console.log(`ratio import / parse: ${(whole / parseOnly).toFixed(1)}×`);
