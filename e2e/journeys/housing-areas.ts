import { expectText, type Journey } from '../lib/journey.ts';

/**
 * A supervisor puts a housing area under monitoring: from the municipality's page to a new area
 * of two estates, its figures (a share over 100 refused at the field first), and its status on
 * the lists of § 61 a/b with the criteria, in words and icons.
 */
export const housingAreas: Journey = {
  name: 'supervisor creates a housing area, enters its figures and sees its status',
  async run({ session }) {
    const s = await session();
    await s.login('tilsyn.hilleroed@demo.dk');
    await s.visit('/kommuner/0219');
    await s.page.getByRole('link', { name: 'Status, kriterier og tidlig varsel for kommunens boligområder' }).click();
    await s.checkA11y();
    await s.page.getByRole('link', { name: 'Opret boligområde' }).click();
    await s.checkA11y();

    await s.page.getByLabel('Navn', { exact: true }).fill('Nordvest');
    await s.page.getByRole('button', { name: 'Gem' }).click();
    await s.page.waitForLoadState();
    await s.checkA11y();
    expectText(await s.text(), 'Vælg mindst én afdeling, som boligområdet består af.');
    const estates = s.page.locator('input[name="estates"]');
    await estates.nth(0).check();
    await estates.nth(1).check();
    await s.page.getByRole('button', { name: 'Gem' }).click();
    await s.page.waitForURL((u) => /\/boligomraader\/\d+$/.test(u.pathname));
    await s.checkA11y();
    expectText(await s.text(), 'Der er endnu ingen tal for boligområdet.');

    const lastYear = new Date().getFullYear() - 1;
    for (const [year, outside] of [
      [lastYear - 1, '44'],
      [lastYear, '140'],
    ] as const) {
      await s.page.getByRole('link', { name: 'Indtast tal' }).click();
      await s.page.getByLabel('År', { exact: true }).fill(String(year));
      await s.page.getByLabel('Antal beboere').fill('2.400');
      await s.page.getByLabel('Uden for arbejde eller uddannelse (%)').fill(outside);
      await s.page.getByLabel('Kun grundskoleuddannelse (%)').fill('63,5');
      await s.page.getByLabel('Indkomst (% af regionens)').fill('58');
      await s.page.getByLabel('Indvandrere og efterkommere fra ikke-vestlige lande (%)').fill('41');
      await s.page.getByRole('button', { name: 'Gem tallene' }).click();
      await s.page.waitForLoadState();
    }
    // The second year's share of 140 % is refused at its field, with what was typed kept.
    await s.checkA11y();
    expectText(await s.text(), 'En andel kan højst være 100 %.');
    const field = s.page.getByLabel('Uden for arbejde eller uddannelse (%)');
    if ((await field.inputValue()) !== '140') throw new Error('typed share was lost');
    await field.fill('46,5');
    await s.page.getByRole('button', { name: 'Gem tallene' }).click();
    await s.page.waitForURL((u) => /\/boligomraader\/\d+$/.test(u.pathname));
    await s.checkA11y();
    const detail = await s.text();
    expectText(detail, 'Udsat boligområde');
    expectText(detail, 'Forebyggelsesområde');
    expectText(detail, `Efter tallene for ${lastYear}`);
    expectText(detail, `1. december ${lastYear + 1}`);
    expectText(detail, `gennemsnit af ${lastYear - 1} og ${lastYear}`);
    expectText(detail, 'Opfyldt');
    await s.page.screenshot({ path: 'test-results/housing-area.png', fullPage: true });

    await s.page.getByRole('link', { name: 'Boligområder', exact: true }).first().click();
    await s.checkA11y();
    const list = await s.text();
    expectText(list, 'Nordvest');
    expectText(list, 'Tidlig varsel');
    await s.page.screenshot({ path: 'test-results/housing-areas.png', fullPage: true });
  },
};
