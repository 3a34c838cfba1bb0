import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../lib/errors.ts';
import type { AppEnv } from '../lib/hono-env.ts';
import { hmac, newToken, safeEqual } from '../lib/tokens.ts';
import { PUBLIC_ACTOR, actorFor } from './scope.ts';
import { loadSessionUser } from './sessions.ts';

export const SESSION_COOKIE = 'sd_session';
export const BROWSER_COOKIE = 'sd_bid';

/** The request reached us over https: directly, or through a proxy that says so. */
function cameOverHttps(c: Context<AppEnv>): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https' || /(^|[;,\s])proto=https\b/i.test(c.req.header('forwarded') ?? '');
}

/**
 * Whether cookies get the Secure flag. A browser drops a Secure cookie sent over plain http
 * (except on localhost), and without the CSRF cookie no form can be sent, so 'auto' sets it where
 * the browser will keep it: https, or PUBLIC_URL saying the installation is reached over https
 * (a proxy that does not send X-Forwarded-Proto must not quietly weaken the cookies).
 */
function secureCookies(c: Context<AppEnv>): boolean {
  const { COOKIE_SECURE, PUBLIC_URL } = c.var.deps.config;
  if (COOKIE_SECURE !== 'auto') return COOKIE_SECURE;
  return cameOverHttps(c) || PUBLIC_URL.startsWith('https:');
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i;

/**
 * Why this browser will not keep our cookies, or null: Secure cookies over plain http to a host
 * other than localhost (which browsers treat as secure). Said on the login page and when a form's
 * CSRF cookie is missing, since "the security key is missing" alone sends people looking elsewhere.
 */
export function cookieTrouble(c: Context<AppEnv>): string | null {
  if (!secureCookies(c) || cameOverHttps(c) || LOOPBACK.test(new URL(c.req.url).host)) return null;
  return (
    'Din browser gemmer ikke sikkerhedsnøglen (en cookie), fordi siden er åbnet med http:// og ikke https://, og serveren kun sender ' +
    'sikre cookies (indstillingen COOKIE_SECURE). Åbn siden med https://, eller bed den, der driver systemet, om at sætte ' +
    'COOKIE_SECURE=auto.'
  );
}

export function cookieOptions(c: Context<AppEnv>, maxAgeSeconds?: number) {
  return { httpOnly: true, secure: secureCookies(c), sameSite: 'Lax' as const, path: '/', maxAge: maxAgeSeconds };
}

/** Loads the user of the session cookie (if any) and the actor every service call takes. */
export const sessionMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE);
  const user = token ? await loadSessionUser(c.var.deps.db, token) : null;
  c.set('user', user);
  c.set('actor', user ? actorFor(user) : PUBLIC_ACTOR);
  await next();
  // What a logged-in user sees may be another organisation's non-public data: no shared cache, no
  // browser cache on disk (a shared computer's next user), whatever the route said.
  if (user) c.res.headers.set('cache-control', 'private, no-store');
};

const csrfTokenOf = (c: Context<AppEnv>, browserId: string) => hmac(c.var.deps.secret, `csrf:${browserId}`);

/**
 * A new browser id, and so a new CSRF token, for the rest of this response and what follows. At
 * login and logout: a token someone saw before (on a shared computer, in a page they saved)
 * is worth nothing afterwards.
 */
export function rotateCsrfToken(c: Context<AppEnv>): void {
  const browserId = newToken();
  setCookie(c, BROWSER_COOKIE, browserId, cookieOptions(c));
  c.set('csrfToken', csrfTokenOf(c, browserId));
}

/**
 * The public site's subscription forms act on no one's login: subscribing is confirmed by a mailed
 * link (double opt-in) and rate-limited, confirming and unsubscribing carry their own secret token
 * in the path, and a mail program's one-click unsubscribe (RFC 8058) has no form token to send. A
 * forged form from another site can do nothing there that a stranger cannot do directly, and the
 * public pages are cached as `public`, so a token in them could be another browser's. Every other
 * POST, on the public site too, is checked.
 */
const NO_LOGIN_FORMS =
  /^\/offentlig\/(abonnementer\/(bekraeft|afmeld)\/[^/]+|kommuner\/\d{4}(\/boligorganisationer\/\d+(\/afdelinger\/\d+)?)?\/abonnement)$/;

/**
 * CSRF: every browser gets a random id in an httpOnly cookie; forms carry an HMAC of it.
 * A forged form from another site can neither read the cookie nor compute the HMAC.
 * Stateless, so it works before login and across app processes.
 */
export const csrfMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  const browserId = getCookie(c, BROWSER_COOKIE);
  if (!browserId || browserId.length < 32) rotateCsrfToken(c);
  else c.set('csrfToken', csrfTokenOf(c, browserId));
  const expected = c.var.csrfToken;
  if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) && !NO_LOGIN_FORMS.test(c.req.path)) {
    const header = c.req.header('x-csrf-token');
    let sent = header;
    if (!sent) {
      const type = c.req.header('content-type') ?? '';
      if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
        const body = await c.req.parseBody({ all: true });
        const value = body._csrf;
        sent = typeof value === 'string' ? value : undefined;
      }
    }
    if (!sent || !safeEqual(sent, expected)) {
      const trouble = browserId ? null : cookieTrouble(c);
      if (trouble) {
        c.var.log.warn(
          { host: new URL(c.req.url).host, cookieSecure: c.var.deps.config.COOKIE_SECURE, publicUrl: c.var.deps.config.PUBLIC_URL },
          'form refused: the browser did not keep the CSRF cookie, because cookies are sent Secure and this request came over plain http; ' +
            'serve over https (a proxy must send X-Forwarded-Proto: https), or set COOKIE_SECURE=auto',
        );
        throw new AppError('forbidden', trouble, { log: 'csrf cookie missing: Secure cookie over plain http' });
      }
      throw new AppError(
        'forbidden',
        'Formularen kunne ikke godkendes, fordi sikkerhedsnøglen mangler eller er forkert. Gå tilbage, genindlæs siden og prøv igen.',
        { log: 'csrf token mismatch' },
      );
    }
  }
  await next();
};
