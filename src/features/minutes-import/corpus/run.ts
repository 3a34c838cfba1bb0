/*
 * Reads the whole corpus in every format and scores it (score.ts): what corpus.test.ts checks,
 * and what `node bin/run-ts.js src/features/minutes-import/corpus/run.ts [--files]` prints.
 * With --files it also writes the DOCX and PDF versions to .tmp/minutes-corpus/ for reading by hand.
 */
import { importMinutesFile } from '../import-file.ts';
import { bytesOf, FORMATS, loadCorpus, type Format } from './load.ts';
import { scoreMinutes, type Score } from './score.ts';

export type Result = { name: string; format: Format; score: Score; refused: string | null; raw: boolean };

export async function runCorpus(formats: readonly Format[] = FORMATS): Promise<Result[]> {
  const results: Result[] = [];
  const files = loadCorpus();
  for (const format of formats) {
    for (const [index, file] of files.entries()) {
      const bytes = await bytesOf(file, format, index);
      const r = await importMinutesFile(bytes, `${file.name}.${format}`);
      results.push({
        name: file.name,
        format,
        score: scoreMinutes(file.expected, r.ok ? r.minutes : null, file.text),
        refused: r.ok ? null : r.message,
        raw: !!file.expected.raw,
      });
    }
  }
  return results;
}

/** The mean over a format's files; `raw`: only the raw published texts (true) or only the others (false). */
export function mean(results: Result[], format: Format, part: keyof Score = 'total', raw?: boolean): number {
  const of = results.filter((r) => r.format === format && (raw === undefined || r.raw === raw));
  return of.reduce((s, r) => s + (r.score[part] as number), 0) / of.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { writeFile, mkdir } = await import('node:fs/promises');
  const results = await runCorpus();
  const pct = (n: number) => n.toFixed(2);
  for (const r of results.filter((x) => x.format === 'txt' || process.argv.includes('--all'))) {
    const s = r.score;
    console.log(
      `${r.format} ${r.name.padEnd(38)} ${pct(s.total)}  date ${s.date} title ${pct(s.title)} parties ${pct(s.parties)} items ${pct(s.items)} sub ${pct(s.subItems)} dec ${pct(s.decisions)} act ${pct(s.actions)} ppl ${pct(s.participants)} cov ${pct(s.coverage)}${r.refused ? ` REFUSED: ${r.refused}` : ''}${s.coverage < 0.99 ? ` lost: ${s.lost.slice(0, 12).join(' ')}` : ''}`,
    );
  }
  for (const f of FORMATS)
    console.log(
      `${f}: mean ${pct(mean(results, f))} (layouts ${pct(mean(results, f, 'total', false))}, raw ${pct(mean(results, f, 'total', true))}), lowest coverage ${pct(Math.min(...results.filter((r) => r.format === f).map((r) => r.score.coverage)))}`,
    );
  if (process.argv.includes('--files')) {
    const out = new URL('../../../../.tmp/minutes-corpus/', import.meta.url);
    await mkdir(out, { recursive: true });
    for (const [i, file] of loadCorpus().entries())
      for (const f of ['docx', 'pdf'] as const) await writeFile(new URL(`${file.name}.${f}`, out), await bytesOf(file, f, i));
  }
}
