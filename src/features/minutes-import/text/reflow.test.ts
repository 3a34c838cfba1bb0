import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.ts';
import { renderLines, toLines } from './reflow.ts';

const text = (input: string) => renderLines(toLines(input));

const WRAPPED = [
  'Kommunen orienterede om, at man i et samarbejde med en boligorganisation har',
  'undersøgt muligheder for udvikling af brugen af ældreboliger, så borgere kan blive',
  'længere i eget hjem. Boligselskabet tilkendegav, at de i udgangspunktet synes, at en',
  'sådan udvikling er en god ide, men at man skal være tydelig i forhold til bolig-',
  'afdelingen og beboerne om vedlige-',
  'holdelse af det nye IT-',
  'system og flere P-',
  'pladser til el-',
  'biler i perioden 2021-',
  '2024. Tina Lyhne, Borger-',
  'og Socialchef, deltog. Et forslag fra Lejerbo-',
  'Afdelingen blev drøftet.',
].join('\n');

describe('reflow of wrapped lines', () => {
  it('joins wrapped lines and end-of-line hyphenation, keeping real hyphens', () => {
    expect(text(WRAPPED)).toBe(
      'Kommunen orienterede om, at man i et samarbejde med en boligorganisation har undersøgt muligheder for udvikling af brugen af ældreboliger, så borgere kan blive længere i eget hjem. ' +
        'Boligselskabet tilkendegav, at de i udgangspunktet synes, at en sådan udvikling er en god ide, men at man skal være tydelig i forhold til boligafdelingen og beboerne om vedligeholdelse af det nye IT-system ' +
        'og flere P-pladser til el-biler i perioden 2021-2024. Tina Lyhne, Borger- og Socialchef, deltog. Et forslag fra Lejerbo-Afdelingen blev drøftet.',
    );
  });

  it('keeps a "Sagsnr.:" line after an item title that filled the line', () => {
    const input = [
      'Kommunen har som tilsynsmyndighed gennemført styringsdialogmøder med alle',
      'almene boligorganisationer i kommunen, og møderne er afholdt i perioden',
      'august til oktober 2022 med deltagelse af både bestyrelser og administration',
      'samt repræsentanter for kommunens forvaltninger og en række andre parter.',
      '',
      '2. Styringsdialog 2022 med de almene boligorganisationer og administratorerne',
      'Sagsnr.: 03.00.00-P20-4-22',
    ].join('\n');
    expect(text(input)).toMatch(
      /\n2\. Styringsdialog 2022 med de almene boligorganisationer og administratorerne\n+Sagsnr\.: 03\.00\.00-P20-4-22$/,
    );
  });

  it('joins a line cut after a preposition even where the text is too short to measure its wrap', () => {
    expect(text('Punkt 3 – Udlejning\nNina Lau gennemgik arbejdet med fleksibel udlejning i\nTingbjerg.\n\nAftaler og opfølgning')).toBe(
      'Punkt 3 – Udlejning\n\nNina Lau gennemgik arbejdet med fleksibel udlejning i Tingbjerg.\n\nAftaler og opfølgning',
    );
  });

  it('keeps a council\'s "Beslutning i … den …" heading off the line before it', () => {
    const input = [
      'Boligselskabet Sydbo har søgt om godkendelse af skema B for 24 familie-',
      'boliger på Bredballe Strandvej. Anskaffelsessummen er 52,4 mio. kr. og',
      'den kommunale grundkapital udgør 10 pct. af anskaffelsessummen, svarende',
      'til 5,24 mio. kr. Direktøren indstiller, at skema B godkendes straks.',
      'Beslutning i Teknisk Udvalg den 14. november 2022',
      'Anbefales.',
    ].join('\n');
    expect(text(input)).toMatch(/godkendes straks\.\n+Beslutning i Teknisk Udvalg den 14\. november 2022\n+Anbefales\.$/);
  });

  it('joins a line that closes a parenthesis left open on the line before', () => {
    expect(text('Afbud: Thomas Lund (Randers Boligforening af 1940), Gitte Poulsen (Randers\nKommune)\n\nDagsorden:')).toBe(
      'Afbud: Thomas Lund (Randers Boligforening af 1940), Gitte Poulsen (Randers Kommune)\n\nDagsorden:',
    );
  });

  it('keeps headings, bullets and numbered entries on their own lines', () => {
    const input = [
      'Udbygning af samarbejdet om ældreboliger',
      'Kommunen orienterede om, at man i et samarbejde med en boligorganisation har undersøgt muligheder for',
      'udvikling af ældreboliger. Der blev drøftet følgende:',
      '• Én mailadresse til alle henvendelser vedr. fogedsager, bekymringer mv. og meget andet som skal',
      'behandles hurtigt.',
      'o Tættere kontakt til udsatte borgere i egen bolig.',
      '▪ Personlig henvendelse ved restancer.',
      '',
      '1. Fireårige rammeudbud for nybyggeri af almene boliger fra og med 2021 og andre indsatser i kommunen',
      '2. Modvirke dannelse af nye udsatte boligområder i kommunen, som beskrevet tidligere i sagen her.',
    ].join('\n');
    expect(text(input)).toBe(
      [
        'Udbygning af samarbejdet om ældreboliger',
        '',
        'Kommunen orienterede om, at man i et samarbejde med en boligorganisation har undersøgt muligheder for udvikling af ældreboliger. Der blev drøftet følgende:',
        '- Én mailadresse til alle henvendelser vedr. fogedsager, bekymringer mv. og meget andet som skal behandles hurtigt.',
        '  - Tættere kontakt til udsatte borgere i egen bolig.',
        '  - Personlig henvendelse ved restancer.',
        '',
        '1. Fireårige rammeudbud for nybyggeri af almene boliger fra og med 2021 og andre indsatser i kommunen',
        '2. Modvirke dannelse af nye udsatte boligområder i kommunen, som beskrevet tidligere i sagen her.',
      ].join('\n'),
    );
  });

  it('reads double-spaced text (an empty line after every line) as paragraphs', () => {
    const input = [
      'Boligselskabet tilkendegav, at et sådant samarbejde talte ind i boligselskabets ',
      '',
      'boligsociale ansvarsfølelse, og at de ser et sådan samarbejde som en styrke. ',
      '',
      'Samtidig oplyste boligselskabet, at de har et projekt i forhold til at forhindre ',
      '',
      'udsættelser i deres boliger. ',
      '',
      ' ',
      '',
      'På styringsdialogmøder sidste år orienterede kommunen om, at kommunen har ',
      '',
      'søgt og fået del i puljen til midlertidigt tilskud til nedsættelse af huslejen i 10 ',
      '',
      'almene familieboliger. ',
      '',
    ].join('\n');
    expect(text(input)).toBe(
      'Boligselskabet tilkendegav, at et sådant samarbejde talte ind i boligselskabets boligsociale ansvarsfølelse, og at de ser et sådan samarbejde som en styrke. Samtidig oplyste boligselskabet, at de har et projekt i forhold til at forhindre udsættelser i deres boliger.' +
        '\n\nPå styringsdialogmøder sidste år orienterede kommunen om, at kommunen har søgt og fået del i puljen til midlertidigt tilskud til nedsættelse af huslejen i 10 almene familieboliger.',
    );
  });

  // A LibreOffice PDF of the Hillerød minutes: the list lines are long enough to pass for wrapped text.
  const PROSE = [
    'Boligselskabet tilkendegav, at et sådant samarbejde talte ind i boligselskabets',
    'boligsociale ansvarsfølelse, og at de ser et sådan samarbejde som en styrke.',
    'Samtidig oplyste boligselskabet, at de har et projekt i forhold til at forhindre',
    'udsættelser i deres boliger. De har en medarbejder, der går ud og banker på hos',
    'de beboere, der er udsætningstruede, og tilbyder hjælp til bl.a. at få lagt et',
    'budget. I forhold til denne pulje oplyste Lars Olsen om, at vilkårene er ændret.',
  ].join('\n');

  it.each([
    ['Name, title', 'Christian Fries, forretningsfører, Boligkontoret Danmark', 'Stephanie Kelmann, chefkonsulent, Boligkontoret Danmark'],
    [
      'Name – title',
      'Christian Fries – forretningsfører, Boligkontoret Danmark, Hillerød',
      'Stephanie Kelmann – chefkonsulent, Boligkontoret Danmark, Hillerød',
    ],
    [
      'Name (title)',
      'Christian Fries (forretningsfører, Boligkontoret Danmark, Hillerød)',
      'Stephanie Kelmann (chefkonsulent, Boligkontoret Danmark, Hillerød)',
    ],
  ])('keeps a list of people in wrapped text one person a line (%s)', (_, first, second) => {
    const input = `Repræsentanter fra boligselskabet:\n\nLena Andersen, formand\n${first}\n${second}\n\n${PROSE}`;
    expect(text(input).split('\n\n').slice(0, 4)).toEqual(['Repræsentanter fra boligselskabet:', 'Lena Andersen, formand', first, second]);
  });

  it('still joins a list of names wrapped over two lines', () => {
    expect(
      text(
        `Mødedeltagere Palle Wørmann, Kristina Kongsted, Lisbeth Læssøe (Fravær), Mette\nLene Jensen, Lene Lindberg, Anje Holmstad\n\n${PROSE}`,
      ),
    ).toMatch(
      /^Mødedeltagere Palle Wørmann, Kristina Kongsted, Lisbeth Læssøe \(Fravær\), Mette Lene Jensen, Lene Lindberg, Anje Holmstad\n\n/,
    );
  });

  it('still joins a wrapped sentence whose next line starts with a name', () => {
    const input = `${PROSE}\n\nMødet blev ledet af formanden for afdelingsbestyrelsen i Rødebakken, som er\nLena Andersen, formand, der bød velkommen til alle fra kommunen og selskabet.`;
    expect(text(input)).toMatch(/Rødebakken, som er Lena Andersen, formand, der bød velkommen til alle fra kommunen og selskabet\.$/);
  });

  it('joins a line the wrap started with a dash and a conjunction, and keeps dash bullets after a colon', () => {
    const input = `${PROSE}\n\nPolitikerne prioriterer boligbehovet for den kommende fire årige periode\n– og afsætte en budgetramme til formålet.\n\nFokus:\n– og-regler for udlejning\n– udlejning`;
    expect(text(input)).toMatch(
      /fire årige periode – og afsætte en budgetramme til formålet\.\n\nFokus:\n- og-regler for udlejning\n- udlejning$/,
    );
  });

  it('drops Markdown emphasis that the wrap split over two lines, and keeps a footnote mark', () => {
    const input = `${PROSE}\n\nDe to visionsmål fra Vision 2030 "*Vi udvikler levende bysamfund med aktive rum\nog udfoldelsesmuligheder*" er udgangspunkt for boligbehovet* i de strategiske indsatser.`;
    expect(text(input)).toMatch(
      /"Vi udvikler levende bysamfund med aktive rum og udfoldelsesmuligheder" er udgangspunkt for boligbehovet\* i de/,
    );
  });

  it('leaves paragraphs that are one line each as they are', () => {
    const input =
      'Sagen afgøres i:\n\nByrådet 2018-2021\n\nIndledning\n\nByrådet vedtog i august 2019 Helsingør Kommunes Bosætnings- og boligpolitik, der er en lang sætning om mange ting og sager i kommunen og som bliver ved.\n\n20/25312';
    expect(text(input)).toBe(input);
  });
});

