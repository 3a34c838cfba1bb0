/*
 * The rules issue 15 added, at their boundaries: case numbers through the year, text without
 * line breaks, closing decisions, participants with party letters and sides, and actions in prose.
 * The corpus (corpus/) scores them on whole minutes.
 */
import { describe, expect, it } from 'vitest';
import { isAbsence, proseResponsible } from './decisions/prose-actions.ts';
import { parseMinutes } from './parse.ts';
import { proseRoster } from './people/prose-roster.ts';
import { parseNumber } from './structure/numbering.ts';
import { splitRunOn } from './text/run-on.ts';

describe('case numbers through the year', () => {
  it.each([
    ['183. Fraværende', '183'],
    ['412. Spørgetid for borgerne', '412'],
  ])('%s is an item number', (text, number) => {
    expect(parseNumber(text)).toMatchObject({ kind: 'plain', number });
  });

  it.each(['183. møde i rækken', '100. Punkt', '250. gang'])('%s is not', (text) => {
    expect(parseNumber(text)?.kind).not.toBe('plain');
  });

  it('takes "• 159. Title" and the title above "Sag nr. 162" as items, not a numbered list inside them', () => {
    const bullets = parseMinutes(
      'Referat\nDato: 11. januar 2022\n\n• 159. Godkendelse af dagsorden\nGodkendt.\n\n• 160. Ældreboliger\nForvaltningen foreslår:\n1. at boligerne bygges\n2. at kommunen anviser\nBeslutning\nGodkendt.\n',
    );
    expect(bullets.items.map((i) => [i.number, i.title])).toEqual([
      ['159', 'Godkendelse af dagsorden'],
      ['160', 'Ældreboliger'],
    ]);
    const cases = parseMinutes(
      'Økonomiudvalget\n18-09-2024\n\nMeddelelser\nSag nr. 162\nOversigt:\n1. Status på Sammen om Rødovre.\n2. Orientering om allonge.\nBeslutning\nTaget til efterretning.\n\nLokalplan 154\nSag nr. 163\nBeslutning\nAnbefales.\n',
    );
    expect(cases.items.map((i) => [i.number, i.title, i.decisions])).toEqual([
      ['162', 'Meddelelser', ['Taget til efterretning.']],
      ['163', 'Lokalplan 154', ['Anbefales.']],
    ]);
  });
});

describe('text without its line breaks', () => {
  it('breaks a run-on page before labels, section words and a run of item numbers', () => {
    const page =
      'Referat Handicaprådet Mødedato: Mandag den 23. november 2015 Medlemmer: Ib Kirkegaard (O), Jacob Svendsen ' +
      '1. Godkendelse af dagsorden Indstilling Formandsskabet indstiller, at dagsordenen godkendes. Beslutning ' +
      'Dagsordenen godkendt. 2. Meddelelser og eventuelt Beslutning Taget til efterretning. '.repeat(4);
    const lines = splitRunOn(page).split('\n');
    expect(lines).toContain('Mødedato: Mandag den 23. november 2015');
    expect(lines).toContain('1. Godkendelse af dagsorden');
    expect(lines).toContain('Beslutning');
  });

  it('leaves lines of ordinary length alone', () => {
    const text = 'Referat\nDato: 3. marts 2022\n1. Godkendelse af dagsorden Beslutning Godkendt.';
    expect(splitRunOn(text)).toBe(text);
  });

  it('finds the date, the participants and the items in a page on one line', () => {
    const m = parseMinutes(
      'Referat af styringsdialogmøde Mødedato: Onsdag den 17. august 2011 kl. 10.00 Til stede: Fra Boligselskabet Djursland: Niels Bonde (formand). Fra Syddjurs Kommune: Ole Dahl (direktør). 1. Godkendelse af dagsorden Dagsordenen blev godkendt. 2. Udlejning Boligselskabet udarbejder en handleplan inden 1. november 2011. 3. Eventuelt Intet.',
    );
    expect(m.date).toBe('2011-08-17');
    expect(m.participants.map((p) => [p.name, p.side])).toEqual([
      ['Niels Bonde', 'organisation'],
      ['Ole Dahl', 'municipality'],
    ]);
    expect(m.items.map((i) => i.title)).toEqual(['Godkendelse af dagsorden', 'Udlejning', 'Eventuelt']);
    expect(m.items[1].actions).toEqual([
      { text: 'Boligselskabet udarbejder en handleplan inden 1. november 2011.', responsible: 'Boligselskabet', due: '2011-11-01' },
    ]);
  });
});

