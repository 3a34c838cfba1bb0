import { describe, expect, it } from 'vitest';
import { findMunicipalities, findOrganisations, isBodyName, sideOf } from './organisations.ts';

describe('organisations and municipalities', () => {
  it('finds municipalities with their official names', () => {
    const text =
      'Hillerød Kommune har en aftale. Helsingør Kommunes Vision 2030. Møde i Københavns Kommune og Aarhus Kommune, Lyngby-Taarbæk Kommune.';
    expect(findMunicipalities(text).map((m) => m.name)).toEqual([
      'Hillerød Kommune',
      'Helsingør Kommune',
      'Københavns Kommune',
      'Aarhus Kommune',
      'Lyngby-Taarbæk Kommune',
    ]);
    expect(findMunicipalities('kommunen og boligselskabet')).toEqual([]);
  });

  it('takes a known organisation with its place for a body, not a person or a title', () => {
    expect(['Lejerbo Køge', 'AKB Gladsaxe', 'KAB Hillerød'].map(isBodyName)).toEqual([true, true, true]);
    expect(isBodyName('Lejerbo gør opmærksom')).toBe(false);
  });

  it('does not run a name over a line break ("Boligselskabet Fynsbo" before a "Dato:" line)', () => {
    expect(findOrganisations('mellem Odense Kommune og Boligselskabet Fynsbo\n\nDato: 12.10.2022').map((m) => m.name)).toEqual([
      'Boligselskabet Fynsbo',
    ]);
    expect(findOrganisations('STYRINGSDIALOGMØDE 2022\nRoskilde Almennyttige Boligselskab').map((m) => m.name)).toEqual([
      'Roskilde Almennyttige Boligselskab',
    ]);
  });

  it('finds housing organisations by name and by pattern', () => {
    const text =
      'efter Hillerød Almennyttige Boligselskab nu også bliver administreret af Boligkontoret Danmark. ' +
      'Formænd for Boligselskabet af 1961 i Tikøb og Lejerbo. KAB og BO-VEST. Det handler om Lejerbos afdelinger.';
    expect(findOrganisations(text).map((m) => m.name)).toEqual([
      'Hillerød Almennyttige Boligselskab',
      'Boligkontoret Danmark',
      'Boligselskabet af 1961 i Tikøb',
      'Lejerbo',
      'KAB',
      'BO-VEST',
    ]);
  });

  it('tells the side of headings, employers and titles', () => {
    expect(sideOf('Repræsentanter for kommunen:')).toBe('municipality');
    expect(sideOf('Deltagere fra Næstved Kommune')).toBe('municipality');
    expect(sideOf('Repræsentanter fra boligselskabet:')).toBe('organisation');
    expect(sideOf('Fra Lejerbo')).toBe('organisation');
    expect(sideOf('Boligkontoret Danmark')).toBe('organisation');
    expect(sideOf('BL – Danmarks Almene Boliger')).toBe('other');
    expect(sideOf('Landsbyggefonden')).toBe('other');
    expect(sideOf('Deltagere')).toBeNull();
  });

  it('tells employers from titles', () => {
    expect(isBodyName('Boligkontoret Danmark')).toBe(true);
    expect(isBodyName('Næstved Kommune')).toBe(true);
    expect(isBodyName('forretningsfører')).toBe(false);
    expect(isBodyName('Borger- og Socialchef')).toBe(false);
  });
});
