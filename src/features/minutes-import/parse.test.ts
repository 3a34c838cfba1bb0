/** parseMinutes on minutes written in other ways than the seeds: labels, sides, sub-items, tables, agendas. */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from './parse.ts';

const GLADSAXE = `Referat af styringsdialogmøde mellem Gladsaxe Kommune og AKB, Gladsaxe

Dato: Tirsdag den 14. marts 2023 kl. 13.00-15.00
Sted: Gladsaxe Rådhus, mødelokale 3

Deltagere:
Fra boligorganisationen: Jens Hansen (formand), Mette Olsen (forretningsfører, KAB)
Fra kommunen: Lise Berg (afdelingsleder), Peter Nielsen (konsulent)

Afbud: Anne Sørensen (næstformand)

Referent: Peter Nielsen

Dagsorden
1. Godkendelse af dagsorden
2. Opfølgning på sidste års aftaler
3. Dokumentationspakken
4. Eventuelt

1. Godkendelse af dagsorden
Dagsordenen blev godkendt.

2. Opfølgning på sidste års aftaler
Boligorganisationen orienterede om status på energirenoveringen i afd. 12. Arbejdet
forventes afsluttet i 2024.
Det blev aftalt, at KAB sender en status på helhedsplanen senest 1. juni 2023.

3. Dokumentationspakken
a) Økonomi
Afdelingerne har generelt en sund økonomi, men afd. 7 har haft underskud i to år.
b) Vedligeholdelse
Der er udfordringer med vedligeholdelsen af tagene i afd. 3.
Handling: Kommunen undersøger mulighederne for tilskud fra Landsbyggefonden.
Ansvarlig: Lise Berg
Frist: 15/8-2023

4. Eventuelt
Intet.
`;

const ROSKILDE = `MØDEREFERAT

Styringsdialog 2022 – Boligselskabet Sjælland og Roskilde Kommune
Mødet blev afholdt den 3. november 2022 på Roskilde Rådhus.

Til stede:
Roskilde Kommune: Birgitte Jensen, centerchef; Kasper Holm, tilsynsførende
Boligselskabet Sjælland: Ole Madsen, direktør; Susanne Lund, økonomichef
Gæster: Karin Friis, BL

Pkt. 1 Velkomst og præsentation
Birgitte Jensen bød velkommen.

Pkt. 2 Status for boligorganisationen
Ole Madsen gennemgik status:
• Der er 2.300 boliger i 14 afdelinger.
• Venteliste på gennemsnitligt 4 år.

Konklusion: Kommunen tager orienteringen til efterretning.

Pkt. 3 Udlejningsaftale
Den nuværende aftale om fleksibel udlejning udløber 31.12.2022. Parterne er enige om at forlænge
aftalen med to år. Kasper Holm udarbejder udkast til ny aftale inden 1. december.
`;

const SLAGELSE = `Referat
Styringsdialogmøde med Lejerbo, Slagelse

Tid: 14. juni 2022, kl. 9.00-11.00  Sted: Lejerbo, Jernbanegade 4
Deltagere: Anna Holm (Lejerbo), Bo Jensen (Slagelse Kommune), Carl Berg (Slagelse Kommune) og Dorte Lind (Lejerbo)
Afbud fra: Erik Mørch (organisationsbestyrelsen)

1. Status for boligorganisationen
Lejerbo orienterede om regnskabet for 2021, som viser et overskud på 1,2 mio. kr.

2. Status for afdelingerne
2.1 Afd. 101 Rosenhaven
Afdelingen har store vedligeholdelsesudgifter.
2.2 Afd. 102 Skovbo
Ingen bemærkninger.

3. Opfølgningspunkter
- Udkast til aftaledokument (ansvarlig: Slagelse Kommune, frist: 1/9-2022)
- Bo Jensen sender kvarterprofilen til Lejerbo inden udgangen af august 2022.
`;

