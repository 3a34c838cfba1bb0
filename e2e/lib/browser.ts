import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import axe from 'axe-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The closed network stalls Chromium's background services; these flags keep it quiet.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

export interface A11yViolation {
  page: string;
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * Rules outside the WCAG tags that the run adds, and the ones among them (and among the WCAG
 * rules) whose "needs review" answers fail a journey too: axe cannot always tell whether a
 * repeated id or landmark name matters, but ours never should repeat. A repeated field id
 * sends a label to the wrong box (duplicate-id-aria, form-field-multiple-labels).
 */
const EXTRA_RULES = [
  'duplicate-id',
  'duplicate-id-active',
  'duplicate-id-aria',
  'landmark-unique',
  'landmark-one-main',
  'landmark-no-duplicate-main',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-main-is-top-level',
  'landmark-banner-is-top-level',
  'landmark-contentinfo-is-top-level',
];
const REVIEW_FAILS = new Set([...EXTRA_RULES, 'form-field-multiple-labels']);

/**
 * A browser context for one journey. Every page it loads is checked with axe-core against
 * WCAG 2.1 A and AA and the rules above; the violations are collected for the journey's verdict.
 * bypassCSP lets us inject axe into pages whose CSP forbids inline scripts.
 */
export class Session {
  readonly violations: A11yViolation[] = [];
  readonly checked = new Set<string>();
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  static async open(browser: Browser, baseUrl: string, viewport = { width: 1280, height: 900 }): Promise<Session> {
    const context = await browser.newContext({ bypassCSP: true, locale: 'da-DK', viewport, baseURL: baseUrl });
    const page = await context.newPage();
    return new Session(context, page, baseUrl);
  }

  /** Opens a path, checks the HTTP status, runs axe. */
  async visit(path: string, expectedStatus = 200): Promise<Page> {
    const response = await this.page.goto(path);
    const status = response?.status();
    if (status !== expectedStatus) throw new Error(`GET ${path}: expected ${expectedStatus}, got ${status}`);
    await this.checkA11y();
    return this.page;
  }

  /** Runs axe on the page as it is now (after a form post, say). */
  async checkA11y(): Promise<void> {
    const page = this.page;
    await page.addScriptTag({ content: axe.source });
    const result = await page.evaluate(
      (extra) =>
        (window as unknown as { axe: typeof axe }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          rules: Object.fromEntries(extra.map((id) => [id, { enabled: true }])),
        }),
      EXTRA_RULES,
    );
    const where = new URL(page.url()).pathname;
    this.checked.add(where);
    for (const v of [...result.violations, ...result.incomplete.filter((r) => REVIEW_FAILS.has(r.id))]) {
      this.violations.push({ page: where, id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)) });
    }
  }

  async login(email: string, password = 'Styringsdialog2026'): Promise<void> {
    await this.visit('/login');
    await this.page.getByLabel('E-mail').fill(email);
    await this.page.getByLabel('Adgangskode').fill(password);
    await Promise.all([this.page.waitForURL((u) => u.pathname !== '/login'), this.page.getByRole('button', { name: 'Log ind' }).click()]);
    await this.checkA11y();
  }

  async logout(): Promise<void> {
    await this.page.getByRole('button', { name: 'Log ud' }).click();
    await this.page.waitForURL((u) => u.pathname === '/' || u.pathname === '/login');
  }

  async text(): Promise<string> {
    return this.page.locator('main').innerText();
  }

  close(): Promise<void> {
    return this.context.close();
  }
}
