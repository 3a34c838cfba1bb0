import { expectText, type Journey } from '../lib/journey.ts';

/**
 * The admin invites a case worker; the e-mail waits in the outbox (no SMTP here); the
 * invitee sets a password and logs in; once disabled (after the confirmation step), the open
 * session stops working at once.
 */
export const invitation: Journey = {
  name: 'admin invites a user, who logs in and is then disabled',
  async run({ session }) {
    const admin = await session();
    await admin.login('admin@demo.dk');
    await admin.visit('/admin/brugere');
    const p = admin.page;
    await p.getByLabel('Navn', { exact: true }).fill('Søren Ærø');
    await p.getByLabel('E-mail', { exact: true }).fill('soeren.aeroe@helsingor.dk');
    await p.getByLabel('Rolle').selectOption({ label: 'Kommune – tilsyn (redaktør)' });
    await p.getByLabel(/^Kommune/).selectOption('0217');
    await p.getByRole('button', { name: 'Send invitation' }).click();
    await p.waitForLoadState();
    await admin.checkA11y();
    expectText(await admin.text(), 'Invitationen er oprettet');
    const link = (await p.locator('main code').first().innerText()).trim();

    await admin.visit('/admin/udbakke');
    expectText(await admin.text(), 'soeren.aeroe@helsingor.dk');

    const invitee = await session();
    await invitee.visit(new URL(link).pathname);
    expectText(await invitee.text(), 'Velkommen, Søren Ærø');
    await invitee.page.getByLabel('Ny adgangskode', { exact: true }).fill('kort');
    await invitee.page.getByLabel('Gentag ny adgangskode').fill('kort');
    await invitee.page.getByRole('button', { name: 'Gem adgangskode' }).click();
    await invitee.page.waitForLoadState();
    await invitee.checkA11y();
    expectText(await invitee.text(), 'Der er');
    await invitee.page.getByLabel('Ny adgangskode', { exact: true }).fill('Helsingør-tilsyn-2026');
    await invitee.page.getByLabel('Gentag ny adgangskode').fill('Helsingør-tilsyn-2026');
    await invitee.page.getByRole('button', { name: 'Gem adgangskode' }).click();
    await invitee.page.waitForURL((u) => u.pathname === '/');
    expectText(await invitee.text(), 'Velkommen, Søren Ærø');
    await invitee.logout();
    await invitee.login('soeren.aeroe@helsingor.dk', 'Helsingør-tilsyn-2026');
    await invitee.visit('/boligorganisationer');
    expectText(await invitee.text(), 'Helsingør Almennyttige Boligselskab');

    await admin.visit('/admin/brugere');
    await admin.page.getByRole('link', { name: 'Deaktivér Søren Ærø' }).click();
    const step = admin.page.getByRole('dialog', { name: /Er du sikker på, at du vil deaktivere Søren Ærø/ });
    await step.waitFor();
    await admin.checkA11y();
    await step.getByRole('button', { name: 'Ja, deaktivér Søren Ærø' }).click();
    await admin.page.waitForURL((u) => u.pathname === '/admin/brugere');
    await invitee.page.goto('/boligorganisationer');
    if (new URL(invitee.page.url()).pathname !== '/login') throw new Error('a disabled user still reached /boligorganisationer');
  },
};
