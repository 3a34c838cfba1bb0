import { expectNoText, expectText, type Journey } from '../lib/journey.ts';

/** Each demo user sees what is theirs on the front page and in the lists, and nothing else. */
const CASES = [
  { email: 'admin@demo.dk', sees: ['Lejerbo Næstved', 'Hillerød Almene Boligselskab'], not: [] },
  {
    email: 'tilsyn.hilleroed@demo.dk',
    sees: ['Hillerød Almene Boligselskab', 'Boligselskabet Nordsjælland'],
    not: ['Lejerbo Næstved', 'Bolig Næstved'],
  },
  { email: 'laeser.hilleroed@demo.dk', sees: ['Hillerød Almene Boligselskab'], not: ['Lejerbo Næstved'] },
  { email: 'tilsyn.naestved@demo.dk', sees: ['Lejerbo Næstved', 'Bolig Næstved'], not: ['Hillerød Almene Boligselskab'] },
  { email: 'lejerbo.naestved@demo.dk', sees: ['Lejerbo Næstved'], not: ['Bolig Næstved', 'Hillerød Almene Boligselskab'] },
  {
    email: 'bestyrelse.hilleroed@demo.dk',
    sees: ['Hillerød Almene Boligselskab'],
    not: ['Boligselskabet Nordsjælland', 'Lejerbo Næstved'],
  },
  // Boligkontoret Danmark administers organisations in Hillerød and Helsingør.
  {
    email: 'bdk@demo.dk',
    sees: ['Hillerød Almene Boligselskab', 'Helsingør Almennyttige Boligselskab'],
    not: ['Lejerbo Næstved', 'Boligselskabet Nordsjælland'],
  },
];

export const roles: Journey = {
  name: 'each role sees its own scope',
  async run({ session }) {
    // A page of Næstved's, to try from Hillerød.
    const naestved = await session();
    await naestved.login('tilsyn.naestved@demo.dk');
    await naestved.visit('/boligorganisationer');
    await naestved.page.getByRole('link', { name: 'Lejerbo Næstved' }).click();
    await naestved.checkA11y();
    const foreignUrl = new URL(naestved.page.url()).pathname;

    for (const c of CASES) {
      const s = await session();
      await s.login(c.email);
      expectText(await s.text(), 'Velkommen', `front page of ${c.email}`);
      await s.visit('/boligorganisationer');
      const list = await s.text();
      for (const name of c.sees) expectText(list, name, `organisations of ${c.email}`);
      for (const name of c.not) expectNoText(list, name, `organisations of ${c.email}`);
      await s.visit('/afdelinger');
      if (c.email !== 'admin@demo.dk' && !c.email.includes('naestved')) await s.visit(foreignUrl, 404);
      await s.logout();
      await s.visit('/boligorganisationer');
      if (new URL(s.page.url()).pathname !== '/login') throw new Error(`${c.email}: still logged in after logout`);
    }
  },
};
