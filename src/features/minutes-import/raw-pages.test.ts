/*
 * The rules for raw published minutes (issue 15, the review's gaps): page marks, participant
 * headings without colons, label lines of web pages, one-item minutes, a body's decision heading,
 * the closing forms of decisions, attendance lines, case descriptions and substitutes — each at
 * the edge of what it takes.
 */
import { describe, expect, it } from 'vitest';
import { committeeHeading } from './decisions/committee-heading.ts';
import { isDecisionSentence, responsibleIn } from './decisions/decisions.ts';
import { isAbsence, isCaseDescription } from './decisions/prose-actions.ts';
import { parseMinutes } from './parse.ts';
import { parseEntries, parseHeading } from './people/participants.ts';
import { isWebChrome, joinLabelLines } from './text/label-lines.ts';
import { stripPageMarks } from './text/pages.ts';
import { toLines } from './text/reflow.ts';
import { splitRunOn } from './text/run-on.ts';

const page = (n: number | null, text: string) => `${n === null ? '' : `${n} `}${text} ${'Ordinær tekst på siden. '.repeat(8)}`;

describe('page marks in text extracted one line per page', () => {
  it('strips the page numbers that count up at the start of page-long lines, and "Side N af M" inside them', () => {
    const text = [page(1, 'Økonomiudvalget Referat'), page(2, 'Indholdsfortegnelse Side 85 Til efterretning')].join('\n');
    const out = stripPageMarks(text);
    expect(out.startsWith('Økonomiudvalget')).toBe(true);
    expect(out).toContain('\nIndholdsfortegnelse');
    expect(out).not.toMatch(/Side 85/);
    expect(stripPageMarks(page(1, 'Mødet slut: Kl. 22:20 Side 1 af 47'))).not.toMatch(/Side 1 af 47/);
  });

  it('leaves numbers that do not count pages: a short line, a single page not numbered 1, numbers out of order', () => {
    expect(stripPageMarks('1 Godkendelse af dagsorden')).toBe('1 Godkendelse af dagsorden');
    expect(stripPageMarks(page(2, 'Tekst')).startsWith('2 ')).toBe(true);
    const unordered = [page(3, 'Tekst'), page(7, 'Tekst')].join('\n');
    expect(stripPageMarks(unordered)).toBe(unordered);
    // "Side 3" inside a sentence ("se side 3 i bilaget") is no page mark.
    expect(stripPageMarks(page(null, 'se side 3 i bilaget'))).toContain('side 3 i bilaget');
  });
});

describe('one-line pages that a PDF wrapped into paragraphs', () => {
  it('finds the page marks once the paragraphs are joined again', () => {
    const wrapped = [
      '1 Egebjerg Kommune Økonomiudvalget Referat Dato: Starttidspunkt for møde: Kl Sluttidspunkt',
      'for møde: Kl Mødested: Udsendelsesdato: Afbud fra: Torsdag den 03-maj-2001 Udvalgsværelse II',
      'Fraværende: Ingen. Mødedeltagere: Hanne Staff, Niels Boe Lauridsen, Orla Hansen, Poul Weber.',
      '',
      '2 Økonomiudvalget, torsdag den 03-maj-2001 Side 85 Til efterretning - for åbne døre 98. Til',
      'efterretning - Sydfyns Erhvervsråd J.nr.: G00 Sagsid.: Initialer: Åben sag Sydfyns Erhvervsråd',
      'fremsender referat af møde i Erhvervsrådet den 04. april. Til efterretning.',
    ].join('\n');
    const out = splitRunOn(wrapped);
    expect(out.startsWith('Egebjerg Kommune')).toBe(true);
    expect(out).not.toMatch(/^2 Økonomiudvalget|Side 85/m);
  });

  it('never joins "Sag nr. 130" to the long case title wrapped above it', () => {
    const text = [
      'Forslag til Tillæg 1 til Lokalplan 145 har været i offentlig høring i fire uger i løbet af sommeren,',
      'og der er kommet to høringssvar, som forvaltningen har gennemgået og kommenteret i et notat.',
      'Tillæg 1 til Lokalplan 145 Udvidelse af delområde F og G - endelig vedtagelse af planforslaget',
      'Sag nr. 130',
      'Beslutningskompetence: KB',
    ].join('\n');
    expect(toLines(text).map((l) => l.text)).toContain('Sag nr. 130');
  });
});

