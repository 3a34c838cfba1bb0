import { extractText, getDocumentProxy } from 'unpdf';
import { expectText, type Journey } from '../lib/journey.ts';

/**
 * A member of the public, without login, on a desktop and on a 390 px phone: from Hillerød's
 * municipality page to its public page, the approved minutes of the dialogue meeting (HTML and
 * PDF), an organisation and one of its estates. axe checks every page; on the phone nothing
 * scrolls sideways. From the minutes, the search box finds a word of an item, highlighted, and
 * its hit leads to the page. On the estate's page the visitor finds its Atom feed and subscribes
 * by e-mail, and is asked to confirm. An estate whose dialogue meeting is held shows its charts,
 * which fit the phone, with their numbers and CSV. From the front page, "Find din afdeling" finds
 * an estate, and the search finds Lejerbo Næstved's published aftaledokument 2025: version 2,
 * then version 1 from its list of versions, and the PDF, read as text.
 */
export const publicSite: Journey = {
  name: 'public site: a citizen reads approved minutes, searches, an organisation, an estate and an aftaledokument',
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
      // The search box on the page: a word of the first item's title finds the item, highlighted; its hit leads back to the minutes.
      const heading = await s.page.locator('main .sd-minutes-item').first().locator('h2, h3, h4').first().innerText();
      const word = heading.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0];
      await s.page.locator('#public-search-q').fill(word);
      await Promise.all([
        s.page.waitForURL((u) => u.pathname === '/offentlig/soeg'),
        s.page.getByRole('button', { name: 'Søg' }).first().click(),
      ]);
      await s.checkA11y();
      await fits();
      if ((await s.page.locator('main .sd-hits mark').count()) === 0) throw new Error(`no highlighted hit for "${word}"`);
      const hit = s.page.locator('main .sd-hits a').first();
      const hitHref = await hit.getAttribute('href');
      await Promise.all([s.page.waitForURL((u) => u.pathname === hitHref!.split('#')[0]), hit.click()]);
      await s.checkA11y();
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
      // Following the estate: its Atom feed, and a subscription by e-mail whose confirmation is asked for.
      const feed = await s.page.request.get(`${estate}/feed.atom`);
      if (feed.status() !== 200 || !feed.headers()['content-type'].startsWith('application/atom+xml'))
        throw new Error(`the feed answered ${feed.status()}`);
      await s.page.getByLabel('Din e-mail').fill(`borger-${viewport ? 'mobil' : 'pc'}@example.dk`);
      await Promise.all([
        s.page.waitForURL((u) => u.pathname === `${estate}/abonnement`),
        s.page.getByRole('button', { name: 'Abonnér' }).click(),
      ]);
      await s.checkA11y();
      await fits();
      expectText(await s.text(), 'Tjek din e-mail');

      // An estate of an organisation whose dialogue meeting is held: its charts over the held years,
      // each picture from its own address, scaled to the screen, its numbers behind "Vis tallene" and as CSV.
      let charted: string | null = null;
      const municipalityHtml = await (await s.page.request.get('/offentlig/kommuner/0219')).text();
      for (const [, org] of municipalityHtml.matchAll(/href="(\/offentlig\/kommuner\/0219\/boligorganisationer\/\d+)"/g)) {
        const orgHtml = await (await s.page.request.get(org)).text();
        const first = /href="([^"]+\/afdelinger\/\d+)"/.exec(orgHtml)?.[1];
        if (first && (await (await s.page.request.get(first)).text()).includes('class="sd-trend"')) {
          charted = first;
          break;
        }
      }
      if (!charted) throw new Error('no estate in Hillerød with public charts');
      await s.visit(charted);
      await fits();
      expectText(await s.text(), 'Udvikling i nøgletallene');
      const chart = s.page.locator('main .sd-trend img').first();
      await chart.scrollIntoViewIfNeeded();
      await s.page.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('main .sd-trend img');
        return img !== null && img.complete && img.naturalWidth > 0;
      });
      const [shown, screen] = await chart.evaluate((img) => [img.getBoundingClientRect().width, document.documentElement.clientWidth]);
      if (shown > screen) throw new Error(`the chart is ${shown} px wide on a ${screen} px screen`);
      const svg = await s.page.request.get((await chart.getAttribute('src'))!);
      if (svg.status() !== 200 || !svg.headers()['content-type'].startsWith('image/svg+xml'))
        throw new Error(`the chart answered ${svg.status()}`);
      const csvHref = await s.page.locator('main .sd-trend-download a').first().getAttribute('href');
      const csv = await s.page.request.get(csvHref!);
      if (csv.status() !== 200 || !csv.headers()['content-type'].startsWith('text/csv'))
        throw new Error(`the chart's CSV answered ${csv.status()}`);
      await s.page.locator('main .sd-trend summary').first().click();
      await s.checkA11y();

      // The front page leads with the search: "Find din afdeling" looks among estates only.
      await s.visit('/');
      await s.page.locator('#find-estate-q').fill('Næstved');
      await Promise.all([
        s.page.waitForURL((u) => u.pathname === '/offentlig/soeg' && u.searchParams.get('type') === 'afdeling'),
        s.page.getByRole('button', { name: 'Find afdeling' }).click(),
      ]);
      await s.checkA11y();
      await fits();
      const found = await s.page.locator('main .sd-hits a[href*="/afdelinger/"]').first().getAttribute('href');
      if (!found) throw new Error('"Find din afdeling" found no estate in Næstved');

      // The aftaledokument: found by a word of its newest version, read, its older version read, the PDF downloaded.
      await s.visit('/');
      await s.page.locator('#public-search-q').fill('Beboerdemokratiet');
      await Promise.all([
        s.page.waitForURL((u) => u.pathname === '/offentlig/soeg'),
        s.page.getByRole('button', { name: 'Søg', exact: true }).first().click(),
      ]);
      await s.checkA11y();
      const docHit = await s.page.locator('main .sd-hits a[href*="/aftaledokumenter/"]').first().getAttribute('href');
      if (!docHit) throw new Error('the search found no aftaledokument for "Beboerdemokratiet"');
      await s.visit(docHit);
      await fits();
      const newest = await s.text();
      expectText(newest, 'Aftaledokument 2025 – Lejerbo Næstved');
      expectText(newest, 'Version 2, den gældende udgave');
      expectText(newest, 'Alle offentliggjorte versioner');
      const v1 = await s.page.locator('main a', { hasText: 'Aftaledokument 2025, version 1' }).first().getAttribute('href');
      await s.visit(v1!);
      await fits();
      expectText(await s.text(), 'Der findes en nyere version');
      const docPdf = await s.page.request.get(`${docHit}/aftaledokument.pdf`);
      if (docPdf.status() !== 200 || docPdf.headers()['content-type'] !== 'application/pdf')
        throw new Error(`the aftaledokument's PDF answered ${docPdf.status()}`);
      const printed = (await extractText(await getDocumentProxy(new Uint8Array(await docPdf.body())), { mergePages: true })).text;
      expectText(printed.replace(/\s+/g, ' '), 'Beboerdemokratiet');
    }
  },
};
