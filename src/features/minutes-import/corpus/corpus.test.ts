/*
 * The minutes corpus (issue 15): 31 minutes written in published layouts and 8 raw published texts as TXT, DOCX and PDF, each scored
 * against its hand-made expected result (score.ts). Fails when a format's mean score drops below
 * the floor recorded in BENCHMARKS.md, when a file's coverage of its words drops under 99 %, or
 * when a file with a date and a list of names is refused.
 *
 * Removed on purpose, so not counted as lost: the word before an item's number ("Punkt", "Ad",
 * "Sag nr.", coverage.ts), a table of contents (listed per file under "removed"), and the PDFs'
 * running header and "Side N af M" (not in the TXT the words are taken from).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMATS, loadCorpus, type Format } from './load.ts';
import { mean, runCorpus, type Result } from './run.ts';

/** The recorded floors (BENCHMARKS.md, "The minutes corpus"); raise them when the reader gets better. */
const FLOOR: Record<Format, number> = { txt: 0.985, docx: 0.985, pdf: 0.98 };
/** The same for the raw published texts (page numbers, web-page chrome; "raw" in the expected JSON). */
const RAW_FLOOR: Record<Format, number> = { txt: 0.97, docx: 0.97, pdf: 0.89 };
const MIN_COVERAGE = 0.99;

describe('the minutes corpus', () => {
  it('has at least 30 files, each with its expected result', () => {
    const files = loadCorpus();
    expect(files.length).toBeGreaterThanOrEqual(30);
    for (const f of files) expect(f.expected.items.length, f.name).toBeGreaterThan(0);
  });

  describe.each(FORMATS)('as %s', (format) => {
    let results: Result[];
    beforeAll(async () => {
      results = await runCorpus([format]);
    }, 120_000);

    it('refuses no file that has a date and a list of names', () => {
      const files = new Map(loadCorpus().map((f) => [f.name, f.expected]));
      const refused = results.filter((r) => {
        const e = files.get(r.name)!;
        return r.refused && (e.date || e.participants.length);
      });
      expect(refused.map((r) => `${r.name}: ${r.refused}`)).toEqual([]);
    });

    it(`keeps ${MIN_COVERAGE * 100} % of every file's words`, () => {
      const poor = results
        .filter((r) => r.score.coverage < MIN_COVERAGE)
        .map((r) => `${r.name}: ${(r.score.coverage * 100).toFixed(1)} %, lost ${r.score.lost.slice(0, 20).join(' ')}`);
      expect(poor).toEqual([]);
    });

    it(`scores at least ${FLOOR[format]} on average on the files written in published layouts`, () => {
      expect(mean(results, format, 'total', false)).toBeGreaterThanOrEqual(FLOOR[format]);
    });

    it(`scores at least ${RAW_FLOOR[format]} on average on the raw published texts`, () => {
      expect(mean(results, format, 'total', true)).toBeGreaterThanOrEqual(RAW_FLOOR[format]);
    });
  });
});
