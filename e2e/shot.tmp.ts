import { launchBrowser, Session } from './lib/browser.ts';
const [base, email, ...paths] = process.argv.slice(2);
const browser = await launchBrowser();
try {
  for (const width of [1280, 390]) {
    const s = await Session.open(browser, base, { width, height: 900 });
    await s.login(email);
    for (const p of paths) {
      const page = await s.visit(p);
      const name = `/tmp/shots/${p.replace(/[^a-z0-9]+/gi, '_')}_${width}.png`;
      await page.screenshot({ path: name, fullPage: true });
      try { await s.checkA11y(); console.log('axe ok', p, width); } catch (e) { console.log('AXE FAIL', p, width, String(e).slice(0, 500)); }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      console.log(name, overflow ? 'OVERFLOW' : '');
    }
  }
} finally { await browser.close(); }
