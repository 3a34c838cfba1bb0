import { expectNoText, expectText, type Journey } from '../lib/journey.ts';

/**
 * Deactivating an organisation is the supervisor's decision, asked for on its own page and undone
 * by "Genaktivér". Runs last: the organisation is active again when it ends, but if a step fails
 * midway it is not, and no journey after it should depend on that.
 */
export const deactivate: Journey = {
  name: 'only the supervisor deactivates an organisation, after a confirmation, and can undo it',
  async run({ session }) {
    const own = await session();
    await own.login('lejerbo.naestved@demo.dk');
    await own.visit('/boligorganisationer');
    await own.page.getByRole('link', { name: 'Lejerbo Næstved' }).click();
    await own.checkA11y();
    if ((await own.page.getByRole('link', { name: 'Deaktivér' }).count()) > 0)
      throw new Error('the organisation is offered to deactivate itself');
    await own.page.getByRole('link', { name: 'Redigér' }).click();
    await own.checkA11y();
    if ((await own.page.getByLabel('Tilsynskommune').count()) > 0) throw new Error('the organisation is offered to move itself');
    expectText(await own.text(), 'Tilsynskommunen ændres af kommunen');

    const s = await session();
    await s.login('tilsyn.naestved@demo.dk');
    await s.visit('/tilsyn');
    expectText(await s.text(), 'Lejerbo Næstved', '/tilsyn before');
    await s.visit('/boligorganisationer');
    await s.page.getByRole('link', { name: 'Lejerbo Næstved' }).click();
    await s.checkA11y();
    const organisationPage = new URL(s.page.url()).pathname;

    // The step as a page, as a browser without JavaScript gets it; the supervisor thinks better of it.
    const stepPage = await s.page.getByRole('link', { name: 'Deaktivér' }).getAttribute('href');
    await s.visit(stepPage!);
    await s.checkA11y();
    const step = await s.text();
    expectText(step, 'Er du sikker på, at du vil deaktivere Lejerbo Næstved?');
    expectText(step, 'forsvinder fra kommunens tilsynsoversigt');
    await s.page.getByRole('link', { name: 'Annullér' }).click();
    await s.page.waitForURL((u) => u.pathname === organisationPage);
    expectNoText(await s.text(), 'Boligorganisationen er deaktiveret');

    // With JavaScript the same step opens as a dialog over the page: cancelled once, then confirmed.
    await s.page.getByRole('link', { name: 'Deaktivér' }).click();
    const dialog = s.page.getByRole('dialog', { name: 'Er du sikker på, at du vil deaktivere Lejerbo Næstved?' });
    await dialog.waitFor();
    await s.checkA11y();
    await dialog.getByRole('link', { name: 'Annullér' }).click();
    await dialog.waitFor({ state: 'detached' });
    if (new URL(s.page.url()).pathname !== organisationPage) throw new Error('cancelling the dialog left the page');
    await s.page.getByRole('link', { name: 'Deaktivér' }).click();
    await s.page.getByRole('dialog').getByRole('button', { name: 'Ja, deaktivér Lejerbo Næstved' }).click();
    await s.page.waitForURL((u) => u.pathname === organisationPage);
    await s.checkA11y();
    expectText(await s.text(), 'Boligorganisationen er deaktiveret');
    await s.visit('/tilsyn');
    expectNoText(await s.text(), 'Lejerbo Næstved', '/tilsyn after');

    await s.visit(organisationPage);
    await s.page.getByRole('button', { name: 'Genaktivér' }).click();
    // The same address again: wait for the notice to go rather than for the URL.
    await s.page.getByText('Boligorganisationen er deaktiveret').waitFor({ state: 'detached' });
    await s.checkA11y();
    const restored = await s.text();
    expectNoText(restored, 'Boligorganisationen er deaktiveret');
    expectText(restored, 'Genaktiveret');
    await s.visit('/tilsyn');
    expectText(await s.text(), 'Lejerbo Næstved', '/tilsyn after undo');
  },
};
