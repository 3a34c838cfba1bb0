import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app.ts';
import { testConfig, type Config } from '../src/config.ts';
import type { Database } from '../src/db/client.ts';
import type { Deps } from '../src/lib/hono-env.ts';
import { hmac } from '../src/lib/tokens.ts';
import { createLogger } from '../src/logger.ts';
import { createWiring } from '../src/wiring.ts';
import { freshDatabase } from './db.ts';

export interface TestContext {
  database: Database;
  deps: Deps;
  app: ReturnType<typeof createApp>;
  /** A browser-like client with its own cookies. */
  client(): TestClient;
  close(): Promise<void>;
}

export async function createTestContext(overrides: Partial<Config> = {}): Promise<TestContext> {
  const database = await freshDatabase();
  // A file store of its own: test files run in parallel (on both databases), and one whose
  // transaction fails removes the bytes it stored, which another may have stored too.
  const ownDataDir = overrides.DATA_DIR === undefined ? await mkdtemp(join(tmpdir(), 'sd-test-')) : null;
  const config = testConfig({ COOKIE_SECURE: false, ...(ownDataDir ? { DATA_DIR: ownDataDir } : {}), ...overrides });
  const deps: Deps = {
    db: database.db,
    dbKind: database.kind,
    config,
    logger: createLogger(config),
    secret: 'test-secret-that-is-long-enough-for-hmac',
    wiring: createWiring(),
  };
  const app = createApp(deps);
  const close = async () => {
    await database.close();
    if (ownDataDir) await rm(ownDataDir, { recursive: true, force: true });
  };
  return { database, deps, app, client: () => new TestClient(app, deps.secret), close };
}

export class TestClient {
  private cookies = new Map<string, string>();
  readonly browserId = 'test-browser-id-0123456789abcdefghijklmnop';

  constructor(
    private app: ReturnType<typeof createApp>,
    private secret: string,
  ) {
    this.cookies.set('sd_bid', this.browserId);
  }

  get csrf(): string {
    return hmac(this.secret, `csrf:${this.cookies.get('sd_bid')}`);
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const [name, value] = pair.split('=');
      if (attrs.some((a) => /max-age=0/i.test(a)) || value === '') this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    const res = await this.app.request(path, { headers: { cookie: this.cookieHeader(), accept: 'text/html', ...headers } });
    this.remember(res);
    return res;
  }

  /** Posts a form; the CSRF token is added unless `_csrf` is given (use '' to leave it out). */
  async post(path: string, form: Record<string, string> = {}): Promise<Response> {
    const body = new URLSearchParams({ _csrf: this.csrf, ...form });
    if (form._csrf === '') body.delete('_csrf');
    const res = await this.app.request(path, {
      method: 'POST',
      body,
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    });
    this.remember(res);
    return res;
  }

  async postMultipart(path: string, form: FormData): Promise<Response> {
    if (!form.has('_csrf')) form.set('_csrf', this.csrf);
    const res = await this.app.request(path, { method: 'POST', body: form, headers: { cookie: this.cookieHeader(), accept: 'text/html' } });
    this.remember(res);
    return res;
  }

  async login(email: string, password: string): Promise<Response> {
    const res = await this.post('/login', { email, password });
    if (res.status !== 303) throw new Error(`login failed for ${email}: ${res.status}`);
    return res;
  }

  hasSession(): boolean {
    return this.cookies.has('sd_session');
  }

  setCookie(name: string, value: string) {
    this.cookies.set(name, value);
  }
}
