import { expectText, type Journey } from '../lib/journey.ts';
import { pdfWith } from '../../test/documents.ts';

const REQUIRED = ['Styringsrapport med bilag', 'Regnskab', 'Årsberetning', 'Revisionsprotokollat'];

/**
 * Next year's dialogue with Lejerbo Næstved: the supervisor convenes; Lejerbo uploads and sends
 * the package; the supervisor finds an item lacking and returns the package; Lejerbo completes
 * it; the supervisor approves every item and accepts.
 */
export const documentation: Journey = {
  name: 'documentation package: convene, upload, send, return, complete, accept',
  async run({ session }) {
    const year = 2027;
    const sup = await session();
    await sup.login('tilsyn.naestved@demo.dk');
    await sup.visit('/boligorganisationer');
    await sup.page.getByRole('link', { name: 'Lejerbo Næstved' }).click();
    const orgPath = new URL(sup.page.url()).pathname;
    const dialogue = `${orgPath}/styringsdialog/${year}`;
    await sup.visit(dialogue);
    await sup.page.getByLabel('Ny fase').selectOption({ label: 'Indkaldt' });
    await sup.page.getByRole('button', { name: 'Skift fase' }).click();
    await sup.page.waitForLoadState();
    expectText(await sup.text(), 'Indkaldt');

    const org = await session();
    await org.login('lejerbo.naestved@demo.dk');
    await org.visit(`${dialogue}/dokumentationspakke`);
    const upload = async (item: string, name: string, buffer: Buffer, mimeType = 'application/pdf') => {
      await org.page.getByLabel(`Læg filer op til ${item}`).setInputFiles({ name, mimeType, buffer });
      await org.page
        .locator('form')
        .filter({ has: org.page.getByLabel(`Læg filer op til ${item}`) })
        .getByRole('button', { name: 'Læg op' })
        .click();
      await org.page.waitForLoadState();
    };
    await upload('Regnskab', 'regnskab.pdf', Buffer.from('MZ this is not a pdf'));
    await org.checkA11y();
    expectText(await org.text(), 'hedder .pdf, men er ikke en PDF-fil');
    for (const item of REQUIRED.slice(0, 3)) await upload(item, `${item}.pdf`, await pdfWith(`${item} ${year} for Lejerbo Næstved`));
    await org.page.getByRole('button', { name: 'Send pakken til kommunen' }).click();
    await org.page.waitForLoadState();
    await org.checkA11y();
    // The demo's published aftaledokument 2025 asked for one more document, which the package now requires.
    expectText(await org.text(), 'Der mangler filer til: Revisionsprotokollat, Plan for energirenovering af Manøvej.');
    await upload(REQUIRED[3], 'revisionsprotokollat.pdf', await pdfWith('Revisionsprotokollat uden bemærkninger.'));
    await upload('Plan for energirenovering af Manøvej', 'energiplan.pdf', await pdfWith('Plan for energirenovering af Manøvej.'));
    await upload('Status på sidste års aftaledokument', 'status.pdf', await pdfWith('Status: målene er nået.'));
    await org.page.getByRole('button', { name: 'Send pakken til kommunen' }).click();
    await org.page.waitForLoadState();
    expectText(await org.text(), 'Indsendt til kommunen');

    await sup.visit(`${dialogue}/dokumentationspakke`);
    const review = async (item: string, verdict: 'Godkendt' | 'Mangler', note = '') => {
      const form = sup.page.locator('form').filter({ has: sup.page.getByRole('group', { name: `Vurdering af ${item}` }) });
      await form.getByLabel(verdict, { exact: true }).check();
      await form.getByLabel('Bemærkning').fill(note);
      await form.getByRole('button', { name: 'Gem vurdering' }).click();
      await sup.page.waitForLoadState();
    };
    await review('Regnskab', 'Mangler', 'Noterne til regnskabet mangler.');
    await sup.checkA11y();
    await sup.page.getByRole('button', { name: 'Send pakken retur' }).click();
    await sup.page.waitForLoadState();

    await org.visit(`${dialogue}/dokumentationspakke`);
    const returned = await org.text();
    expectText(returned, 'Kommunen har sendt pakken retur');
    expectText(returned, 'Noterne til regnskabet mangler.');
    await upload('Regnskab', 'noter.pdf', await pdfWith('Noter til regnskabet'));
    await org.page.getByRole('button', { name: 'Send pakken til kommunen' }).click();
    await org.page.waitForLoadState();

    await sup.visit(`${dialogue}/dokumentationspakke`);
    for (const item of [...REQUIRED, 'Plan for energirenovering af Manøvej']) await review(item, 'Godkendt');
    await sup.page.getByRole('button', { name: 'Godkend pakken' }).click();
    await sup.page.waitForLoadState();
    await sup.checkA11y();
    expectText(await sup.text(), 'Godkendt af kommunen');
    await sup.visit(`/tilsyn?aar=${year}`);
    expectText(await sup.text(), '5 af 5 (accepteret)');
  },
};
