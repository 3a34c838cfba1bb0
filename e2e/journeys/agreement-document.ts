import { extractText, getDocumentProxy } from 'unpdf';
import { expectText, type Journey } from '../lib/journey.ts';

/**
 * Næstved's supervisor turns a decision of the 2022 dialogue meeting with Lejerbo (seed 003) into
 * an agreement, generates the year's aftaledokument from the dialogue, writes a focus point and
 * sends it; Lejerbo approves it; the supervisor approves and publishes it, and the PDF says what
 * the page says. The year's report to the council, made from the dialogues, lists it as published;
 * approved, it is on the public site, where a visitor without login reads it (axe, also at 390 px).
 */
export const agreementDocument: Journey = {
  name: 'aftaledokument: generated from the dialogue, approved by both parties, published, PDF, listed by the council report',
  async run({ session }) {
    const sup = await session();
    await sup.login('tilsyn.naestved@demo.dk');
    await sup.visit('/kommuner/0370/moeder');
    await sup.page.getByRole('link', { name: 'Referat af styringsdialogmøde med Lejerbo' }).click();
    await sup.page.waitForLoadState();
    const items = await sup.page.locator('main a[href*="/punkter/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    // A decision made an agreement already (another journey) leads to it; else one click makes it.
    let agreed = false;
    for (const item of items) {
      await sup.visit(item);
      const make = sup.page.getByRole('button', { name: 'Gør til aftale' });
      const see = sup.page.getByRole('link', { name: 'Se aftalen' });
      if ((await make.count()) > 0) await make.first().click();
      else if ((await see.count()) > 0) await see.first().click();
      else continue;
      await sup.page.waitForURL(/\/aftaler\/\d+$/);
      agreed = true;
      break;
    }
    if (!agreed) throw new Error('no decision on the meeting’s items to make an agreement of');
    await sup.checkA11y();
    const agreementText = (await sup.page.locator('main .font-lead').first().innerText()).trim();
    const listHref = await sup.page.locator('.sd-dl a[href$="/aftaler"]').getAttribute('href');
    const dialoguePath = listHref!.replace(/\/aftaler$/, '');

    await sup.visit(dialoguePath);
    await sup.page.getByRole('link', { name: 'Aftaledokument', exact: true }).click();
    await sup.page.waitForURL(/\/aftaledokument$/);
    await sup.checkA11y();
    await sup.page.getByRole('button', { name: 'Lav aftaledokumentet' }).click();
    await sup.page.waitForURL(/\/aftaledokumenter\/\d+$/);
    await sup.checkA11y();
    const documentPath = new URL(sup.page.url()).pathname;
    let text = await sup.text();
    expectText(text, 'Version 1 · Udkast');
    expectText(text, agreementText.slice(0, 40));

    await sup.page.getByRole('link', { name: /Ret afsnittet.*Fokuspunkter/ }).click();
    await sup.page.waitForLoadState();
    await sup.checkA11y();
    await sup.page.getByLabel('Fokuspunkter for det kommende år').fill('- Den fælles ansøgning følges op på næste møde.');
    await sup.page.getByRole('button', { name: 'Gem afsnittet' }).click();
    await sup.page.waitForURL(new RegExp(`${documentPath}`));
    await sup.page.getByRole('button', { name: 'Send til boligorganisationen' }).click();
    await sup.page.waitForLoadState();
    await sup.checkA11y();
    expectText(await sup.text(), 'Sendt til boligorganisationen');

    const org = await session();
    await org.login('lejerbo.naestved@demo.dk');
    await org.visit(documentPath);
    await org.checkA11y();
    expectText(await org.text(), 'Den fælles ansøgning følges op på næste møde.');
    await org.page.getByRole('button', { name: 'Godkend for boligorganisationen' }).click();
    await org.page.waitForLoadState();
    await org.checkA11y();

    await sup.visit(documentPath);
    await sup.page.getByRole('button', { name: 'Godkend for kommunen' }).click();
    await sup.page.waitForLoadState();
    await sup.page.getByRole('button', { name: 'Offentliggør' }).click();
    await sup.page.waitForLoadState();
    await sup.checkA11y();
    text = await sup.text();
    expectText(text, 'Version 1 · Offentliggjort');

    await sup.visit(dialoguePath);
    expectText(await sup.text(), 'Offentliggjort');

    const pdf = await sup.page.request.get(`${documentPath}/aftaledokument.pdf`);
    if (pdf.status() !== 200 || pdf.headers()['content-type'] !== 'application/pdf')
      throw new Error(`aftaledokument.pdf: ${pdf.status()} ${pdf.headers()['content-type']}`);
    const { text: pages } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), { mergePages: true });
    const flat = pages.replace(/\s+/g, ' ');
    expectText(flat, 'Den fælles ansøgning følges op på næste møde.', 'aftaledokument.pdf');
    expectText(flat, 'For Lejerbo Næstved', 'aftaledokument.pdf');
    // The council report of the dialogue's year: made by the supervisor, it lists the document as published.
    const year = /\/styringsdialog\/(\d{4})$/.exec(dialoguePath)![1];
    const reportPath = `/kommuner/0370/redegoerelser/${year}`;
    // Made here; if another run made it already, its generated sections are brought up to date instead.
    const exists = (await sup.page.request.get(reportPath)).status() === 200;
    await sup.visit(reportPath, exists ? 200 : 404);
    const report = sup.page.getByRole('button', { name: exists ? 'Opdater fra data' : `Opret redegørelse for ${year}` });
    await sup.checkA11y();
    await report.click();
    await sup.page.waitForURL(new RegExp(`${reportPath}$`));
    await sup.checkA11y();
    const row = sup.page.locator('main tr', { hasText: 'Lejerbo Næstved' });
    expectText(await row.innerText(), `Offentliggjort`, "the council report's row for Lejerbo Næstved");
    expectText(await row.innerText(), '(version 1)', "the council report's row for Lejerbo Næstved");
    const reportPdf = await sup.page.request.get(`${reportPath}/redegoerelse.pdf`);
    if (reportPdf.status() !== 200) throw new Error(`redegoerelse.pdf: ${reportPdf.status()}`);
    const { text: reportPages } = await extractText(await getDocumentProxy(new Uint8Array(await reportPdf.body())), { mergePages: true });
    expectText(reportPages.replace(/\s+/g, ' '), 'Aftaledokument', 'redegoerelse.pdf');
    // Approved, the report is public: a visitor without login reads it, on a desktop and a phone.
    await sup.page.getByRole('button', { name: 'Godkend redegørelsen' }).click();
    await sup.page.waitForURL(new RegExp(`${reportPath}$`));
    expectText(await sup.text(), 'Redegørelsen er godkendt');
    await sup.checkA11y();
    for (const viewport of [undefined, { width: 390, height: 844 }]) {
      const visitor = await session(viewport);
      await visitor.visit('/offentlig/kommuner/0370');
      await visitor.page.locator(`main a[href="/offentlig/kommuner/0370/redegoerelser/${year}"]`).click();
      await visitor.page.waitForURL(new RegExp(`/offentlig/kommuner/0370/redegoerelser/${year}$`));
      await visitor.checkA11y();
      expectText(await visitor.text(), 'Lejerbo Næstved');
    }
  },
};
