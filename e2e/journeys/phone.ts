import type { Journey } from '../lib/journey.ts';

const PAGES = [
  '/',
  '/kommuner',
  '/boligorganisationer',
  '/afdelinger',
  '/konto',
  '/tilsyn',
  '/kommuner/0219/aarshjul',
  '/kommuner/0219/moeder',
];

/**
 * On a 360 px phone the pages fit the screen: no sideways scrolling of the whole page; the menu is
 * the design system's drawer, opened from the "Menu" link and closed again.
 */
export const phone: Journey = {
  name: 'pages fit a phone screen',
  async run({ session }) {
    const s = await session({ width: 360, height: 740 });
    await s.login('tilsyn.hilleroed@demo.dk');
    const fits = async (path: string) => {
      const [scroll, client] = await s.page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if (scroll > client + 1) throw new Error(`${path} is ${scroll} px wide on a ${client} px screen`);
    };
    for (const path of PAGES) {
      await s.visit(path);
      await fits(path);
      if (path.endsWith('/aarshjul')) {
        // The wheel for a phone: larger text on a smaller canvas, so its labels can be read.
        const src = await s.page.evaluate(() => document.querySelector<HTMLImageElement>('.sd-wheel-figure img')?.currentSrc ?? '');
        if (!src.includes('visning=kompakt')) throw new Error(`the year wheel on a phone is ${src}, not the compact one`);
      }
    }
    const menu = s.page.getByRole('navigation', { name: 'Hovedmenu' });
    if (await menu.isVisible()) throw new Error('the menu is open before "Menu" is pressed');
    await s.page.getByRole('link', { name: 'Menu', exact: true }).click();
    await menu.getByRole('link', { name: 'Tilsyn' }).waitFor();
    await s.checkA11y();
    await menu.getByRole('link', { name: 'Luk menuen' }).click();
    await menu.waitFor({ state: 'hidden' });
    await s.page.getByRole('link', { name: 'Menu', exact: true }).click();
    await menu.getByRole('link', { name: 'Møder' }).click();
    await s.page.waitForURL(/\/moeder$|\/kommuner\/0219\/moeder$/);
    // The last page is the meetings list: the imported Hillerød minutes open on a phone too.
    await s.page.locator('table a').first().click();
    await s.page.waitForLoadState();
    await s.checkA11y();
    await fits(new URL(s.page.url()).pathname);
    await s.page.screenshot({ path: 'test-results/phone-organisations.png', fullPage: false });
  },
};
