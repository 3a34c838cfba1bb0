import { describe, expect, it } from 'vitest';
import { composeSections, documentationItems, type DocumentFacts } from './compose.ts';

/* What the generated aftaledokument says, from the dialogue's data. */

const facts = (over: Partial<DocumentFacts> = {}): DocumentFacts => ({
  municipalityName: 'Hillerød Kommune',
  organisationName: 'Boligselskabet Nord',
  meeting: {
    startsAt: new Date('2025-10-14T08:00:00Z'),
    heldOn: '2025-10-14',
    place: 'Rådhuset',
    participants: [
      { name: 'Karin Kommune', title: 'Fuldmægtig', side: 'municipality', present: true },
      { name: 'Ole Organisation', title: null, side: 'organisation', present: false },
    ],
    next: { startsAt: new Date('2026-10-13T08:00:00Z'), place: 'Boligselskabets kontor' },
  },
  agreements: [
    { text: 'Henlæggelserne hæves.', status: 'I gang', responsible: 'Boligorganisationen', deadline: '2026-06-30', estateIds: [2] },
  ],
  estates: [
    { id: 1, number: 1, name: 'Engen' },
    { id: 2, number: 2, name: 'Bakken' },
    { id: 3, number: 3, name: 'Kæret' },
  ],
  focus: new Map([
    [
      3,
      {
        red: [
          { year: 2024, indicator: 'Årets resultat', value: '-120.000 kr.' },
          { year: 2024, indicator: 'Tomgang', value: '4,5 %' },
        ],
        plans: [{ year: 2024, text: 'Udlejningen styrkes.', deadline: '2025-12-31', handled: false }],
      },
    ],
  ]),
  ...over,
});

const section = (f: DocumentFacts, key: string) => composeSections(f).find((s) => s.key === key)!;

describe('composeSections', () => {
  it('gives every estate its actions, or "Ingen særlig fokus"', () => {
    const text = section(facts(), 'afdelinger').text;
    expect(text).toContain('- 1 Engen: Ingen særlig fokus');
    expect(text).toContain('- 2 Bakken:\n  - Aftale: Henlæggelserne hæves.');
    expect(text).toContain('- 3 Kæret:\n  - Handlingsplan (rød 2022–2024), frist 31. december 2025: Udlejningen styrkes.');
  });

  it('lists the key figures behind a red estate, and says so when none is red', () => {
    expect(section(facts(), 'noegletal').text).toBe('- 3 Kæret (2024): Årets resultat -120.000 kr., Tomgang 4,5 %');
    expect(section(facts({ focus: new Map() }), 'noegletal').text).toBe('Ingen afdelinger har røde nøgletal.');
  });

  it('tells when, where and who for each side, with the agreements and the next meeting', () => {
    const meeting = section(facts(), 'moede').text;
    expect(meeting).toContain('Styringsdialogmødet blev holdt 14. oktober 2025 kl. 10.00 (Rådhuset).');
    expect(meeting).toContain('For Hillerød Kommune:\n- Karin Kommune, Fuldmægtig');
    expect(meeting).toContain('For Boligselskabet Nord:\n- Ole Organisation (afbud)');
    expect(section(facts(), 'aftaler').text).toBe(
      '- Henlæggelserne hæves. Status: i gang. Ansvarlig: Boligorganisationen. Frist: 30. juni 2026.',
    );
    expect(section(facts(), 'naeste_moede').text).toBe(
      'Næste styringsdialogmøde holdes 13. oktober 2026 kl. 10.00 (Boligselskabets kontor).',
    );
    expect(section(facts({ meeting: { ...facts().meeting, next: null } }), 'naeste_moede').text).toBe(
      'Dato og sted for næste styringsdialogmøde aftales senere.',
    );
  });

  it('leaves the focus points and the extra documentation to the parties, marked as not from data', () => {
    for (const key of ['fokus', 'dokumentation']) expect(section(facts(), key)).toMatchObject({ text: '', fromData: false });
    expect(documentationItems('- Plan for energirenovering\n\n* Beboerundersøgelse\n  ')).toEqual([
      'Plan for energirenovering',
      'Beboerundersøgelse',
    ]);
  });
});
