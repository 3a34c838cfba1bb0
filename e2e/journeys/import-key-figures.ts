import { expectText, type Journey } from '../lib/journey.ts';

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
const HEADER = 'År;LBF-nr.;Afd.nr.;Henlæggelser pr. m²;Årets resultat;Fraflytningsprocent';

/**
 * Lejerbo's editor imports a year's key figures from the organisation page: a file with a bad
 * line is refused with the line and column named and nothing saved; the corrected file is
 * previewed with what will change, confirmed, and the result page sums it up.
 */
export const importKeyFigures: Journey = {
  name: 'organisation editor imports key figures, fixing a bad line first',
  async run({ session }) {
    const s = await session();
    await s.login('lejerbo.naestved@demo.dk');
    await s.visit('/boligorganisationer');
    await s.page.getByRole('link', { name: 'Lejerbo Næstved' }).click();
    await s.page.getByRole('link', { name: 'Importér nøgletal fra en fil' }).click();
    await s.checkA11y();
    expectText(await s.text(), 'Importér nøgletal for Lejerbo Næstved');
    const upload = async (buffer: Buffer) => {
      await s.page.getByLabel('Fil med nøgletal').setInputFiles({ name: 'noegletal-2001.csv', mimeType: 'text/csv', buffer });
      await s.page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
      await s.page.waitForLoadState();
      await s.checkA11y();
    };

    await s.page.getByLabel('Kilde').fill('Lejerbos regnskab');
    await upload(csv([HEADER, '2001;370;101;185;120.000;9,5', '2001;370;102;mange;-45.000;12,0', '2001;370;103;210;80.000;8,0']));
    const report = await s.text();
    expectText(report, 'Filen kan ikke importeres');
    expectText(report, 'Henlæggelser pr. m² skal være et tal, ikke „mange“.');
    expectText(report, 'Henlæggelser pr. m²', 'the column of the error');

    // The way back keeps the source typed.
    await s.page.getByRole('link', { name: 'Indlæs en ny fil' }).click();
    await s.page.waitForLoadState();
    if ((await s.page.getByLabel('Kilde').inputValue()) !== 'Lejerbos regnskab') throw new Error('the source was not kept');
    await upload(csv([HEADER, '2001;370;101;185;120.000;9,5', '2001;370;102;160;-45.000;12,0', '2001;370;103;210;80.000;8,0']));
    const preview = await s.text();
    expectText(preview, 'Forhåndsvisning af nøgletal');
    expectText(preview, 'Lejerbos regnskab');
    expectText(preview, 'Agerhønevej');
    await s.page.getByRole('button', { name: 'Importér 3 linjer' }).click();
    await s.page.waitForURL((u) => /^\/noegletal\/import\/\d+$/.test(u.pathname));
    await s.checkA11y();
    const result = await s.text();
    expectText(result, 'Nøgletallene er importeret');
    expectText(result, '3 nye afdelingsår');
    await s.page.getByRole('link', { name: 'Tilbage til Lejerbo Næstved' }).click();
    await s.page.waitForURL((u) => /^\/boligorganisationer\/\d+$/.test(u.pathname));
  },
};