describe('parseMinutes on other minutes', () => {
  it('reads labels, sides from "Fra …:" headings, the absent, a referent, and skips the agenda', () => {
    const m = parseMinutes(GLADSAXE);
    expect(m).toMatchObject({
      date: '2023-03-14',
      place: 'Gladsaxe Rådhus, mødelokale 3',
      municipality: 'Gladsaxe Kommune',
      organisations: ['AKB', 'KAB'],
    });
    expect(m.participants).toEqual([
      { name: 'Jens Hansen', title: 'formand', side: 'organisation' },
      { name: 'Mette Olsen', title: 'forretningsfører', side: 'organisation' },
      { name: 'Lise Berg', title: 'afdelingsleder', side: 'municipality' },
      { name: 'Peter Nielsen', title: 'konsulent', side: 'municipality' },
    ]);
    expect(m.absent).toEqual([{ name: 'Anne Sørensen', title: 'næstformand', side: null }]);
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
    expect(m.items[0]).toMatchObject({
      title: 'Godkendelse af dagsorden',
      text: 'Dagsordenen blev godkendt.',
      decisions: ['Dagsordenen blev godkendt.'],
    });
    expect(m.items[1].actions).toEqual([
      { text: 'Det blev aftalt, at KAB sender en status på helhedsplanen senest 1. juni 2023.', responsible: 'KAB', due: '2023-06-01' },
    ]);
    expect(m.items[2].items.map((i) => [i.number, i.title])).toEqual([
      ['a', 'Økonomi'],
      ['b', 'Vedligeholdelse'],
    ]);
    expect(m.items[2].items[1].actions).toEqual([
      { text: 'Kommunen undersøger mulighederne for tilskud fra Landsbyggefonden.', responsible: 'Lise Berg', due: '2023-08-15' },
    ]);
  });

  it('reads "Pkt." items, participants per body on one line, guests, and "afholdt den … på …"', () => {
    const m = parseMinutes(ROSKILDE);
    expect(m).toMatchObject({
      title: 'Mødereferat – Styringsdialog 2022 – Boligselskabet Sjælland og Roskilde Kommune',
      date: '2022-11-03',
      place: 'Roskilde Rådhus',
      municipality: 'Roskilde Kommune',
      organisations: ['Boligselskabet Sjælland'],
    });
    expect(m.participants.map((p) => [p.name, p.title, p.side])).toEqual([
      ['Birgitte Jensen', 'centerchef', 'municipality'],
      ['Kasper Holm', 'tilsynsførende', 'municipality'],
      ['Ole Madsen', 'direktør', 'organisation'],
      ['Susanne Lund', 'økonomichef', 'organisation'],
      ['Karin Friis', null, 'other'],
    ]);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Velkomst og præsentation'],
      ['2', 'Status for boligorganisationen'],
      ['3', 'Udlejningsaftale'],
    ]);
    expect(m.items[1].text).toBe(
      'Ole Madsen gennemgik status:\n- Der er 2.300 boliger i 14 afdelinger.\n- Venteliste på gennemsnitligt 4 år.\n\nKonklusion: Kommunen tager orienteringen til efterretning.',
    );
    expect(m.items[1].decisions).toEqual(['Kommunen tager orienteringen til efterretning.']);
    expect(m.items[2].decisions).toEqual(['Parterne er enige om at forlænge aftalen med to år.']);
    expect(m.items[2].actions).toEqual([
      { text: 'Kasper Holm udarbejder udkast til ny aftale inden 1. december.', responsible: 'Kasper Holm', due: '2022-12-01' },
    ]);
  });

  it('reads participants with their employers in parentheses, "2.1" sub-items and follow-up lists', () => {
    const m = parseMinutes(SLAGELSE);
    expect(m).toMatchObject({
      title: 'Referat – Styringsdialogmøde med Lejerbo, Slagelse',
      date: '2022-06-14',
      place: 'Lejerbo, Jernbanegade 4',
      municipality: 'Slagelse Kommune',
      organisations: ['Lejerbo'],
    });
    expect(m.participants.map((p) => [p.name, p.side])).toEqual([
      ['Anna Holm', 'organisation'],
      ['Bo Jensen', 'municipality'],
      ['Carl Berg', 'municipality'],
      ['Dorte Lind', 'organisation'],
    ]);
    expect(m.absent.map((p) => p.name)).toEqual(['Erik Mørch']);
    expect(m.items[1].items.map((i) => [i.number, i.title, i.text])).toEqual([
      ['2.1', 'Afd. 101 Rosenhaven', 'Afdelingen har store vedligeholdelsesudgifter.'],
      ['2.2', 'Afd. 102 Skovbo', 'Ingen bemærkninger.'],
    ]);
    expect(m.items[2].actions).toEqual([
      {
        text: 'Udkast til aftaledokument (ansvarlig: Slagelse Kommune, frist: 1/9-2022)',
        responsible: 'Slagelse Kommune',
        due: '2022-09-01',
      },
      { text: 'Bo Jensen sender kvarterprofilen til Lejerbo inden udgangen af august 2022.', responsible: 'Bo Jensen', due: '2022-08-31' },
    ]);
  });

  it('reads items from a table, "Ad 1." items, council numbering and "2a" sub-items', () => {
    const table = parseMinutes('Nr. | Emne | Referat\n1 | Godkendelse af dagsorden | Dagsordenen blev godkendt.\n2 | Eventuelt | Intet.\n');
    expect(table.items.map((i) => [i.number, i.title, i.text, i.decisions])).toEqual([
      ['1', 'Godkendelse af dagsorden', 'Dagsordenen blev godkendt.', ['Dagsordenen blev godkendt.']],
      ['2', 'Eventuelt', 'Intet.', []],
    ]);
    const ad = parseMinutes(
      'Dagsorden og referat\nDialogmøde mellem Esbjerg Kommune og Ribe Almennyttige Boligselskab\n\nMødedato: 12.05.2022\n\nAd 1. Godkendelse af referat\nReferatet blev godkendt.\n\nAd 2. Eventuelt\nIngen bemærkninger.\n',
    );
    expect(ad).toMatchObject({
      title: 'Dagsorden og referat – Dialogmøde mellem Esbjerg Kommune og Ribe Almennyttige Boligselskab',
      date: '2022-05-12',
      organisations: ['Ribe Almennyttige Boligselskab'],
    });
    expect(ad.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Godkendelse af referat'],
      ['2', 'Eventuelt'],
    ]);
    const council = parseMinutes(
      'Referat\nØkonomiudvalget\nMødedato 2. februar 2022\n\nPunkt 45: Styringsdialog med boligorganisationerne\nSagen drøftet.\n\nPunkt 46: Eventuelt\nIntet.\n',
    );
    expect(council.items.map((i) => i.number)).toEqual(['45', '46']);
    const sub = parseMinutes(
      'Referat\nDato: 1.2.2022\n\n1. Velkomst\nFormanden bød velkommen.\n\n2. Status for afdelingerne\n2a. Afdeling 1\nGod drift.\n2b. Afdeling 2\nUnderskud.\n\n3. Eventuelt\nIntet.\n',
    );
    expect(sub.items.map((i) => [i.number, i.items.map((s) => s.number)])).toEqual([
      ['1', []],
      ['2', ['2a', '2b']],
      ['3', []],
    ]);
  });

  it('reads unnumbered headings after an agenda', () => {
    const m = parseMinutes(
      'Referat af dialogmøde 2023\nDato: 5. oktober 2023\n\nDagsorden\nVelkomst\nStatus på aftaler\nEventuelt\n\nVelkomst\nFormanden bød velkommen til mødet og præsenterede dagsordenen for de fremmødte.\n\nStatus på aftaler\nAftalen om fleksibel udlejning er forlænget, og den virker efter hensigten i alle afdelinger.\n\nEventuelt\nIntet.\n',
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      [null, 'Velkomst'],
      [null, 'Status på aftaler'],
      [null, 'Eventuelt'],
    ]);
  });

  it('reads titles before names, "deltog", "Ad pkt." items and text on the title line', () => {
    const m = parseMinutes(
      [
        'Styringsdialogmøde mellem Aalborg Kommune og Himmerland Boligforening',
        'Referat',
        'Mødedato: 23. november 2022',
        'Mødested: Aalborg Rådhus, Boulevarden 13',
        '',
        'Deltagere:',
        'Himmerland Boligforening: Direktør Lene Jensen, Økonomichef Per Hansen',
        'Fra Aalborg Kommune deltog: Mette Nielsen, afdelingsleder, og Søren Olsen, fuldmægtig',
        '',
        'Ad pkt. 1 Velkomst',
        'Mette Nielsen bød velkommen.',
        '',
        'Ad pkt. 2 Godkendelse af referat. Referatet fra sidste møde blev godkendt.',
        '',
        'Ad pkt. 3 Økonomi: Boligforeningen har en sund økonomi i alle afdelinger.',
        '',
        'Ad pkt. 4 Eventuelt',
        'Intet.',
      ].join('\n'),
    );
    expect(m).toMatchObject({
      title: 'Styringsdialogmøde mellem Aalborg Kommune og Himmerland Boligforening',
      date: '2022-11-23',
      municipality: 'Aalborg Kommune',
      organisations: ['Himmerland Boligforening'],
    });
    expect(m.participants).toEqual([
      { name: 'Lene Jensen', title: 'direktør', side: 'organisation' },
      { name: 'Per Hansen', title: 'økonomichef', side: 'organisation' },
      { name: 'Mette Nielsen', title: 'afdelingsleder', side: 'municipality' },
      { name: 'Søren Olsen', title: 'fuldmægtig', side: 'municipality' },
    ]);
    expect(m.items.map((i) => [i.number, i.title, i.text])).toEqual([
      ['1', 'Velkomst', 'Mette Nielsen bød velkommen.'],
      ['2', 'Godkendelse af referat', 'Referatet fra sidste møde blev godkendt.'],
      ['3', 'Økonomi', 'Boligforeningen har en sund økonomi i alle afdelinger.'],
      ['4', 'Eventuelt', 'Intet.'],
    ]);
    expect(m.items[1].decisions).toEqual(['Referatet fra sidste møde blev godkendt.']);
  });

  it('keeps a numbered agenda in the header when the items are unnumbered headings', () => {
    const m = parseMinutes(
      'Referat af styringsdialogmøde 2023\nDato: 5. oktober 2023\n\nDagsorden:\n1. Velkomst\n2. Status på aftaler\n3. Eventuelt\n\nVelkomst\nFormanden bød velkommen til mødet og præsenterede dagsordenen for de fremmødte.\n\nStatus på aftaler\nAftalen om fleksibel udlejning er forlænget, og den virker efter hensigten.\n\nEventuelt\nIntet.\n',
    );
    expect(m.items.map((i) => [i.number, i.title, i.text])).toEqual([
      [null, 'Velkomst', 'Formanden bød velkommen til mødet og præsenterede dagsordenen for de fremmødte.'],
      [null, 'Status på aftaler', 'Aftalen om fleksibel udlejning er forlænget, og den virker efter hensigten.'],
      [null, 'Eventuelt', 'Intet.'],
    ]);
  });

  it('reads columns (wide gaps, tabs) as cells', () => {
    const m = parseMinutes(
      'Referat\nMødedato        Onsdag den 3. november 2021\nMødested\tRådhuset, lokale 2\n\nDeltagere:\nLena Andersen       formand         Lejerbo\nTina Lyhne\tcenterchef\tNæstved Kommune\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Eventuelt\nIntet.\n',
    );
    expect(m).toMatchObject({ date: '2021-11-03', place: 'Rådhuset, lokale 2' });
    expect(m.participants).toEqual([
      { name: 'Lena Andersen', title: 'formand', side: 'organisation' },
      { name: 'Tina Lyhne', title: 'centerchef', side: 'municipality' },
    ]);
  });

  it('keeps the text as one item when there are neither numbers nor headings', () => {
    const m = parseMinutes(
      'Referat\nDato: 4. april 2022\nDeltagere: Jens Hansen (KAB), Mette Olsen (Gentofte Kommune)\n\nParterne drøftede udlejningen i afdelingerne og status på helhedsplanen. Det blev aftalt, at KAB sender en oversigt senest 1. maj 2022.\n',
    );
    expect(m.items).toEqual([
      {
        number: null,
        title: 'Referat',
        text: 'Parterne drøftede udlejningen i afdelingerne og status på helhedsplanen. Det blev aftalt, at KAB sender en oversigt senest 1. maj 2022.',
        decisions: ['Det blev aftalt, at KAB sender en oversigt senest 1. maj 2022.'],
        actions: [{ text: 'Det blev aftalt, at KAB sender en oversigt senest 1. maj 2022.', responsible: 'KAB', due: '2022-05-01' }],
        items: [],
      },
    ]);
  });

  it('is deterministic and keeps every key', () => {
    const a = JSON.stringify(parseMinutes(GLADSAXE));
    expect(JSON.stringify(parseMinutes(GLADSAXE))).toBe(a);
    const empty = parseMinutes('');
    expect(empty).toEqual({
      title: 'Referat',
      date: null,
      place: null,
      municipality: null,
      organisations: [],
      participants: [],
      absent: [],
      items: [],
      header: '',
      other: '',
      warnings: [],
      coverage: { read: 0, placed: 0 },
    });
  });
});

