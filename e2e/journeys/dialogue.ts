import { expectText, type Journey } from '../lib/journey.ts';

/**
 * Næstved's supervisor finds the late dialogue on the overview, convenes it (skipping a stage
 * needs a reason), is warned when moving it on to a package that was never sent, sets the meeting
 * date, and sees it on the årshjul; the organisation sees what it owes by when.
 */
export const dialogue: Journey = {
  name: 'supervisor follows up a late dialogue from the overview',
  async run({ session }) {
    const s = await session();
    await s.login('tilsyn.naestved@demo.dk');
    await s.visit('/tilsyn');
    const overview = await s.text();
    expectText(overview, 'Bolig Næstved');
    expectText(overview, 'Overskredet');
    await s.page.getByLabel('Kun overskredne frister').check();
    await s.page.getByRole('button', { name: 'Filtrér' }).click();
    await s.page.waitForLoadState();
    await s.checkA11y();
    await s.page.getByRole('link', { name: 'Bolig Næstved' }).click();
    await s.checkA11y();
    expectText(await s.text(), 'Planlagt');

    const p = s.page;
    await p.getByLabel('Ny fase').selectOption({ label: 'Dokumentationspakke modtaget' });
    await p.getByRole('button', { name: 'Skift fase' }).click();
    await p.waitForLoadState();
    await s.checkA11y();
    expectText(await s.text(), 'skal du skrive en begrundelse');
    await p.getByLabel('Ny fase').selectOption({ label: 'Indkaldt' });
    await p.getByRole('button', { name: 'Skift fase' }).click();
    await p.waitForLoadState();
    // The package has not been sent: the stage that says it has comes with a warning, and waits for a tick.
    await p.getByLabel('Ny fase').selectOption({ label: 'Dokumentationspakke modtaget' });
    await p.getByRole('button', { name: 'Skift fase' }).click();
    await p.waitForLoadState();
    await s.checkA11y();
    expectText(await s.text(), 'Boligorganisationen har ikke sendt dokumentationspakken.');
    await p.getByLabel('Skift fase alligevel').waitFor();
    await p.getByLabel('Dato for styringsdialogmødet').fill('2026-12-16');
    await p.getByRole('button', { name: 'Gem mødedato' }).click();
    await p.waitForLoadState();
    await s.checkA11y();
    const page = await s.text();
    expectText(page, '16. december 2026');
    expectText(page, 'Nanna Holm');

    await p.getByRole('link', { name: /Årshjul 2026/ }).click();
    await s.checkA11y();
    expectText(await s.text(), 'Frister i 2026 måned for måned');
    await s.visit('/kommuner/0370/aarshjul?aar=2026');

    const org = await session();
    await org.login('lejerbo.naestved@demo.dk');
    await org.visit('/mine-dialoger');
    expectText(await org.text(), 'Lejerbo Næstved');
  },
};
