import { expectText, type Journey } from '../lib/journey.ts';

/** The public reads a forum's members; a supervisor adds a board member to an organisation and ends the membership. */
export const registryPeople: Journey = {
  name: 'fora are public; a supervisor registers a board member',
  async run({ session }) {
    const anon = await session();
    await anon.visit('/fora');
    await anon.page.getByRole('link', { name: 'Rådet for Almene Boligforhold' }).click();
    await anon.checkA11y();
    expectText(await anon.text(), 'Palle Wørmann');

    const s = await session();
    await s.login('tilsyn.hilleroed@demo.dk');
    await s.visit('/administrationsorganisationer');
    await s.page.getByRole('link', { name: 'Boligkontoret Danmark' }).click();
    await s.checkA11y();
    expectText(await s.text(), 'Hillerød Almene Boligselskab');
    await s.visit('/personer');
    expectText(await s.text(), 'Lena Andersen');

    await s.visit('/boligorganisationer');
    await s.page.getByRole('link', { name: 'Hillerød Almene Boligselskab' }).click();
    await s.page.getByRole('link', { name: 'Tilføj person til organisationen' }).click();
    await s.checkA11y();
    const p = s.page;
    await p.getByLabel('Navn', { exact: true }).fill('Jørgen Ølgaard');
    await p.getByLabel('E-mail').fill('ikke-en-mail');
    await p.getByLabel('Titel').fill('Bestyrelsesmedlem');
    await p.getByLabel('Startdato').fill('2026-05-01');
    await p.getByLabel('Slutdato').fill('2026-04-01');
    await p.getByRole('button', { name: 'Gem' }).click();
    await p.waitForLoadState();
    await s.checkA11y();
    const errors = await s.text();
    expectText(errors, 'Skriv en gyldig e-mail');
    if ((await p.getByLabel('Navn', { exact: true }).inputValue()) !== 'Jørgen Ølgaard') throw new Error('typed name was lost');
    await p.getByLabel('E-mail').fill('joergen@example.dk');
    await p.getByLabel('Slutdato').fill('');
    await p.getByRole('button', { name: 'Gem' }).click();
    await p.waitForURL((u) => /^\/personer\/\d+$/.test(u.pathname));
    await s.checkA11y();
    const person = await s.text();
    expectText(person, 'Jørgen Ølgaard');
    expectText(person, 'Bestyrelsesmedlem');
  },
};
