import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS_DIR } from '../../src/features/minutes-import/fixtures/seeds.ts';
import type { Random } from './random.ts';

/*
 * Danish prose for generated minutes and agreements: a word-pair (Markov) chain over the real
 * minutes of the seeds (src/demo/seeds, or SEEDS_DIR), so the words, their forms and their frequencies are those of real
 * minutes, and every generated text differs (full-text search finds some texts, not all or none).
 */

/*
 * The seeds are three meetings: the guide's words for the themes (STYRINGSDIALOG.md section 9) are
 * rare in them, so some sentences are these, as a case worker writes them.
 */
const THEME_SENTENCES = [
  'Afdelingens vedligeholdelse følger den langsigtede vedligeholdelsesplan, og henlæggelserne hæves fra næste år.',
  'Fraflytningen er faldet, men tomgangen i ungdomsboligerne giver stadig et lejetab.',
  'Boligorganisationen redegjorde for effektiviteten i administrationen og for udviklingen i driftsudgifterne.',
  'Dispositionsfonden kan ikke dække udgifterne til helhedsplanen uden støtte fra Landsbyggefonden.',
  'Kommunen anviser hver fjerde ledige familiebolig, og ventelisten er uændret.',
  'Parterne drøftede energirenovering af afdelingen og konsekvenserne for huslejen.',
  'Beboerdemokratiet i afdelingen er styrket, og afdelingsbestyrelsen deltager i det boligsociale arbejde.',
  'Udlejningsaftalen om fleksibel udlejning evalueres, inden den forlænges.',
  'Tilsynet bemærker, at regnskabet er godkendt uden forbehold fra revisionen.',
  'Den boligsociale indsats videreføres i samarbejde med skolerne og fritidsklubberne.',
  'Klimatilpasning og grønne arealer indgår i den fysiske helhedsplan.',
  'Ældreboligerne tilpasses beboere med handicap, og der etableres elevatorer.',
];

export class Prose {
  private readonly next = new Map<string, string[]>();
  private readonly starts: string[] = [];

  constructor() {
    const text = readdirSync(SEEDS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'))
      .join('\n')
      .replace(/<[^>]+>|[*_]/g, '')
      .replace(/^\s*[-•]\s*/gm, '');
    // Sentences of at least five words, without the tables of contents' dot leaders and numbers.
    for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
      const words = sentence
        .replace(/\.{2,}|\t/g, ' ')
        .trim()
        .split(/\s+/)
        .filter(Boolean);
      if (words.length < 5 || words.some((w) => /^\d+[/-]\d+/.test(w))) continue;
      this.starts.push(words[0]);
      for (let i = 0; i < words.length; i++) {
        const key = words[i].toLowerCase();
        const after = this.next.get(key) ?? [];
        after.push(words[i + 1] ?? '.');
        this.next.set(key, after);
      }
    }
  }

  /** One sentence of 6–30 words, ending with a full stop. */
  sentence(r: Random): string {
    if (r.chance(0.15)) return r.pick(THEME_SENTENCES);
    const words = [r.pick(this.starts)];
    while (words.length < 30) {
      const after = this.next.get(words.at(-1)!.toLowerCase());
      const word = after ? r.pick(after) : '.';
      if (word === '.' || /[.!?]$/.test(word)) {
        if (word !== '.') words.push(word);
        if (words.length >= 6) break;
        words.push(r.pick(this.starts).toLowerCase());
        continue;
      }
      words.push(word);
    }
    const joined = words.join(' ').replace(/[,;:]$/, '');
    const s = joined.charAt(0).toUpperCase() + joined.slice(1);
    return /[.!?]$/.test(s) ? s : `${s}.`;
  }

  /** A paragraph of `min`–`max` sentences. */
  paragraph(r: Random, min: number, max: number): string {
    return Array.from({ length: r.int(min, max) }, () => this.sentence(r)).join(' ');
  }

  /** A title: the first few words of a sentence. */
  title(r: Random): string {
    const words = this.sentence(r)
      .replace(/[.!?]$/, '')
      .split(' ');
    return words
      .slice(0, r.int(3, 7))
      .join(' ')
      .replace(/[,;:]$/, '');
  }
}