describe('minutes written as one table', () => {
  it('takes the cells under "Aftale" as the decisions of each row\'s item', () => {
    const m = parseMinutes(
      [
        'Referat af styringsdialogmøde mellem Aalborg Kommune og Himmerland Boligforening',
        '',
        'Mødedato: 3. november 2021',
        '',
        'Emne | Drøftelse | Aftale',
        '1. Opfølgning på sidste års aftaler | Alle aftaler er fulgt op. | Ingen',
        '2. Effektivisering | Boligforeningen har nået målet. | Boligforeningen sender indkøbsstrategien til kommunen inden 1. februar 2022',
        '3. Eventuelt | Intet. |',
      ].join('\n'),
    );
    expect(m.items.map((i) => [i.number, i.title, i.decisions])).toEqual([
      ['1', 'Opfølgning på sidste års aftaler', []],
      ['2', 'Effektivisering', ['Boligforeningen sender indkøbsstrategien til kommunen inden 1. februar 2022']],
      ['3', 'Eventuelt', []],
    ]);
    expect(m.items[1].actions).toEqual([
      {
        text: 'Boligforeningen sender indkøbsstrategien til kommunen inden 1. februar 2022',
        responsible: 'Boligforeningen',
        due: '2022-02-01',
      },
    ]);
  });
});

