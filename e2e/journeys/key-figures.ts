import { expectText, type Journey } from '../lib/journey.ts';

/**
 * A supervisor opens an estate's key figures from its page: the colour in words, the benchmark
 * table, a chart that loads with its numbers behind "Vis tallene"; switches year; then the
 * organisation's page with chosen indicators, sorted by colour, and its presentation.
 */
export const keyFigures: Journey = {
  name: 'supervisor reads an estate’s and an organisation’s key figures',
  async run({ session }) {
    const s = await session();
    await s.login('tilsyn.hilleroed@demo.dk');
    await s.visit('/afdelinger');
    await s.page.getByRole('link', { name: 'Solbakken' }).first().click();
    await s.page.waitForLoadState();
    await s.checkA11y();
    expectText(await s.text(), /Samlet farve 2025:\s*Rød\s+Rød tre år i træk/);
    await s.page.getByRole('link', { name: 'Afdelingens nøgletal, sammenligning og udvikling' }).click();
    await s.page.waitForURL((u) => u.pathname.endsWith('/noegletal'));
    await s.checkA11y();
    let text = await s.text();
    expectText(text, 'Nøgletal for Solbakken');
    expectText(text, 'Rød tre år i træk');
    expectText(text, /Sammenligning 2025/);
    expectText(text, 'Landsmedian');

    // The chart is a picture with a text alternative; it loads, and its numbers are a table behind "Vis tallene".
    const chart = s.page.getByRole('img', { name: /Linjediagram over Henlæggelser pr\. m²/ });
    await chart.scrollIntoViewIfNeeded();
    const loaded = await chart.evaluate((img: HTMLImageElement) =>
      img.decode().then(
        () => img.naturalWidth > 0,
        () => false,
      ),
    );
    if (!loaded) throw new Error('the chart did not load');
    const figure = s.page.locator('figure', { has: chart });
    await figure.getByText('Vis tallene').click();
    const table = figure.getByRole('table');
    // The estate's own line year by year (the medians are columns only where enough estates compare).
    expectText(await table.innerText(), /År\s+Afd\. 1 Solbakken[\s\S]*2025/, 'the chart’s table');
    await s.checkA11y();

    await s.page.getByLabel('År', { exact: true }).selectOption('2022');
    await s.page.getByRole('button', { name: 'Vis år' }).click();
    await s.page.waitForURL((u) => u.searchParams.get('aar') === '2022');
    await s.checkA11y();
    text = await s.text();
    expectText(text, 'Sammenligning 2022');
    if (text.includes('Rød tre år i træk')) throw new Error('2022 is not the third red year');

    // The organisation's page: only two indicators, the reddest estates first.
    await s.page.getByRole('link', { name: /Nøgletal for alle afdelinger i/ }).click();
    await s.page.waitForURL((u) => u.pathname.endsWith('/noegletal'));
    await s.checkA11y();
    for (const box of await s.page.getByRole('group', { name: 'Vis nøgletal' }).getByRole('checkbox').all()) await box.uncheck();
    await s.page.getByLabel('Henlæggelser pr. m²', { exact: true }).check();
    await s.page.getByLabel('Årets resultat', { exact: true }).check();
    await s.page.getByLabel('Sortér efter').selectOption('farve');
    await s.page.getByRole('button', { name: 'Vis', exact: true }).click();
    await s.page.waitForURL((u) => u.searchParams.getAll('vis').length === 2);
    await s.checkA11y();
    const estates = s.page.getByRole('table', { name: /Afdelingernes nøgletal/ });
    const headers = await estates.getByRole('columnheader').allInnerTexts();
    if (!headers.some((h) => h.includes('Henlæggelser')) || headers.some((h) => h.includes('Effektivitetstal')))
      throw new Error(`unexpected columns: ${headers.join(' | ')}`);
    const first = await estates.getByRole('row').nth(1).innerText();
    expectText(first, 'Solbakken', 'the first row');
    expectText(first, 'Rød', 'the first row');

    await s.page.getByRole('link', { name: /Præsentation/ }).click();
    await s.page.waitForURL((u) => u.pathname.endsWith('/praesentation'));
    await s.checkA11y();
    expectText(await s.text(), /nøgletal 2025/);
    if ((await s.page.locator('nav').count()) !== 0) throw new Error('the presentation shows navigation');
  },
};
