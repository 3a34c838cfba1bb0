import { describe, expect, it } from 'vitest';
import { mapItem, themeOf } from './map-item.ts';

const item = (notes: string, decisions: string[] = []) => ({ title: 'Punkt', notes, decisions, actions: [], items: [] });

describe('an imported item as saved', () => {
  it('maps a printed theme to ours, and an unknown one to "andet"', () => {
    expect(themeOf('Boligsociale tiltag')).toBe('boligsocialt');
    expect(themeOf('boligsociale TILTAG')).toBe('boligsocialt');
    expect(themeOf('Boligsocial indsats')).toBe('andet');
    expect(themeOf(null)).toBeNull();
  });

  it('keeps a closed item closed with its theme and case number, and the minutes as notes', () => {
    const mapped = mapItem(item('Lukket punkt\n\nTema: Boligsociale tiltag · Sagsnr. 22/03117\n\nKommunen og Lejerbo gennemgik sagen.'));
    expect(mapped.fields).toEqual({
      closed: true,
      theme: 'boligsocialt',
      caseNumber: '22/03117',
      text: '',
      notes: 'Kommunen og Lejerbo gennemgik sagen.',
    });
  });

  it('keeps a formal part longer than the item form allows as minutes', () => {
    const long = `Sagen afgøres i: Byrådet\n\nIndledning\n\n${'Lang tekst. '.repeat(2000)}`;
    expect(mapItem(item(long)).fields).not.toHaveProperty('sections');
    expect(mapItem(item('Sagen afgøres i: Byrådet\n\nIndledning\n\nKort tekst.')).fields).toMatchObject({
      decidingBody: 'Byrådet',
      sections: { indledning: 'Kort tekst.' },
    });
  });
});