describe('abbreviations of the organisation', () => {
  it('gives participants under "Fra RAB:" or with "RAB" as employer the side of Roskilde Almennyttige Boligselskab', () => {
    const m = parseMinutes(
      [
        'STYRINGSDIALOGMØDE 2022',
        'Roskilde Almennyttige Boligselskab',
        '',
        'Dato: 16. november 2022',
        'Deltagere:',
        'Fra RAB: Kirsten Lund, formand; Poul Eriksen, direktør',
        'Fra Roskilde Kommune: Anja Rask, boligkonsulent',
        'Afbud: Bent Holm, næstformand, RAB',
        '',
        '1. Velkommen',
        'Anja Rask bød velkommen.',
        '',
        '2. Eventuelt',
        'Intet.',
      ].join('\n'),
    );
    expect(m.participants).toEqual([
      { name: 'Kirsten Lund', title: 'formand', side: 'organisation' },
      { name: 'Poul Eriksen', title: 'direktør', side: 'organisation' },
      { name: 'Anja Rask', title: 'boligkonsulent', side: 'municipality' },
    ]);
    expect(m.absent).toEqual([{ name: 'Bent Holm', title: 'næstformand', side: 'organisation' }]);
  });
});

describe('participants named by a short name of the organisation', () => {
  it('resolves "Deltagere fra Ungdomsbo", "(FFB, direktør)" and a comma list with titles after dashes', () => {
    const m = parseMinutes(
      [
        'REFERAT AF STYRINGSDIALOGMØDE 2023',
        '',
        'Boligforeningen Ungdomsbo og Frederiksberg Forenede Boligselskaber',
        'Dato: 14. marts 2023',
        '',
        'Deltagere fra Ungdomsbo: Kasper Holm (formand)',
        'Deltagere: Per Olsen (FFB, direktør), Anne Hansen (Frederiksberg Kommune)',
        'Til stede:',
        'Vordingborg Kommune: Helle Nørgaard – chefkonsulent, Peter Lund – teamleder',
        '',
        '1. Velkommen',
        'Anne Hansen bød velkommen.',
        '',
        '2. Eventuelt',
        'Intet.',
      ].join('\n'),
    );
    expect(m.title).toBe('Referat af styringsdialogmøde 2023');
    expect(m.participants).toEqual([
      { name: 'Kasper Holm', title: 'formand', side: 'organisation' },
      { name: 'Per Olsen', title: 'direktør', side: 'organisation' },
      { name: 'Anne Hansen', title: null, side: 'municipality' },
      { name: 'Helle Nørgaard', title: 'chefkonsulent', side: 'municipality' },
      { name: 'Peter Lund', title: 'teamleder', side: 'municipality' },
    ]);
  });
});

