import { expectText, type Journey } from '../lib/journey.ts';

/** The public: the front page and the municipalities without login; anything else asks for login. */
export const anonymous: Journey = {
  name: 'anonymous visitor',
  async run({ session }) {
    const s = await session();
    await s.visit('/');
    expectText(await s.text(), 'Styringsdialog');
    await s.visit('/kommuner');
    expectText(await s.text(), 'Albertslund');
    await s.visit('/kommuner/0219');
    expectText(await s.text(), 'Hillerød Almene Boligselskab');
    await s.visit('/boligorganisationer');
    if (new URL(s.page.url()).pathname !== '/login') throw new Error(`expected a login redirect, got ${s.page.url()}`);
    await s.visit('/findes-ikke', 404);
    expectText(await s.text(), 'Siden findes ikke');
  },
};
