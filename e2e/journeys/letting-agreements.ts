import { expectText, type Journey } from '../lib/journey.ts';

/**
 * A letting agreement from draft to approval: the organisation's administrator writes a
 * municipal assignment (a share under the legal 25 % refused at the field, the typed text kept),
 * submits it; the municipality's supervisor finds it on the municipality's list and approves it.
 */
export const lettingAgreements: Journey = {
  name: 'organisation submits a letting agreement and the municipality approves it',
  async run({ session }) {
    const org = await session();
    await org.login('bdk@demo.dk');
    await org.visit('/boligorganisationer');
    await org.page.getByRole('link', { name: 'Hillerød Almene Boligselskab' }).first().click();
    await org.page.getByRole('link', { name: 'Kommunal anvisning, fleksibel udlejning og fast anvisningsret' }).click();
    await org.checkA11y();
    expectText(await org.text(), 'Fast anvisningsret til navngivne boliger');
    await org.page.getByRole('link', { name: 'Ny udlejningsaftale' }).click();
    await org.checkA11y();

    await org.page.getByLabel('Slags aftale').selectOption('kommunal_anvisning');
    await org.page.getByLabel('Andel af de ledige boliger (%)').fill('20');
    await org.page.getByLabel('Ullerødbyen', { exact: false }).check();
    await org.page.getByLabel('Gælder fra').fill('2027-01-01');
    await org.page.getByLabel('Udløber').fill('2030-12-31');
    await org.page.getByLabel('Bemærkning').fill('Aftalt på mødet');
    await org.page.getByRole('button', { name: 'Gem' }).click();
    await org.page.waitForLoadState();
    await org.checkA11y();
    expectText(await org.text(), 'Kommunen har efter loven ret til at anvise mindst 25 %');
    if ((await org.page.getByLabel('Bemærkning').inputValue()) !== 'Aftalt på mødet') throw new Error('typed note was lost');
    await org.page.getByLabel('Andel af de ledige boliger (%)').fill('30');
    await org.page.getByRole('button', { name: 'Gem' }).click();
    await org.page.waitForURL((u) => /\/udlejningsaftaler\/\d+$/.test(u.pathname));
    const href = new URL(org.page.url()).pathname;
    await org.checkA11y();
    await org.page.getByRole('button', { name: 'Indsend til kommunen' }).click();
    await org.page.waitForLoadState();
    expectText(await org.text(), 'Indsendt til kommunen');

    const muni = await session();
    await muni.login('tilsyn.hilleroed@demo.dk');
    await muni.visit('/kommuner/0219');
    await muni.page.getByRole('link', { name: 'Kommunens udlejningsaftaler med boligorganisationerne' }).click();
    await muni.page.getByLabel('Status').selectOption('indsendt');
    await muni.page.getByRole('button', { name: 'Vis' }).click();
    await muni.page.waitForLoadState();
    await muni.checkA11y();
    await muni.page.locator(`a[href="${href}"]`).click();
    await muni.page.getByRole('button', { name: 'Godkend aftalen' }).click();
    await muni.page.waitForLoadState();
    await muni.checkA11y();
    expectText(await muni.text(), 'Godkendt af kommunen');
  },
};