describe('participant headings run into a page', () => {
  const run = (s: string) => splitRunOn(`${s} ${'Mere tekst uden struktur her. '.repeat(15)}`);

  it('gives "Bestyrelsen", "Afbud" and "Gæster fra KAB" before names a line and a colon, and an acronym before a title its own group', () => {
    const out = run(
      'Organisationsbestyrelsesmøde København K Bestyrelsen Bjørn Petersen, Karen Levin Nielsen og Rasmus Riley KAB Kundedirektør Margrete Pump og chefkonsulent Ulrik Hjort Gæster fra KAB Økonomisk konsulent Thomas Ulrich Larsen Afbud Karen Levin Nielsen',
    );
    expect(out).toContain('\nBestyrelsen: Bjørn Petersen, Karen Levin Nielsen og Rasmus Riley\nFra KAB: Kundedirektør Margrete Pump');
    expect(out).toContain('\nGæster fra KAB: Økonomisk konsulent Thomas Ulrich Larsen');
    expect(out).toContain('\nAfbud: Karen Levin Nielsen');
  });

  it('takes "Dagsorden 1. Godkendelse …" as an item number, but not "den 1. Marts" or "kl. 1. Del"', () => {
    expect(run('Dagsorden 1. Godkendelse af referat fra sidste møde Indstilling - Foreningen; revisionsprotokol')).toContain(
      '\n1. Godkendelse af referat',
    );
    expect(run('Mødet holdes den 1. Marts i salen og slutter kl. 1. Del af mødet er lukket.')).not.toMatch(/\n1\. (?:Marts|Del)/);
  });

  it('leaves the words in a sentence alone ("Bestyrelsen besluttede at …")', () => {
    expect(run('Bestyrelsen besluttede at udskyde sagen. Afbud blev ikke meldt.')).not.toMatch(/Bestyrelsen:|Afbud:/);
  });
});

describe('label lines and chrome of web pages', () => {
  it('joins a label in capitals with the value on the next line', () => {
    expect(joinLabelLines('UDVALG\n\nUdvalget for Ældre og Sundhed\n\nSTED\nKanalstræde 2')).toBe(
      'Udvalg: Udvalget for Ældre og Sundhed\n\nSted: Kanalstræde 2',
    );
    // A label followed by another label, or a word in capitals that is no label, stays.
    expect(joinLabelLines('STED\nDATO\n3. maj')).toBe('STED\nDato: 3. maj');
    expect(joinLabelLines('REFERAT\nTekst')).toBe('REFERAT\nTekst');
  });

  it('knows the chrome around the minutes, not the minutes', () => {
    expect(isWebChrome('You are here')).toBe(true);
    expect(isWebChrome('Til toppen')).toBe(true);
    expect(isWebChrome('Vi bruger cookies til statistik. Hvis du ikke siger nej, accepterer du vores cookie politik.')).toBe(true);
    expect(isWebChrome('Til toppen af listen kom sagen om tagene.')).toBe(false);
  });
});

describe("a body's decision heading", () => {
  it('reads "Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42" and "…, 10. september 2019, pkt. 65:"', () => {
    expect(committeeHeading('Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42')).toEqual({
      body: 'Kultur- og Idrætsudvalget',
      date: '2019-04-03',
    });
    expect(committeeHeading('Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:')?.date).toBe('2019-09-10');
    expect(committeeHeading('Kultur- og Idrætsudvalget, åbent punkt, pkt. 42')).toBeNull();
    expect(committeeHeading('Udvalget drøftede, 03-04-2019, pkt. 42 og sendte sagen videre.')).toBeNull();
  });
});

describe('decisions, attendance and case descriptions', () => {
  it('takes the closing forms as decisions, not history', () => {
    for (const s of [
      'Til efterretning.',
      'Drøftet.',
      'Enstemmigt vedtaget.',
      'Herefter godkendt.',
      'Bestyrelsen besluttede at udskyde sagen.',
    ])
      expect(isDecisionSentence(s), s).toBe(true);
    for (const s of ['Kommunalbestyrelsen vedtog på møde den 19. marts 2024 at fremlægge forslaget.', 'Til efterretningen hører et bilag.'])
      expect(isDecisionSentence(s), s).toBe(false);
  });

  it('keeps who attended out of decisions', () => {
    expect(isAbsence('Jan Jespersen (Ø) var som gruppeformand inviteret med til mødet')).toBe(true);
    expect(isAbsence('Line Krogh Lay (B) var ligeledes inviteret, men kunne ikke deltage.')).toBe(true);
    expect(isAbsence('Forslaget var inviteret til debat.')).toBe(false);
  });

  it('does not take a case being sent in as a task, but does a sending with a due date', () => {
    expect(isCaseDescription('Sydfyns Erhvervsråd fremsender referat af møde i Erhvervsrådet den 04. april')).toBe(true);
    expect(isCaseDescription('Byrådet anmodes om at godkende, at stedfortræderen indkaldes.')).toBe(true);
    expect(responsibleIn('Sydfyns Erhvervsråd fremsender referat af møde i Erhvervsrådet')).toBeUndefined();
    expect(isCaseDescription('Forvaltningen fremsender referatet senest 1. marts.')).toBe(false);
    expect(responsibleIn('Karin Møller sender ansøgningen til kommunen')).toBe('Karin Møller');
  });
});

