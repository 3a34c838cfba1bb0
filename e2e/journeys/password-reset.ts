import { expectText, type Journey } from '../lib/journey.ts';

const EMAIL = 'laeser.hilleroed@demo.dk';
const DEMO = 'Styringsdialog2026';
const NEW = 'Et nyt og langt kodeord til Hillerød';

/**
 * A reader has forgotten the password: "Glemt adgangskode?" on the login page, the mail in the
 * outbox (no SMTP here, so the admin's Udbakke shows it), a new password by the link, which then
 * stops working; the session open elsewhere has ended. Then "Skift adgangskode" puts the demo
 * password back, so the demo users stay as the README lists them.
 */
export const passwordReset: Journey = {
  name: 'a user resets a forgotten password by the mailed link, then changes it',
  async run({ session }) {
    const elsewhere = await session();
    await elsewhere.login(EMAIL);

    const user = await session();
    await user.visit('/login');
    await user.page.getByRole('link', { name: 'Glemt adgangskode?' }).click();
    await user.page.waitForURL((u) => u.pathname === '/glemt-adgangskode');
    await user.checkA11y();
    await user.page.getByLabel('E-mail').fill(EMAIL);
    await user.page.getByRole('button', { name: 'Send link' }).click();
    await user.page.waitForLoadState();
    await user.checkA11y();
    expectText(await user.text(), `Hvis der er en bruger med e-mailen ${EMAIL}, har vi sendt et link til den.`);

    const admin = await session();
    await admin.login('admin@demo.dk');
    await admin.visit('/admin/udbakke');
    const mail = admin.page.locator('details', { hasText: EMAIL }).filter({ hasText: 'Ny adgangskode til Styringsdialog' }).first();
    const body = (await mail.locator('pre').textContent()) ?? '';
    const link = /https?:\/\/\S+\/nulstil-adgangskode\/[\w-]+/.exec(body)?.[0];
    if (!link) throw new Error(`no reset link in the outbox; the mail read:\n${body}`);
    const path = new URL(link).pathname;

    await user.visit(path);
    expectText(await user.text(), 'Vælg en ny adgangskode');
    expectText(await user.text(), 'Mindst 10 og højst 200 tegn.');
    await user.page.getByLabel('Ny adgangskode', { exact: true }).fill(NEW);
    await user.page.getByLabel('Gentag ny adgangskode').fill('noget andet end det første');
    await user.page.getByRole('button', { name: 'Gem ny adgangskode' }).click();
    await user.page.waitForLoadState();
    await user.checkA11y();
    expectText(await user.text(), 'De to adgangskoder er ikke ens.');
    await user.page.getByLabel('Ny adgangskode', { exact: true }).fill(NEW);
    await user.page.getByLabel('Gentag ny adgangskode').fill(NEW);
    await Promise.all([
      user.page.waitForURL((u) => u.pathname === '/login'),
      user.page.getByRole('button', { name: 'Gem ny adgangskode' }).click(),
    ]);
    await user.checkA11y();
    expectText(await user.text(), 'Din adgangskode er ændret. Log ind med den nye.');

    await elsewhere.page.goto('/konto');
    if (new URL(elsewhere.page.url()).pathname !== '/login') throw new Error('the session open elsewhere survived the reset');

    await user.visit(path, 404);
    expectText(await user.text(), 'Linket virker ikke længere');

    await user.login(EMAIL, NEW);
    await user.visit('/konto');
    await user.page.getByRole('link', { name: 'Skift adgangskode' }).click();
    await user.page.waitForURL((u) => u.pathname === '/konto/adgangskode');
    await user.checkA11y();
    expectText(await user.text(), 'Mindst 10 og højst 200 tegn.');
    await user.page.getByLabel('Nuværende adgangskode').fill(NEW);
    await user.page.getByLabel('Ny adgangskode', { exact: true }).fill(DEMO);
    await user.page.getByLabel('Gentag ny adgangskode').fill(DEMO);
    await Promise.all([
      user.page.waitForURL((u) => u.pathname === '/konto'),
      user.page.getByRole('button', { name: 'Skift adgangskode' }).click(),
    ]);
    await user.checkA11y();
    expectText(await user.text(), 'Din adgangskode er ændret.');
    await user.logout();
    await user.login(EMAIL, DEMO);
  },
};