describe('cleaning extracted text', () => {
  it('drops tables of contents, page numbers and markup', () => {
    const lines = cleanText(
      [
        'Indholdsfortegnelse',
        'Godkendelse af dagsorden.....\t3',
        'Eventuelt.....\t19',
        'Side 3 af 12',
        '- 4 -',
        '<p>1: Bosætnings- og boligpolitikken</p><p>Fem <i>strategiske</i> indsatser:</p>',
        '**Vigtigt** og *fremhævet*',
        '|---|---|',
        '| Møder | 2 årlige møder |',
      ].join('\n'),
    )
      .filter((l) => !l.blank)
      .map((l) => l.text);
    expect(lines).toEqual([
      '1: Bosætnings- og boligpolitikken',
      'Fem strategiske indsatser:',
      'Vigtigt og fremhævet',
      'Møder | 2 årlige møder',
    ]);
  });

  it("drops a PDF's table of contents with spaces before the page numbers and titles over two lines", () => {
    const lines = cleanText(
      [
        'Indhold',
        '',
        '1. Opfølgning på aftaledokument fra 2020    2',
        '4. Hvordan kommunen kan hjælpe beboerne i forbindelse med de forskellige    3',
        'byggesager (genhusning)',
        '5. Opfølgning på gamle udlejningsaftaler    4',
        '7. Orientering om Byrådets beslutning om almenboligområdet 4',
        '1. Opfølgning på aftaledokument fra 2020',
        'Status på aftalerne.',
      ].join('\n'),
    );
    expect(lines.filter((l) => !l.blank).map((l) => l.text)).toEqual(['1. Opfølgning på aftaledokument fra 2020', 'Status på aftalerne.']);
  });

  it('keeps a table whose last column holds numbers when no "Indhold" heading stands above it', () => {
    const lines = cleanText('Afdeling    Boliger\nAgerhønevej    48\nManøvej    120');
    expect(lines.map((l) => l.text)).toEqual(['Afdeling | Boliger', 'Agerhønevej | 48', 'Manøvej | 120']);
  });

  it('writes ligatures as letters', () => {
    expect(cleanText('\ufb01nansiering og \ufb02ytning')[0].text).toBe('finansiering og flytning');
  });

  it('reads bullet glyphs as levels', () => {
    const lines = cleanText(['- a', '• b', '\uf0b7 c', 'o d', '▪ e', '* f', '– g', '   - h', 'og i', '- ▶ j'].join('\n'));
    expect(lines.map((l) => [l.bullet, l.text])).toEqual([
      [1, 'a'],
      [1, 'b'],
      [1, 'c'],
      [2, 'd'],
      [2, 'e'],
      [1, 'f'],
      [1, 'g'],
      [2, 'h'],
      [0, 'og i'],
      [1, 'j'],
    ]);
  });
});