describe('participants', () => {
  const absent = parseHeading('Fraværende: x')!;

  it('reads "A (V) - B (V) mødte som stedfortræder" as A away and B in their place', () => {
    const entries = parseEntries('Evan Lynnerup (V) - Marianne Kiærulff (V) mødte som stedfortræder.', absent)!;
    expect(entries.map((e) => [e.name, e.absent, !!e.substitute, e.side])).toEqual([
      ['Evan Lynnerup', true, false, 'municipality'],
      ['Marianne Kiærulff', false, true, 'municipality'],
    ]);
  });

  it('splits "A (X), B (Y)" without a case system\'s user id, and keeps initials in a name', () => {
    const entries = parseEntries('Inge Vilhof (IVI), AAB23_Gunvor Abrahamsen (Administrativ classic)', absent)!;
    expect(entries.map((e) => e.name)).toEqual(['Inge Vilhof', 'Gunvor Abrahamsen']);
    const kab = parseEntries(
      'Kundedirektør Margrete Pump, kundechef Jonas M. Cohen og økonomisk konsulent Ulrik Hjort',
      parseHeading('Fra KAB: x')!,
    )!;
    expect(kab.map((e) => [e.name, e.title])).toEqual([
      ['Margrete Pump', 'kundedirektør'],
      ['Jonas M. Cohen', 'kundechef'],
      ['Ulrik Hjort', 'økonomisk konsulent'],
    ]);
    // A sentence after the names still ends the list.
    expect(parseEntries('Hanne Staff, Orla Hansen. Han deltog under pkt. 107.', absent)).toBeNull();
  });
});

describe('raw minutes end to end', () => {
  it('reads a committee page run into one line: date, members on the municipality side, items, "Til efterretning."', () => {
    const m = parseMinutes(
      [
        '1 Egebjerg Kommune Økonomiudvalget Referat Dato: Starttidspunkt for møde: Kl Mødested: Afbud fra: Torsdag den 03-maj-2001 Udvalgsværelse II Fraværende: Ingen. Mødedeltagere: Hanne Staff, Orla Hansen, Rita Pedersen. Arne Ebsen deltog under behandlingen af pkt. 107.',
        '2 Økonomiudvalget, torsdag den 03-maj-2001 Side 85 98. Til efterretning - Sydfyns Erhvervsråd J.nr.: G00 Åben sag Sydfyns Erhvervsråd fremsender referat af møde i Erhvervsrådet den 04. april (Bilag ligger i sagen.) Til efterretning. 99. Til efterretning - Det skæve Danmark J.nr.:. Åben sag Det Skæve Danmark fremsender referat fra Landsudvalgets møde i Tjele. Til efterretning.',
      ].join('\n'),
    );
    expect(m.date).toBe('2001-05-03');
    expect(m.participants.map((p) => [p.name, p.side])).toEqual([
      ['Hanne Staff', 'municipality'],
      ['Orla Hansen', 'municipality'],
      ['Rita Pedersen', 'municipality'],
    ]);
    expect(m.items.map((i) => i.number)).toEqual(['98', '99']);
    expect(m.items.map((i) => i.decisions)).toEqual([['Til efterretning.'], ['Til efterretning.']]);
    expect(m.items.flatMap((i) => i.actions)).toEqual([]);
  });

  it('keeps the date and title of a first page with a single "1." item', () => {
    const m = parseMinutes(
      '1 Organisationsbestyrelsesmøde Onsdag den 31. maj 2016, kl KAB, Mødelokale 2, Studiestræde 38, København K Bestyrelsen Bjørn Petersen, Karen Levin Nielsen, Daniel A. Mangold, Henning Andersen, Mikkel Warming og Rasmus Riley KAB Kundedirektør Margrete Pump og chefkonsulent Ulrik Hjort Afbud Karen Levin Nielsen Indholdsfortegnelse 1. Protokollat fra møde den 12. april Revisionsprotokollat Meddelelser Mundtlig orientering fra BLs 1. kreds v/bjørn Petersen... 3 SAGER TIL BESLUTNING /23',
    );
    expect(m.date).toBe('2016-05-31');
    expect(m.title).toBe('Organisationsbestyrelsesmøde');
    expect(m.items.map((i) => i.number)).toEqual(['1']);
    expect(m.absent.map((p) => p.name)).toEqual(['Karen Levin Nielsen']);
  });

  it('takes the date and the committee from the decision headings when the page gives neither', () => {
    const m = parseMinutes(
      [
        'You are here',
        '',
        'Referat',
        '',
        'Pkt. 42 Beslutninger om dagsordenen',
        '',
        'Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42',
        '',
        'Herefter godkendt.',
        '',
        'Pkt. 43 Ny strategiplan',
        '',
        'Kultur- og Idrætsudvalget, 03-04-2019, pkt. 43',
        '',
        'Drøftet.',
      ].join('\n'),
    );
    expect(m.date).toBe('2019-04-03');
    expect(m.title).toBe('Kultur- og Idrætsudvalget – Referat');
    expect(m.items.map((i) => i.decisions)).toEqual([['Herefter godkendt.'], ['Drøftet.']]);
  });
});
