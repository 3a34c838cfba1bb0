import { readFileSync } from 'node:fs';
import { expectText, type Journey } from '../lib/journey.ts';

const SEED_002 = readFileSync(new URL('../../src/demo/seeds/002-helsingoer-raadet.txt', import.meta.url));

/**
 * Helsingør's supervisor imports the council's minutes (seed 002): an empty upload is refused on
 * the field, the preview warns that the demo data already holds these minutes, the corrected
 * preview is saved, and the council's cases come out as formal items.
 */
export const importMinutes: Journey = {
  name: 'supervisor imports old minutes, corrects the preview and gets formal items',
  async run({ session }) {
    const s = await session();
    await s.login('tilsyn.helsingoer@demo.dk');
    await s.visit('/kommuner/0217/moeder');
    await s.page.getByRole('link', { name: 'Importér et referat' }).click();
    await s.checkA11y();

    await s.page.getByRole('button', { name: 'Læs referatet' }).click();
    await s.page.waitForLoadState();
    await s.checkA11y();
    expectText(await s.text(), 'Vælg referatet, du vil importere');

    await s.page
      .getByLabel('Referat', { exact: true })
      .setInputFiles({ name: 'raadsmoede-april-2021.txt', mimeType: 'text/plain', buffer: SEED_002 });
    await s.page.getByRole('button', { name: 'Læs referatet' }).click();
    await s.page.waitForLoadState();
    await s.checkA11y();
    const preview = await s.text();
    expectText(preview, 'Kontrollér det importerede referat');
    expectText(preview, 'Referatet er måske importeret før');
    expectText(preview, 'er skrevet som en formel sag');

    // A title the user changes, and a bad deadline that is refused and kept.
    await s.page.getByLabel('Titel', { exact: true }).first().fill('Rådet for Almene Boligforhold 7. april 2021 (kopi)');
    const actions = s.page.getByLabel(/^Opfølgningspunkter(?: \(valgfrit\))?$/).first();
    await actions.fill('Send høringssvaret; Sekretariatet; 31. februar 2021');
    await s.page.getByRole('button', { name: 'Gem mødet' }).click();
    await s.page.waitForLoadState();
    await s.checkA11y();
    expectText(await s.text(), 'er ikke en gyldig dato');
    await s.page
      .getByLabel(/^Opfølgningspunkter(?: \(valgfrit\))?$/)
      .first()
      .fill('Send høringssvaret; Sekretariatet; 30. april 2021');
    await s.page.getByRole('button', { name: 'Gem mødet' }).click();
    await s.page.waitForURL((u) => /^\/moeder\/\d+$/.test(u.pathname));
    await s.checkA11y();
    const meeting = await s.text();
    expectText(meeting, 'Rådet for Almene Boligforhold 7. april 2021 (kopi)');
    expectText(meeting, 'Sagsnr. 21/4954 · Sagen afgøres i Byrådet 2018-2021');
    expectText(meeting, 'Send høringssvaret – Sekretariatet (frist 30. april 2021)');

    await s.page.getByRole('link', { name: 'Beslutning: Ny organisering på almenboligområdet' }).click();
    await s.checkA11y();
    const item = await s.text();
    expectText(item, 'Sagsfremstilling');
    expectText(item, 'Indstilling');
    expectText(item, 'Økonomiudvalget 2018-2021 den 15. marts 2021: Sagen udsat på supplerende oplysninger.');
  },
};
