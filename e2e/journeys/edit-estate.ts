import { expectText, type Journey } from '../lib/journey.ts';

/** A supervisor corrects an estate: bad input is refused at the field and kept; the change shows in Historik. */
export const editEstate: Journey = {
  name: 'supervisor edits an estate, with bad input first',
  async run({ session }) {
    const s = await session();
    await s.login('tilsyn.hilleroed@demo.dk');
    await s.visit('/afdelinger');
    await s.page
      .getByRole('link', { name: /Solbakken/ })
      .first()
      .click();
    await s.checkA11y();
    await s.page.getByRole('link', { name: 'Redigér' }).click();
    await s.checkA11y();

    const homes = s.page.getByLabel('Familieboliger');
    await homes.fill('-5');
    await s.page.getByLabel('Navn', { exact: true }).fill('Solbakken Øst');
    await s.page.getByRole('button', { name: 'Gem' }).click();
    await s.page.waitForLoadState();
    await s.checkA11y();
    const errorPage = await s.text();
    expectText(errorPage, 'Der er en fejl i formularen');
    expectText(errorPage, 'Antal familieboliger kan ikke være negativt.');
    if ((await s.page.getByLabel('Navn', { exact: true }).inputValue()) !== 'Solbakken Øst') throw new Error('typed name was lost');
    if ((await homes.inputValue()) !== '-5') throw new Error('typed number was lost');

    await homes.fill('124');
    await s.page.getByRole('button', { name: 'Gem' }).click();
    await s.page.waitForURL((u) => !u.pathname.endsWith('/rediger') && /\/afdelinger\/\d+$/.test(u.pathname));
    await s.checkA11y();
    const detail = await s.text();
    expectText(detail, 'Solbakken Øst');
    expectText(detail, 'Historik');
    expectText(detail, 'Tina Lyhne');
  },
};
