import iconv from 'iconv-lite';
import { expectText, type Journey } from '../lib/journey.ts';

const csv = (lines: string[]) => iconv.encode(lines.join('\r\n'), 'win1252');
const HEADER = 'Afdelingsnummer;Navn;Adresse;Postnummer;By;Kommunekode;Familieboliger;Ældreboliger;Areal (m²);Opførelsesår';

/**
 * Lejerbo imports estates from a spreadsheet saved by Excel (Windows-1252, semicolons): a bad
 * file is refused line by line and nothing is saved; the corrected file is previewed and imported.
 */
export const importEstates: Journey = {
  name: 'organisation imports estates from a Windows-1252 CSV',
  async run({ session }) {
    const s = await session();
    await s.login('lejerbo.naestved@demo.dk');
    await s.visit('/boligorganisationer');
    await s.page.getByRole('link', { name: 'Lejerbo Næstved' }).click();
    await s.page.getByRole('link', { name: 'Importér afdelinger' }).click();
    await s.checkA11y();
    const upload = async (name: string, buffer: Buffer) => {
      await s.page.getByLabel('Fil med afdelinger').setInputFiles({ name, mimeType: 'text/csv', buffer });
      await s.page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
      await s.page.waitForLoadState();
      await s.checkA11y();
    };

    await upload(
      'afdelinger.csv',
      csv([HEADER, '104;Ærøvej;Ærøvej 1-20;4700;Næstved;0370;48;0;3.900;1981', '105;Bøgevænget;;4700;Næstved;9999;-3;0;2.100;1990']),
    );
    const report = await s.text();
    expectText(report, 'Filen kan ikke importeres');
    // The error table: the line, then what is wrong in it.
    expectText(report, '3\tKommunekoden 9999 er ikke en af de 98 kommuner.');

    await s.page.getByRole('link', { name: 'Indlæs en ny fil' }).click();
    await upload(
      'afdelinger.csv',
      csv([HEADER, '104;Ærøvej;Ærøvej 1-20;4700;Næstved;0370;48;0;3.900;1981', '105;Bøgevænget;;4700;Næstved;0370;30;6;2.100;1990']),
    );
    const preview = await s.text();
    expectText(preview, 'Forhåndsvisning af import');
    expectText(preview, 'Ærøvej');
    await s.page.getByRole('button', { name: 'Importér 2 afdelinger' }).click();
    await s.page.waitForURL((u) => /^\/boligorganisationer\/\d+$/.test(u.pathname));
    await s.checkA11y();
    const org = await s.text();
    expectText(org, 'Ærøvej');
    expectText(org, 'Bøgevænget');
  },
};
