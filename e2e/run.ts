/*
 * End-to-end journeys in real Chromium against a real server process on a fresh data folder
 * with the demo data. Every page a journey visits is checked with axe-core (WCAG 2.1 AA).
 * Usage: npm run test:e2e [-- name-filter]
 */
import { mkdir } from 'node:fs/promises';
import { launchBrowser, type Session } from './lib/browser.ts';
import { journeyContext, type Journey } from './lib/journey.ts';
import { startServer } from './lib/server.ts';
import { journeys } from './journeys/index.ts';

const filter = process.argv[2];
const selected: Journey[] = journeys.filter((j) => !filter || j.name.includes(filter));
const server = await startServer();
const browser = await launchBrowser();
await mkdir('test-results', { recursive: true });
let failed = 0;
const pages = new Set<string>();
try {
  for (const journey of selected) {
    const sessions: Session[] = [];
    const started = Date.now();
    let error: unknown;
    try {
      await journey.run(journeyContext(browser, server, sessions));
    } catch (e) {
      error = e;
    }
    const violations = sessions.flatMap((s) => s.violations);
    sessions.forEach((s) => s.checked.forEach((p) => pages.add(p)));
    if (error || violations.length) {
      failed++;
      console.log(`✗ ${journey.name}`);
      if (error) console.log(`  ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`.replaceAll('\n', '\n  '));
      for (const v of violations) console.log(`  axe ${v.id} (${v.impact}) on ${v.page}: ${v.help} — ${v.targets.slice(0, 3).join(', ')}`);
      const last = sessions.at(-1);
      if (last)
        await last.page.screenshot({ path: `test-results/${journey.name.replace(/\W+/g, '-')}.png`, fullPage: true }).catch(() => {});
    } else {
      console.log(`✓ ${journey.name} (${Date.now() - started} ms)`);
    }
    await Promise.all(sessions.map((s) => s.close()));
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(
  `\ne2e: ${selected.length - failed} passed, ${failed} failed; ${pages.size} distinct pages checked with axe-core (WCAG 2.1 AA)`,
);
if (failed) {
  console.log(`screenshots of failures in test-results/; server output:\n${server.output().slice(-3000)}`);
  process.exit(1);
}
