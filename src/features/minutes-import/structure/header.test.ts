import { describe, expect, it } from 'vitest';
import { findMeetingDate, findPlace, findTitle } from './header.ts';
import { toLines } from '../text/reflow.ts';

const lines = (text: string) => toLines(text);
const none = { organisation: null, dialogue: false };

describe('the header', () => {
  it('takes the date from a label, not from the body', () => {
    const l = lines('Referat\nMødedato: Onsdag den 3. november 2021 kl. 10\nSted: Rådhuset\n\n1. Godkendelse\nFrist 1. december 2021.');
    expect(findMeetingDate(l, 3)).toBe('2021-11-03');
    expect(findPlace(l, 3)).toBe('Rådhuset');
  });

  it('takes the date from the title line or "afholdt den …"', () => {
    expect(findMeetingDate(lines('REFERAT Rådet for Almene Boligforhold d. 07-04-2021\nNoget andet'), 2)).toBe('2021-04-07');
    expect(findMeetingDate(lines('Styringsdialog 2022\n\nMødet blev afholdt den 3. november 2022 på Roskilde Rådhus.'), 2)).toBe(
      '2022-11-03',
    );
    expect(findPlace(lines('Styringsdialog 2022\n\nMødet blev afholdt den 3. november 2022 på Roskilde Rådhus.'), 2)).toBe(
      'Roskilde Rådhus',
    );
    expect(findMeetingDate(lines('Referat\nNæste møde afholdes den 2. november 2023.'), 0)).toBeNull();
  });

  it('takes the place from a line of date, time and place without a label', () => {
    const l = lines(
      'Fællesmøde for de almene boligorganisationer\n\nTirsdag d. 7. marts 2023 kl. 10.00-12.00, Randers Rådhus, Byrådssalen\n\nDeltagere:',
    );
    expect(findMeetingDate(l, 2)).toBe('2023-03-07');
    expect(findPlace(l, 2)).toBe('Randers Rådhus, Byrådssalen');
    expect(findPlace(lines('Referat\n3. november 2022, kl. 10. Mødet handlede om økonomi.'), 2)).toBeNull();
  });

  it('takes place and date from "Tid og sted"', () => {
    const l = lines('Tid og sted: Torsdag den 9. december 2021 kl. 13.00-15.00, Lejerbo, Jernbanegade 4');
    expect(findMeetingDate(l, 1)).toBe('2021-12-09');
    expect(findPlace(l, 1)).toBe('Lejerbo, Jernbanegade 4');
  });

  it('makes a title', () => {
    expect(findTitle(lines('REFERAT Rådet for Almene Boligforhold d. 07-04-2021'), 1, none)).toBe(
      'Referat – Rådet for Almene Boligforhold d. 07-04-2021',
    );
    expect(findTitle(lines('Referat af styringsdialogmøde med KAB 2022\nDato: 1.2.2022'), 2, none)).toBe(
      'Referat af styringsdialogmøde med KAB 2022',
    );
    expect(findTitle(lines('MØDEREFERAT\nStyringsdialog 2022 – Bo-Vita og Københavns Kommune'), 2, none)).toBe(
      'Mødereferat – Styringsdialog 2022 – Bo-Vita og Københavns Kommune',
    );
    expect(findTitle(lines('Referat\n'), 1, { organisation: 'Lejerbo', dialogue: true })).toBe('Referat af styringsdialogmøde med Lejerbo');
    expect(findTitle(lines('Deltagere:'), 0, { organisation: null, dialogue: false, fileName: '/tmp/styringsdialog_2022.docx' })).toBe(
      'styringsdialog 2022',
    );
  });

  it('makes a title of a line that names the meeting and says "referat" later, or is a committee\'s protocol', () => {
    expect(
      findTitle(
        lines('Gladsaxe Kommune\nBy- og Miljøforvaltningen\n\nDialogforum for almene boliger – referat\n\nDato: 12. okt. 2022'),
        4,
        { organisation: 'AKB', dialogue: true },
      ),
    ).toBe('Dialogforum for almene boliger – referat');
    expect(
      findTitle(lines('Silkeborg Kommune – referat af dialogmøde med Silkeborg Boligselskab\n\nMødet blev holdt d. 3/3-2022.'), 1, {
        organisation: 'Silkeborg Boligselskab',
        dialogue: true,
      }),
    ).toBe('Silkeborg Kommune – referat af dialogmøde med Silkeborg Boligselskab');
    expect(
      findTitle(lines('Randers Kommune\n\nFællesmøde for de almene boligorganisationer i Randers Kommune\n\nTirsdag d. 7. marts 2023'), 3, {
        organisation: 'Randers Bolig',
        dialogue: true,
      }),
    ).toBe('Fællesmøde for de almene boligorganisationer i Randers Kommune');
    expect(
      findTitle(lines('Vejle Kommune\n\nBeslutningsprotokol\nTeknisk Udvalg\n\nMødedato: 14. november 2022'), 4, {
        organisation: 'Boligselskabet Sydbo',
        dialogue: true,
      }),
    ).toBe('Beslutningsprotokol – Teknisk Udvalg');
  });

  it('does not take the kicker of our own PDF export for the title', () => {
    const l = lines(
      'Næstved Kommune    Referat · Styringsdialogmøde\n\nREFERAT · Styringsdialogmøde\n\nStyringsdialogmøde 2021 – Lejerbo Næstved\n\nDato: onsdag den 2. marts 2022',
    );
    expect(findTitle(l, 4, { organisation: 'Lejerbo', dialogue: true })).toBe('Referat – Styringsdialogmøde 2021 – Lejerbo Næstved');
  });
});
