import { describe, expect, it } from 'vitest';
import { itemMeta } from './item-meta.ts';

describe('facts of an item printed by this system', () => {
  it('reads "Lukket punkt", theme and case number, and splits agenda text from minutes at "Referat"', () => {
    expect(
      itemMeta(
        'Lukket punkt\n\nTema: Boligsociale tiltag · Sagsnr. 22/03117\n\nPunktet behandles for lukkede døre.\n\nReferat\n\nKommunen og Lejerbo gennemgik sagen.',
      ),
    ).toEqual({
      closed: true,
      themeLabel: 'Boligsociale tiltag',
      caseNumber: '22/03117',
      text: 'Punktet behandles for lukkede døre.',
      notes: 'Kommunen og Lejerbo gennemgik sagen.',
    });
    expect(itemMeta('Tema: Boligsocial indsats\nTekst')).toMatchObject({ themeLabel: 'Boligsocial indsats', text: '', notes: 'Tekst' });
  });

  it('leaves text of other minutes as it is', () => {
    expect(itemMeta('Administration\n\nAdministrationen kører godt.')).toEqual({
      closed: false,
      themeLabel: null,
      caseNumber: null,
      text: '',
      notes: 'Administration\n\nAdministrationen kører godt.',
    });
    expect(itemMeta('Punktet er lukket punkt for offentligheden.')).toMatchObject({ closed: false });
  });
});
