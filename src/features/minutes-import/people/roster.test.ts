/** Participant sections as real minutes write them: tabbed header tables, group labels under "Deltagere", council members. */
import { describe, expect, it } from 'vitest';
import { toLines } from '../text/reflow.ts';
import { readRoster, splitRoster } from './roster.ts';

function roster(text: string) {
  const lines = toLines(text);
  return splitRoster(readRoster(lines, 0, lines.length).entries);
}

describe('readRoster', () => {
  it('reads a label and its entries separated by a tab (a two-column header table)', () => {
    const r = roster(
      'Deltagere fra KAB:\tMikkel Vest (kundechef)\nDeltagere fra Aarhus Kommune:\tHelle Brandt (boligkonsulent), Jonas Krog (teamleder)\nAfbud:\tSusanne Lind (økonomikonsulent)',
    );
    expect(r.participants).toEqual([
      { name: 'Mikkel Vest', title: 'kundechef', side: 'organisation' },
      { name: 'Helle Brandt', title: 'boligkonsulent', side: 'municipality' },
      { name: 'Jonas Krog', title: 'teamleder', side: 'municipality' },
    ]);
    expect(r.absent).toEqual([{ name: 'Susanne Lind', title: 'økonomikonsulent', side: null }]);
  });

  it('reads groups named by an unknown organisation or with a number under "Deltagere:"', () => {
    const r = roster(
      'Deltagere:\nRanders Kommune: Birgitte Holm, Ole Riis\nRanders Boligforening af 1940: Lars Ebbesen, Kirsten Toft\nBL, 5. kreds: Jan Friis\nFra RAB: Kirsten Lund, formand; Poul Eriksen, direktør',
    );
    expect(r.participants.map((p) => [p.name, p.side])).toEqual([
      ['Birgitte Holm', 'municipality'],
      ['Ole Riis', 'municipality'],
      ['Lars Ebbesen', 'organisation'],
      ['Kirsten Toft', 'organisation'],
      ['Jan Friis', 'other'],
      ['Kirsten Lund', null],
      ['Poul Eriksen', null],
    ]);
    expect(r.participants[5].title).toBe('formand');
  });

  it('reads the members of a committee, surnames that contain a title word included', () => {
    const r = roster('Medlemmer: Søren Elbæk (formand), Ulla Varneskov, Peter Sejer, Anne Mejer');
    expect(r.participants.map((p) => [p.name, p.title])).toEqual([
      ['Søren Elbæk', 'formand'],
      ['Ulla Varneskov', null],
      ['Peter Sejer', null],
      ['Anne Mejer', null],
    ]);
  });

  it('does not take the header row of a table after the participants for a person', () => {
    const r = roster(
      'Aalborg Kommune:\n- Dorthe Winther, teamleder\nEmne | Drøftelse | Aftale\n1. Opfølgning | Alle aftaler er fulgt op. | Ingen',
    );
    expect(r.participants.map((p) => p.name)).toEqual(['Dorthe Winther']);
  });

  it('reads our own export\'s participants table "Navn | Titel | Part"', () => {
    const r = roster(
      'Deltagere\n\nNavn | Titel | Part\nJette Hansen | integrationskonsulent, Borgerservice | Næstved Kommune\n' +
        'Åse Lærkegård | formand for organisationsbestyrelsen | Lejerbo Næstved\nHenrik Dahl | konsulent | Øvrige',
    );
    expect(r.participants).toEqual([
      { name: 'Jette Hansen', title: 'integrationskonsulent, Borgerservice', side: 'municipality' },
      { name: 'Åse Lærkegård', title: 'formand for organisationsbestyrelsen', side: 'organisation' },
      { name: 'Henrik Dahl', title: 'konsulent', side: 'other' },
    ]);
  });

  it('reads participants named in a sentence, the side from "fra …" after each group', () => {
    const r = roster(
      'Til stede var Maria Hedegaard (direktør), Claus Winther (formand) og Hans Brix (næstformand) fra boligselskabet ' +
        'samt Pernille Skou (boligkonsulent) og Thomas Fogh (afdelingsleder) fra kommunen.\nAfbud fra Lis Holm (Silkeborg Kommune).',
    );
    expect(r.participants.map((p) => [p.name, p.title, p.side])).toEqual([
      ['Maria Hedegaard', 'direktør', 'organisation'],
      ['Claus Winther', 'formand', 'organisation'],
      ['Hans Brix', 'næstformand', 'organisation'],
      ['Pernille Skou', 'boligkonsulent', 'municipality'],
      ['Thomas Fogh', 'afdelingsleder', 'municipality'],
    ]);
    expect(r.absent).toEqual([{ name: 'Lis Holm', title: null, side: 'municipality' }]);
  });

  it('leaves sentences that do not name people alone', () => {
    expect(roster('Til stede var også spørgsmålet om økonomien, som blev drøftet.').participants).toEqual([]);
  });

  it("reads the columns of participants in our own PDF export: a side's name alone on a line, its people below", () => {
    const r = roster(
      'Deltagere\n\nNæstved Kommune\nJette Hansen, integrationskonsulent, Borgerservice\nLejerbo Næstved\n' +
        'Åse Lærkegård, formand for organisationsbestyrelsen\nØvrige\nHenrik Dahl, konsulent, BL 4. kreds\n\nAfbud/fraværende\nBirgitte Holm, afdelingsleder',
    );
    expect(r.participants.map((p) => [p.name, p.side])).toEqual([
      ['Jette Hansen', 'municipality'],
      ['Åse Lærkegård', 'organisation'],
      ['Henrik Dahl', 'other'],
    ]);
    expect(r.absent.map((p) => p.name)).toEqual(['Birgitte Holm']);
  });

  it("reads a PDF's list of people without blank lines as one person a line, though its entries are as wide as the wrapped text", () => {
    const prose =
      'Boligselskabet tilkendegav, at et sådant samarbejde talte ind i boligselskabets\nboligsociale ansvarsfølelse, og at de ser et sådan samarbejde som en styrke.\n' +
      'Samtidig oplyste boligselskabet, at de har et projekt i forhold til at forhindre\nudsættelser i deres boliger. De har en medarbejder, der går ud og banker på hos\n';
    const r = roster(
      'Repræsentanter fra boligselskabet:\n\nLena Andersen, formand\nChristian Fries, forretningsfører, Boligkontoret Danmark\n' +
        `Stephanie Kelmann, chefkonsulent, Boligkontoret Danmark\n\n${prose}`,
    );
    expect(r.participants.map((p) => [p.name, p.title])).toEqual([
      ['Lena Andersen', 'formand'],
      ['Christian Fries', 'forretningsfører'],
      ['Stephanie Kelmann', 'chefkonsulent'],
    ]);
  });
});
