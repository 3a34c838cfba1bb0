/*
 * The seed minutes as TXT, and converted to DOCX (Word numbering and bullets) and to PDF (a
 * running header, "Side N af M", hard-wrapped lines with end-of-line hyphenation).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractMinutesText } from './extract/extract.ts';
import { blocksFromText } from './fixtures/blocks.ts';
import { makeDocx } from './fixtures/docx.ts';
import { makePdf } from './fixtures/pdf.ts';
import { hasSeeds, seed } from './fixtures/seeds.ts';
import { parseMinutes } from './parse.ts';
import type { ImportedMinutes } from './types.ts';

type Variant = 'txt' | 'docx' | 'pdf';

async function variant(prefix: string, kind: Variant): Promise<{ minutes: ImportedMinutes; text: string }> {
  const { text } = seed(prefix);
  if (kind === 'txt') return { minutes: parseMinutes(text, { fileName: `${prefix}.txt` }), text };
  const blocks = blocksFromText(text);
  const bytes =
    kind === 'docx'
      ? await makeDocx(blocks, { autoNumber: true, boldHeadings: prefix === '000' })
      : await makePdf(blocks, { header: 'Referat – Styringsdialog 2021' });
  const extracted = await extractMinutesText(bytes, `${prefix}.${kind}`);
  if (!extracted.ok) throw new Error(extracted.message);
  expect(extracted.kind).toBe(kind);
  return { minutes: parseMinutes(extracted.text, { fileName: `${prefix}.${kind}` }), text: extracted.text };
}

const person = (minutes: ImportedMinutes, name: string) => minutes.participants.find((p) => p.name === name);

describe.skipIf(!hasSeeds).each(['txt', 'docx', 'pdf'] as Variant[])('seed minutes as %s', (kind) => {
  describe('000: bilateral dialogue meeting, Hillerød', () => {
    let m: ImportedMinutes;
    beforeAll(async () => {
      m = (await variant('000', kind)).minutes;
    });

    it('reads the participants per side with their titles', () => {
      expect(m.participants).toHaveLength(8);
      expect(person(m, 'Lena Andersen')).toEqual({ name: 'Lena Andersen', title: 'formand', side: 'organisation' });
      expect(person(m, 'Christian Fries')).toEqual({ name: 'Christian Fries', title: 'forretningsfører', side: 'organisation' });
      expect(person(m, 'Tina Lyhne')).toEqual({ name: 'Tina Lyhne', title: 'Borger- og Socialchef', side: 'municipality' });
      expect(person(m, 'Stine Bøgebjerg Hansen')).toMatchObject({ title: 'Souschef Ældre og Sundhed', side: 'municipality' });
      expect(m.absent).toEqual([]);
    });

    it('finds the municipality and the organisations', () => {
      expect(m.municipality).toBe('Hillerød Kommune');
      expect(m.organisations).toEqual(expect.arrayContaining(['Hillerød Almennyttige Boligselskab', 'Boligkontoret Danmark']));
      expect(m.date).toBeNull();
      expect(m.title).toMatch(/styringsdialog/i);
    });

    it('reads unnumbered headings as items', () => {
      expect(m.items.map((i) => [i.number, i.title])).toEqual([
        [null, 'Udbygning af samarbejdet om ældreboliger'],
        [null, 'Procedure for ind- og udflytning i plejeboliger'],
        [null, 'Orientering fra det specialiserede voksenområde'],
        [null, 'Drøftelse af samarbejdsaftale for det specialiserede voksenområde'],
        [null, 'Ved ledige boliger vil kommunen gerne kontaktes'],
        [null, 'Status på etablering af "Rød Blok'],
        [null, 'Røde afdelinger i 3 år'],
        [null, 'Eventuelt'],
      ]);
    });

    it('joins wrapped lines into paragraphs and keeps bullets on their own lines', () => {
      expect(m.items[0].text).toBe(
        [
          'Kommunen orienterede om, at man i et samarbejde med en boligorganisation har undersøgt muligheder for udvikling af brugen af ældreboliger, så borgere kan blive længere i eget hjem.',
          'Boligselskabet tilkendegav, at de i udgangspunktet synes, at en sådan udvikling af brugen af ældreboliger og ældreegnede boliger er en god ide, men at man skal være tydelig i forhold til beboerne om, hvad de kan forvente af service i sådanne boliger, idet boligselskabets erfaringer fra andre kommuner har vist, at beboerne kan have en høj forventning til servicen også i forhold til boligselskabet.',
        ].join('\n\n'),
      );
      expect(m.items[3].text).toContain(
        'at tilbyde:\n- Én mailadresse til alle henvendelser vedr. fogedsager, bekymringer mv.\n- Tættere og mere opsøgende kontakt',
      );
      expect(m.items[2].text).toContain('4.500 og 6.500 kr.');
    });

    it('finds an action', () => {
      expect(m.items[2].actions).toContainEqual({
        text: 'Kommunen vil udarbejde en arbejdsgangsbeskrivelse, hvor kommunens henholdsvis boligselskabets roller i forhold til udnyttelsen af denne pulje beskrives.',
        responsible: 'Kommunen',
        due: null,
      });
    });
  });

  describe('002: formal council minutes, Helsingør', () => {
    let m: ImportedMinutes;
    beforeAll(async () => {
      m = (await variant('002', kind)).minutes;
    });

    it('reads the header', () => {
      expect(m.date).toBe('2021-04-07');
      expect(m.place).toBe('Stengade 72, Til gården');
      expect(m.municipality).toBe('Helsingør Kommune');
      if (kind !== 'pdf') expect(m.title).toBe('Referat – Rådet for Almene Boligforhold d. 07-04-2021');
    });

    it('reads participants and the absent', () => {
      expect(m.participants.map((p) => p.name)).toEqual([
        'Palle Wørmann',
        'Kristina Kongsted',
        'Mette Lene Jensen',
        'Lene Lindberg',
        'Anje Holmstad',
      ]);
      expect(m.absent).toEqual([{ name: 'Lisbeth Læssøe', title: null, side: null }]);
    });

    it('reads "Punkt N:" items, not the table of contents nor "Ad 1:" sections', () => {
      expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
      expect(m.items[0].title).toBe('Godkendelse af dagsorden');
      expect(m.items[1].title).toBe(
        'Orientering om Byrådets beslutning: Plan for strategiske indsatser på almenboligområdet de kommende år',
      );
      expect(m.items[2].title).toBe('Beslutning: Ny organisering på almenboligområdet');
      expect(m.items[3].title).toBe('Eventuelt');
      expect(m.items[1].text).toContain('Ad 1: Fireårige rammeudbud for nybyggeri af almene boliger');
      expect(m.items[1].text.startsWith('20/25312\n\nSagen afgøres i:\n\nByrådet 2018-2021')).toBe(true);
      expect(m.items.map((i) => i.text).join('\n')).not.toMatch(/\.{4}/);
    });

    it('reads the decisions of each body', () => {
      expect(m.items[0].decisions).toEqual(['Dagsordenen blev godkendt.']);
      expect(m.items[0].text).toContain('Administrationen anbefaler at dagsordenen godkendes.');
      expect(m.items[1].decisions).toEqual(
        expect.arrayContaining([
          'Orientering foretaget.',
          'Forslaget blev forkastet med 8 stemmer mod 1 (O).',
          'Ad 3-5: Indstillingerne godkendt.',
        ]),
      );
      expect(m.items[1].decisions).not.toContain('Byrådet vedtog i august 2019 Helsingør Kommunes Bosætnings- og boligpolitik.');
      expect(m.items[2].decisions).toContain('Sagen udsat på supplerende oplysninger.');
      expect(m.items[3].decisions).toEqual(['Der var ingen bemærkninger under dette punkt.']);
    });
  });

  describe('003: Lejerbo, Næstved', () => {
    let m: ImportedMinutes;
    beforeAll(async () => {
      m = (await variant('003', kind)).minutes;
    });

    it('reads numbered items', () => {
      expect(m.items.map((i) => [i.number, i.title])).toEqual([
        ['1', 'Opfølgning på aftaledokument fra 2020'],
        ['2', 'Dokumentationspakken'],
        ['3', 'Fremtidsdrøftelser'],
        [
          '4',
          'Hvordan kommunen kan hjælpe beboerne/Lejerbo i forbindelse med de forskellige byggesager (genhusning og omfattende indvendig renovering)',
        ],
        ['5', 'Opfølgning på gamle udlejningsaftaler'],
        ['6', 'Henvendelse fra Grøn Omstilling, Agenda 21 og Klimarådet'],
        ['7', 'Udarbejdelse af aftaledokument'],
        ['8', 'Eventuelt'],
      ]);
    });

    it('keeps bullets and nested bullets', () => {
      expect(m.items[0].text).toContain(
        '- Udvikling af samarbejdet mellem Kommune og boligselskab på det sociale plan.\n  - På sidste dialogmøde, blev det aftalt, at daværende centerchef fra Børn & Unge, skulle nedsætte en enhed',
      );
      expect(m.items[6].text).toBe(
        '- Kommunalanvisning og samarbejde hertil\n- Social vicevært\n- Fokus på biodiversitet i afdelingerne\n- Fokus på Effektivisering',
      );
      expect(m.items[1].text).toContain(
        '- Drift og vedligeholdelsesplanerne er udarbejdet for 30 år. Planerne har været på afdelingsmøderne og er godkendt.',
      );
      expect(m.items[0].text).toContain('der skal tages afdelings-hensyn, når');
    });

    it('finds the decision and the actions with who is responsible', () => {
      const item = m.items[3];
      expect(item.decisions).toEqual([
        'Det aftales, at Jette løfter opgaven videre omkring social vicevært til teamleder og ny centerchef Daniel Gottrup for Børn & Unge.',
      ]);
      expect(item.actions.map((a) => a.responsible)).toEqual(['Jette', 'Tilsynet']);
      expect(item.actions[0].text).toContain('Jette løfter opgaven videre');
      expect(m.items[0].decisions).toEqual([]);
    });

    it('finds the organisation and the municipality', () => {
      expect(m.organisations).toEqual(['Lejerbo']);
      expect(m.municipality).toBe('Næstved Kommune');
      expect(m.date).toBeNull();
      expect(m.participants).toEqual([]);
    });
  });
});

describe.skipIf(!hasSeeds)('seed minutes as PDF', () => {
  it('has hyphenated line ends, a running header and page numbers, which the text no longer has', async () => {
    const blocks = blocksFromText(seed('002').text);
    const bytes = await makePdf(blocks, { header: 'Referat – Styringsdialog 2021' });
    const extracted = await extractMinutesText(bytes, 'referat.pdf');
    if (!extracted.ok) throw new Error(extracted.message);
    expect(extracted.pages).toBeGreaterThan(5);
    expect(extracted.text.match(/\p{Ll}-\n\p{Ll}/gu)?.length).toBeGreaterThan(10);
    expect(extracted.text).not.toMatch(/Side \d+ af \d+/);
    expect(extracted.text.match(/Referat – Styringsdialog 2021/g)).toHaveLength(1);
    // The same text as from the TXT, but for an HTML list left in the seed that the PDF wraps differently.
    // Blank lines aside: a table in the seed has lost its shape in both.
    const cut = (t: string) => t.replace(/Per Korup-Lauridsen orienterede[^]*?Fraværende:/, '').replace(/\n+/g, '\n');
    const txt = parseMinutes(seed('002').text);
    const pdf = parseMinutes(extracted.text);
    expect(pdf.items.map((i) => cut(i.text))).toEqual(txt.items.map((i) => cut(i.text)));
  });
});
