import type { Browser } from 'playwright-core';
import type { RunningServer } from './server.ts';
import { Session } from './browser.ts';

export interface JourneyContext {
  server: RunningServer;
  /**
   * A fresh browser context (its own cookies); closed and axe-checked by the runner. `baseUrl`:
   * another server than the shared one, for a journey that needs data of its own.
   */
  session(viewport?: { width: number; height: number }, baseUrl?: string): Promise<Session>;
}

export interface Journey {
  name: string;
  run(ctx: JourneyContext): Promise<void>;
}

export function journeyContext(browser: Browser, server: RunningServer, sessions: Session[]): JourneyContext {
  return {
    server,
    async session(viewport, baseUrl) {
      const s = await Session.open(browser, baseUrl ?? server.url, viewport);
      sessions.push(s);
      return s;
    },
  };
}

/** Fails with the text that was there, so a report says what the page showed instead. */
export function expectText(haystack: string, needle: string | RegExp, where = 'page'): void {
  const found = typeof needle === 'string' ? haystack.includes(needle) : needle.test(haystack);
  if (!found) throw new Error(`expected ${where} to contain ${String(needle)}; it showed:\n${haystack.slice(0, 1500)}`);
}

export function expectNoText(haystack: string, needle: string, where = 'page'): void {
  if (haystack.includes(needle)) throw new Error(`expected ${where} not to contain ${needle}`);
}
