import { extractText, getDocumentProxy } from 'unpdf';
import { expectText, type Journey } from '../lib/journey.ts';

/**
 * Næstved's supervisor prepares next year's meeting with Lejerbo from the guide's agenda and the
 * proposed follow-up of the imported 2022 minutes, convenes it, holds it (a note, a decision and
 * an action item), sends the minutes; Lejerbo comments and approves; the supervisor approves,
 * the minutes lock, and the PDF holds what was decided.
 */
export const meetings: Journey = {
  name: 'meeting: agenda with proposed items, minutes, decision and action, approval by both, PDF',
  async run({ session }) {
    const sup = await session();
    await sup.login('tilsyn.naestved@demo.dk');
    await sup.page.getByRole('link', { name: 'Møder', exact: true }).click();
    await sup.page.waitForLoadState();
    await sup.checkA11y();
    await sup.page.getByRole('link', { name: 'Opret møde' }).click();
    await sup.page.getByLabel('Slags møde').selectOption({ label: 'Styringsdialogmøde' });
    await sup.page.getByLabel('Boligorganisation').selectOption({ label: 'Lejerbo Næstved' });
    await sup.page.getByLabel('Titel').fill('Styringsdialogmøde 2027 – Lejerbo Næstved');
    await sup.page.getByLabel('Dato').fill('2027-03-10');
    await sup.page.getByLabel('Starttidspunkt').fill('10:00');
    await sup.page.getByLabel('Sluttidspunkt').fill('09:00');
    await sup.checkA11y();
    await sup.page.getByRole('button', { name: 'Opret møde' }).click();
    await sup.page.waitForLoadState();
    await sup.checkA11y();
    expectText(await sup.text(), 'Sluttidspunktet skal ligge efter starttidspunktet.');
    await sup.page.getByLabel('Sluttidspunkt').fill('12:00');
    await sup.page.getByLabel('Mødested').fill('Rådmandshaven 20, Næstved');
    await sup.page.getByRole('button', { name: 'Opret møde' }).click();
    await sup.page.waitForURL(/\/moeder\/\d+$/);
    const meetingPath = new URL(sup.page.url()).pathname;
    await sup.checkA11y();
    let text = await sup.text();
    expectText(text, 'Foreslåede punkter');
    expectText(text, 'Status på åbne opfølgningspunkter');
    await sup.page.getByRole('button', { name: 'Sæt de valgte punkter på dagsordenen' }).click();
    await sup.page.waitForLoadState();
    text = await sup.text();
    expectText(text, /1\.\s*Opfølgning på aftaler fra sidste møde|1\.\s*Status på åbne opfølgningspunkter/);

    await sup.page.locator('summary', { hasText: 'Tilføj deltager' }).click();
    await sup.page.getByLabel('Navn').fill('Ole Hansen');
    await sup.page
      .locator('form')
      .filter({ has: sup.page.getByLabel('Navn') })
      .getByLabel('Titel')
      .fill('Forretningsfører, Lejerbo');
    await sup.page.getByLabel('Side').selectOption({ label: 'Boligorganisationen' });
    await sup.page.getByLabel('E-mail').fill('ole.hansen@lejerbo.dk');
    await sup.page.getByRole('button', { name: 'Tilføj deltager' }).click();
    await sup.page.waitForLoadState();
    await sup.page.getByRole('button', { name: 'Indkald til mødet' }).click();
    await sup.page.waitForLoadState();
    expectText(await sup.text(), 'Sidst indkaldt');

    await sup.page.getByRole('link', { name: 'Eventuelt', exact: true }).click();
    await sup.page.waitForLoadState();
    await sup.checkA11y();
    await sup.page
      .getByLabel('Referat af punktet')
      .fill('Lejerbo ønsker fortsat en socialvicevært.\n- Kommunen undersøger finansieringen.');
    await sup.page.getByRole('button', { name: 'Gem punktet' }).click();
    await sup.page.waitForURL(new RegExp(`${meetingPath}(#.*)?$`));
    await sup.page.getByRole('link', { name: 'Eventuelt', exact: true }).click();
    await sup.page.locator('summary', { hasText: 'Tilføj beslutning' }).click();
    await sup.page
      .getByLabel('Beslutning', { exact: true })
      .fill('Det blev aftalt, at kommunen og Lejerbo udarbejder en fælles ansøgning om en socialvicevært.');
    await sup.page.getByRole('button', { name: 'Tilføj beslutning' }).click();
    await sup.page.waitForLoadState();
    await sup.page.locator('summary', { hasText: 'Tilføj opfølgningspunkt' }).click();
    await sup.page.getByLabel('Hvad skal gøres').fill('Udkast til ansøgning om socialvicevært');
    await sup.page.getByLabel('Ansvarlig').fill('Jette Hansen');
    await sup.page.getByLabel('Frist').fill('2027-05-01');
    // A double click must send the form once (public/app.js), or the action item is added twice.
    // Counted in the page: submissions that get past the script, stopped before they leave.
    // A string, since tsx would add helpers the page does not have to a function.
    const sent = await sup.page.evaluate(`(() => {
      const form = [...document.querySelectorAll('label')].find((l) => l.textContent.includes('Hvad skal gøres')).control.form;
      let count = 0;
      const stop = (e) => { if (!e.defaultPrevented) count++; e.preventDefault(); };
      document.addEventListener('submit', stop);
      form.requestSubmit();
      form.requestSubmit();
      document.removeEventListener('submit', stop);
      delete form.dataset.submitting;
      return count;
    })()`);
    if (sent !== 1) throw new Error(`A double submit sent the form ${sent} times`);
    await sup.page.getByRole('button', { name: 'Tilføj opfølgningspunkt' }).click();
    await sup.page.waitForLoadState();
    await sup.checkA11y();
    expectText(await sup.text(), 'Udkast til ansøgning om socialvicevært – Jette Hansen (frist 1. maj 2027)');

    await sup.visit(meetingPath);
    await sup.page.getByRole('button', { name: 'Send referatet til boligorganisationen til kommentering' }).click();
    await sup.page.waitForLoadState();

    const org = await session();
    await org.login('lejerbo.naestved@demo.dk');
    await org.page.getByRole('link', { name: 'Møder', exact: true }).click();
    await org.page.waitForLoadState();
    await org.checkA11y();
    await org.page.getByRole('link', { name: 'Styringsdialogmøde 2027 – Lejerbo Næstved' }).click();
    await org.page.waitForLoadState();
    await org.page.getByLabel('Skriv en bemærkning til referatet').fill('Vi er enige i referatet. Tak for et godt møde.');
    await org.page.getByRole('button', { name: 'Gem bemærkning' }).click();
    await org.page.waitForLoadState();
    await org.page.getByRole('button', { name: 'Godkend referatet' }).click();
    await org.page.waitForLoadState();
    await org.checkA11y();
    expectText(await org.text(), 'Vi er enige i referatet.');

    await sup.visit(meetingPath);
    await sup.page.getByRole('button', { name: 'Godkend referatet' }).click();
    await sup.page.waitForLoadState();
    await sup.checkA11y();
    expectText(await sup.text(), 'Referatet er godkendt og låst');

    const pdf = await sup.page.request.get(`${meetingPath}/referat.pdf`);
    if (pdf.status() !== 200 || pdf.headers()['content-type'] !== 'application/pdf')
      throw new Error(`referat.pdf: ${pdf.status()} ${pdf.headers()['content-type']}`);
    const { text: pages } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), { mergePages: true });
    expectText(pages, 'Det blev aftalt, at kommunen og Lejerbo udarbejder en fælles ansøgning', 'referat.pdf');
    expectText(pages, 'Ole Hansen', 'referat.pdf');
  },
};
