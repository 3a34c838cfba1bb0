import { expectText, type Journey } from '../lib/journey.ts';

/**
 * Næstved's supervisor turns the decision of the imported 2022 dialogue meeting with Lejerbo (seed 003) into an agreement
 * with one click, sets its status with a note, and finds it in the dialogue's list of agreements;
 * Næstved's demo agreement with a key-figure target shows the figures as evidence.
 */
export const agreements: Journey = {
  name: 'agreements: the supervisor turns a decision into an agreement',
  async run({ session }) {
    const sup = await session();
    await sup.login('tilsyn.naestved@demo.dk');
    await sup.visit('/kommuner/0370/moeder');
    await sup.page.getByRole('link', { name: 'Referat af styringsdialogmøde med Lejerbo' }).click();
    await sup.page.waitForLoadState();
    const items = await sup.page.locator('main a[href*="/punkter/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    let found = false;
    for (const item of items) {
      await sup.visit(item);
      if ((await sup.page.getByRole('button', { name: 'Gør til aftale' }).count()) > 0) {
        found = true;
        break;
      }
    }
    if (!found) throw new Error('no decision with "Gør til aftale" on the meeting’s items');
    await sup.checkA11y();
    const itemPath = new URL(sup.page.url()).pathname;
    await sup.page.getByRole('button', { name: 'Gør til aftale' }).first().click();
    await sup.page.waitForURL(/\/aftaler\/\d+$/);
    await sup.checkA11y();
    let text = await sup.text();
    expectText(text, 'Aftale i styringsdialogen 2022');
    expectText(text, 'Ikke startet');
    if ((await sup.page.getByRole('link', { name: 'Beslutning på mødet' }).getAttribute('href')) !== itemPath)
      throw new Error('the agreement does not link back to the decision');

    await sup.page.getByLabel('Ny status').selectOption({ label: 'I gang' });
    await sup.page.getByLabel('Bemærkning').fill('Arbejdet er sat i gang efter mødet.');
    await sup.page.getByRole('button', { name: 'Skift status' }).click();
    await sup.page.waitForLoadState();
    await sup.checkA11y();
    text = await sup.text();
    expectText(text, 'Arbejdet er sat i gang efter mødet.');

    await sup.page.getByRole('link', { name: 'Ret aftalen' }).click();
    await sup.page.waitForLoadState();
    await sup.checkA11y();
    await sup.page.getByLabel('Frist').fill('2021-06-30');
    await sup.page.getByRole('button', { name: 'Gem aftalen' }).click();
    await sup.page.waitForLoadState();
    await sup.checkA11y();
    expectText(await sup.text(), 'Fristen kan ikke ligge før styringsdialogens år (2022).');

    await sup.visit(itemPath);
    await sup.page.getByRole('link', { name: 'Se aftalen' }).first().click();
    await sup.page.waitForURL(/\/aftaler\/\d+$/);
    await sup.page.locator('.sd-dl a[href$="/aftaler"]').click();
    await sup.page.waitForURL(/\/styringsdialog\/2022\/aftaler$/);
    await sup.checkA11y();
    expectText(await sup.text(), 'Aftaler og mål 2022');

    await sup.visit('/tilsyn?aar=2025');
    await sup.checkA11y();
    expectText(await sup.text(), 'Åbne aftaler');
    await sup.page.locator('tr', { hasText: 'Lejerbo Næstved' }).locator('a[href$="/styringsdialog/2025/aftaler"]').click();
    await sup.page.waitForLoadState();
    await sup.checkA11y();
    await sup.page.getByRole('link', { name: /Manøvej hæver henlæggelserne/ }).click();
    await sup.page.waitForURL(/\/aftaler\/\d+$/);
    await sup.checkA11y();
    text = await sup.text();
    expectText(text, 'Ikke opfyldt');
    expectText(text, /2025\s*85 kr/);
  },
};