describe('minutes without numbers', () => {
  const HORSENS = [
    'Horsens Kommune',
    '',
    'Referat fra styringsdialogmøde med AAB Horsens',
    '',
    'Mødedato:\tOnsdag den 3. november 2021',
    'Sted:\tRådhustorvet 4',
    'Deltagere:',
    'Navn\tTitel\tOrganisation',
    'Karsten Dahl\tBoligkonsulent\tHorsens Kommune',
    'Morten Lau\tFormand\tAAB Horsens',
    '',
  ];
  const ITEMS = [
    'Velkomst',
    'Karsten Dahl bød velkommen til mødet og gennemgik dagsordenen for i dag.',
    '',
    'Økonomi',
    'AAB Horsens har en sund økonomi, men enkelte afdelinger har høje forbrugsudgifter i år.',
    '',
    'Eventuelt',
    'Intet.',
  ];

  it("keeps the municipality's name above the title in the header and reads the date and place", () => {
    const m = parseMinutes([...HORSENS, 'Dagsorden', 'Velkomst', 'Økonomi', 'Eventuelt', '', 'Referat', '', ...ITEMS].join('\n'));
    expect([m.title, m.date, m.place]).toEqual(['Referat fra styringsdialogmøde med AAB Horsens', '2021-11-03', 'Rådhustorvet 4']);
    expect(m.items.map((i) => i.title)).toEqual(['Velkomst', 'Økonomi', 'Eventuelt']);
    expect(m.participants.map((p) => [p.name, p.side])).toEqual([
      ['Karsten Dahl', 'municipality'],
      ['Morten Lau', 'organisation'],
    ]);
  });

  it('reads an agenda whose entries are paragraphs of their own (DOCX)', () => {
    const m = parseMinutes(
      [...HORSENS, 'Dagsorden', '', 'Velkomst', '', 'Økonomi', '', 'Eventuelt', '', 'Referat', '', ...ITEMS].join('\n'),
    );
    expect(m.items.map((i) => [i.title, i.text.slice(0, 12)])).toEqual([
      ['Velkomst', 'Karsten Dahl'],
      ['Økonomi', 'AAB Horsens '],
      ['Eventuelt', 'Intet.'],
    ]);
  });
});
