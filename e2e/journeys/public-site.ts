import { expectText, type Journey } from '../lib/journey.ts';

/**
 * A member of the public, without login, on a desktop and on a 390 px phone: from Hillerød's
 * municipality page to its public page, the approved minutes of the dialogue meeting (HTML and
 * PDF), an organisation and one of its estates. axe checks every page; on the phone nothing
 * scrolls sideways.
 */
export const publicSite: Journey = {
  name: 'public site: a citizen reads approved minutes, an organisation and an estate',
  async run({ session }) {
    for (const viewport of [undefined, { width: 390, height: 844 }]) {
      const s = await session(viewport);
      const fits = async () => {
        if (!viewport) return;
        const [scroll, client] = await s.page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        if (scroll > client + 1) throw new Error(`${s.page.url()} is ${scroll} px wide on a ${client} px screen`);
      };
      await s.visit('/kommuner/0219');
      const publicHref = await s.page.locator('main a[href="/offentlig/kommuner/0219"]').getAttribute('href');
      await s.visit(publicHref!);
      await fits();
      expectText(await s.text(), 'Godkendte referater');
      const minutes = await s.page.locator('main a[href^="/offentlig/referater/"]').first().getAttribute('href');
      if (!minutes) throw new Error('no approved minutes on Hillerød’s public page');
      await s.visit(minutes);
      await fits();
      expectText(await s.text(), 'Dette er den offentlige udgave af referatet');
      const pdf = await s.page.request.get(`${minutes}/referat.pdf`);
      if (pdf.status() !== 200 || pdf.headers()['content-type'] !== 'application/pdf') throw new Error(`the PDF answered ${pdf.status()}`);
      await s.visit('/offentlig/kommuner/0219');
      const organisation = await s.page.locator('main a[href*="/boligorganisationer/"]').first().getAttribute('href');
      await s.visit(organisation!);
      await fits();
      expectText(await s.text(), 'Styringsdialogen år for år');
      const estate = await s.page.locator('main a[href*="/afdelinger/"]').first().getAttribute('href');
      await s.visit(estate!);
      await fits();
      expectText(await s.text(), 'Nøgletal');
    }
  },
};
