/**
 * An aftaledokument as plain data, for the renderers' tests and for looking at the output
 * (render-sample.ts). The wording follows seed 000 (Lejerbo Næstved, 2021) and the KL/BL guide.
 */
import type { WrittenDocument } from './model.ts';

export const sampleWritten: WrittenDocument = {
  kindLabel: 'Aftaledokument',
  title: 'Aftaledokument 2021 – Lejerbo Næstved',
  municipality: 'Næstved Kommune',
  meta: [
    { label: 'Boligorganisation', value: 'Lejerbo Næstved (LBF 0370-0123)' },
    { label: 'Mødet', value: 'onsdag den 2. marts 2022 kl. 10.00–12.00, Rådhuset, Teatergade 8, Næstved' },
  ],
  status: 'Offentliggjort 4. april 2022',
  version: 2,
  generatedAt: '2022-04-04T08:15:00Z',
  sections: [
    {
      heading: 'Deltagere',
      blocks: [
        {
          kind: 'table',
          columns: [
            { label: 'Navn', width: 3 },
            { label: 'Titel', width: 4 },
            { label: 'Part', width: 3 },
          ],
          rows: [
            ['Mette Sørensen', 'Tilsynsmedarbejder', 'Næstved Kommune'],
            ['Jørgen Ørum', 'Afdelingsleder, Plan og Udvikling', 'Næstved Kommune'],
            ['Åse Lærkegård', 'Formand for organisationsbestyrelsen', 'Lejerbo Næstved'],
            ['Søren Bækgaard', 'Forretningsfører, Lejerbo', 'Lejerbo Næstved'],
          ],
        },
      ],
    },
    {
      heading: 'Fokuspunkter for det kommende år',
      blocks: [
        {
          kind: 'text',
          text: 'Parterne er enige om at have særlig fokus på:\n\n- henlæggelser til planlagt vedligeholdelse i afdelinger under 200 kr./m²\n- udlejningen af de små boliger i Præstøvej-afdelingen\n  - herunder samarbejdet med jobcentret om anvisning\n- beboerdemokratiet, hvor to afdelinger ikke har holdt afdelingsmøde',
        },
      ],
    },
    {
      heading: 'Aftaler',
      blocks: [
        {
          kind: 'table',
          columns: [
            { label: 'Aftale', width: 5 },
            { label: 'Afdelinger', width: 2 },
            { label: 'Ansvarlig', width: 2 },
            { label: 'Frist', width: 2 },
            { label: 'Status', width: 2 },
          ],
          rows: [
            ['Henlæggelser hæves til mindst 200 kr./m² om året', 'Afd. 12 Præstøvej', 'Boligorganisationen', '31. december 2023', 'I gang'],
            ['Udlejningsaftale for bofællesskaberne evalueres', 'Hele organisationen', 'Kommunen', '1. oktober 2022', 'Ikke startet'],
            [
              'Effektiviseringsmål på 2 % af driftsudgifterne',
              'Hele organisationen',
              'Boligorganisationen',
              '31. december 2024',
              'Opfyldt',
            ],
          ],
        },
      ],
    },
    {
      heading: 'Afdelingerne',
      blocks: [],
      sections: [
        {
          heading: 'Afd. 12 Præstøvej',
          blocks: [
            { kind: 'text', text: 'Afdelingen har røde tal tre år i træk og skal have en handlingsplan.' },
            {
              kind: 'table',
              columns: [
                { label: 'Nøgletal', width: 5 },
                { label: '2019', width: 2, align: 'right' },
                { label: '2020', width: 2, align: 'right' },
                { label: '2021', width: 2, align: 'right' },
              ],
              rows: [
                ['Henlæggelser pr. m² (kr.)', '142,0', '151,5', '158,0'],
                ['Tomgang (dage)', '1.204', '1.388', '1.512'],
              ],
            },
          ],
        },
        { heading: 'Afd. 14 Holmegårdsparken', blocks: [{ kind: 'text', text: 'Ingen særlig fokus.' }] },
      ],
    },
    {
      heading: 'Dokumentation til næste års pakke',
      blocks: [{ kind: 'text', text: '- Vedligeholdelsesplan for afd. 12 Præstøvej\n- Referat af afdelingsmøderne' }],
    },
    {
      heading: 'Næste møde',
      blocks: [
        {
          kind: 'facts',
          lines: [
            { label: 'Dato', value: 'marts 2023' },
            { label: 'Sted', value: 'Rådhuset, Næstved' },
          ],
        },
      ],
    },
  ],
  signatures: [
    { label: 'For Næstved Kommune', lines: ['Godkendt 28. marts 2022', 'Mette Sørensen, Tilsynsmedarbejder'] },
    { label: 'For Lejerbo Næstved', lines: ['Godkendt 30. marts 2022', 'Åse Lærkegård, formand'] },
  ],
};