describe('refusing is the last resort, nothing silently lost', () => {
  it('keeps minutes without items as one item with a warning, and counts what it placed', () => {
    const m = parseMinutes(
      'Referat\nDato: 3. marts 2022\nTil stede: Anne Holm, Jens Bøgh\n\nvi talte om mange ting og blev enige om det meste',
    );
    expect(m.items).toHaveLength(1);
    expect(m.warnings).toHaveLength(1);
    expect(m.coverage.placed).toBe(m.coverage.read);
  });

  it('keeps a summary before the first item in Øvrigt', () => {
    const m = parseMinutes(
      'Referat\nDato: 3. marts 2022\n\nDer er kommet to spørgsmål fra borgere, som blev besvaret på mødet af borgmesteren.\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Eventuelt\nIntet.\n',
    );
    expect(m.other).toMatch(/^Der er kommet to spørgsmål/);
    expect(m.coverage.placed).toBe(m.coverage.read);
  });
});

describe('decisions', () => {
  it.each(['Fraværende:', 'Fraværende: Kim Ravn', 'Martin Bech var fraværende.', 'Gunnar Nielsen deltog ikke i behandlingen.'])(
    '%s is an absence, no decision',
    (text) => {
      expect(isAbsence(text)).toBe(true);
    },
  );

  it('reads the closing forms and leaves the next steps to the actions', () => {
    const m = parseMinutes(
      'Referat\nDato: 1. oktober 2018\n\n1. Låneoptagelse\nBeslutning i Økonomiudvalget den 1. oktober 2018:\nFraværende:\nAnbefales. Forvaltningen forhandler aftalen med boligselskabet.\n\n2. Strategi\nBeslutning\nEt flertal bestående af A, V og F stemte for. O stemte imod.\n\n3. Eventuelt\nOversendes til Byrådet.\n',
    );
    expect(m.items.map((i) => i.decisions)).toEqual([
      ['Anbefales.'],
      ['Et flertal bestående af A, V og F stemte for. O stemte imod.'],
      ['Oversendes til Byrådet.'],
    ]);
    expect(m.items[0].actions.map((a) => a.responsible)).toEqual(['Forvaltningen']);
  });
});

describe('participants', () => {
  it('keeps a party letter as the title and puts the member on the municipality’s side', () => {
    const m = parseMinutes(
      'Referat\nDato: 3. marts 2022\nMedlemmer: Jens Hansen (A), Lone Holm (V)\n\n1. Godkendelse\nGodkendt.\n\n2. Eventuelt\nIntet.\n',
    );
    expect(m.participants).toEqual([
      { name: 'Jens Hansen', title: '(A)', side: 'municipality' },
      { name: 'Lone Holm', title: '(V)', side: 'municipality' },
    ]);
  });

  it('puts a board’s members and administration on the organisation’s side', () => {
    const m = parseMinutes(
      'Referat af OB-møde\nMødedato: 5. december 2012\nTil stede: Bent Jensen, formand, Jørn Nielsen\nFra administrationen: Christian Høgsbro, direktør\n\n1. Godkendelse\nGodkendt.\n\n2. Eventuelt\nIntet.\n',
    );
    expect(m.participants.map((p) => [p.name, p.title, p.side])).toEqual([
      ['Bent Jensen', 'formand', 'organisation'],
      ['Jørn Nielsen', null, 'organisation'],
      ['Christian Høgsbro', 'direktør', 'organisation'],
    ]);
  });

  it('reads lists written as sentences, absences and substitutes', () => {
    expect(
      proseRoster('Til stede var: Jens Holm (formand) fra Lejerbo, Louise Dam og Henrik Rask fra kommunen.')?.map((e) => [e.name, e.side]),
    ).toEqual([
      ['Jens Holm', 'organisation'],
      ['Louise Dam', 'municipality'],
      ['Henrik Rask', 'municipality'],
    ]);
    expect(proseRoster('Afbud fra: Connie Poulsen og Brian Olesen')?.map((e) => [e.name, e.absent])).toEqual([
      ['Connie Poulsen', true],
      ['Brian Olesen', true],
    ]);
    expect(proseRoster('Mikkel Houmann havde meldt afbud, og Peter Steffensen deltog i stedet.')?.map((e) => [e.name, e.absent])).toEqual([
      ['Mikkel Houmann', true],
      ['Peter Steffensen', false],
    ]);
  });
});

describe('actions in prose', () => {
  it.each([
    ['Administrationen undersøger sagen og orienterer udvalget.', 'Administrationen'],
    ['IT-afdelingen udarbejder en handleplan.', 'IT-afdelingen'],
    ['Bestyrelsen bad administrationen om at udarbejde et oplæg.', 'Administrationen'],
    ['Kommunen vil forenkle skabelonen til næste år.', 'Kommunen'],
    ['Hjemmesiden opdateres med de nye kontortider.', null],
    ['Punktet tages op igen på næste møde.', null],
  ])('%s → %s', (sentence, who) => {
    expect(proseResponsible(sentence)).toBe(who);
  });

  it.each([
    'Regnskabet viser et overskud på 312.000 kr.',
    'Boligselskabet ansøger om godkendelse af en huslejestigning.',
    'Oversigt forelægges til orientering.',
    '1) at forslaget sendes i offentlig høring',
    'Tidsplanen er forsinket med to måneder.',
  ])('%s is no action', (sentence) => {
    expect(proseResponsible(sentence)).toBeUndefined();
  });
});
