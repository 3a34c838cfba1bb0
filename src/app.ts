import { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { serveStatic } from '@hono/node-server/serve-static';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSER_COOKIE, csrfMiddleware, sessionMiddleware } from './auth/middleware.ts';
import { authRoutes } from './auth/routes.tsx';
import { adminRoutes } from './features/admin/index.ts';
import { agreementDocumentsRoutes } from './features/agreement-documents/index.ts';
import { agreementsRoutes } from './features/agreements/index.ts';
import { lettingRoutes } from './features/agreements/index.ts';
import { councilReportsRoutes } from './features/council-reports/index.ts';
import { dialogueRoutes } from './features/dialogue/index.ts';
import { documentationRoutes } from './features/documentation/index.ts';
import { homeRoutes } from './features/home/index.ts';
import { keyFiguresRoutes } from './features/key-figures/index.ts';
import { meetingsRoutes } from './features/meetings/index.ts';
import { openDataRoutes } from './features/open-data/index.ts';
import { overviewRoutes } from './features/overview/index.ts';
import { publicationRoutes } from './features/publication/index.ts';
import { registryRoutes } from './features/registry/index.ts';
import { AppError } from './lib/errors.ts';
import { publicResponseCache } from './lib/public-cache.ts';
import type { AppEnv, Deps } from './lib/hono-env.ts';
import { errorPage } from './ui/error-pages.tsx';

// dkfds exports only its JS file; its dist folder (CSS, fonts, icons) is two levels up.
const DKFDS_DIR = dirname(dirname(createRequire(import.meta.url).resolve('dkfds')));
const PUBLIC_DIR = fileURLToPath(new URL('../public', import.meta.url));

/** A path with its one-time or secret token left out: a log line must not be a working link. */
const withoutSecrets = (path: string) => path.replace(/^\/(nulstil-adgangskode|invitation|kalender)\/[^/]+/, '/$1/…');

/** Builds the whole app; the server and the tests use the same function. */
export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    c.set('deps', deps);
    c.set('requestId', requestId);
    c.set('log', deps.logger.child({ requestId }));
    const started = performance.now();
    await next();
    c.header('X-Request-Id', requestId);
    c.var.log.info(
      { method: c.req.method, path: withoutSecrets(c.req.path), status: c.res.status, ms: Math.round(performance.now() - started) },
      'request',
    );
  });

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
      referrerPolicy: 'same-origin',
      // Browsers ignore the header on plain http, so 'auto' may send it everywhere.
      strictTransportSecurity: deps.config.COOKIE_SECURE !== false ? 'max-age=31536000; includeSubDomains' : false,
      crossOriginEmbedderPolicy: false,
    }),
  );

  app.use('/static/dkfds/*', serveStatic({ root: DKFDS_DIR, rewriteRequestPath: (p) => p.replace(/^\/static\/dkfds/, '') }));
  app.use('/static/*', serveStatic({ root: PUBLIC_DIR, rewriteRequestPath: (p) => p.replace(/^\/static/, '') }));
  // /livez: the process answers (for a restart policy). /healthz: it can also do its work, so a
  // load balancer stops sending requests to a process whose database is gone.
  app.get('/livez', (c) => c.text('ok'));
  app.get('/healthz', async (c) => {
    try {
      await deps.db.execute(sql`select 1`);
      return c.text('ok');
    } catch (error) {
      deps.logger.warn({ err: error }, 'health check: the database does not answer');
      return c.text('Databasen svarer ikke', 503);
    }
  });

  // The session first, so that even the page refusing a too large body shows who is logged in.
  app.use('*', sessionMiddleware);
  const limitBody = bodyLimit({
    maxSize: (deps.config.UPLOAD_MAX_MB + 1) * 1024 * 1024,
    onError: () => {
      throw new AppError(
        'payload_too_large',
        `Filen eller formularen er for stor. Den største tilladte størrelse er ${deps.config.UPLOAD_MAX_MB} MB.`,
      );
    },
  });
  // No route reads the body of a GET or HEAD; asking for it would build a full web Request for every page.
  app.use('*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)));
  // A NUL byte in the address is never meant; PostgreSQL refuses it in text, so it stops here.
  app.use('*', async (c, next) => {
    if (/%00/.test(c.req.url)) throw new AppError('bad_request', 'Adressen indeholder et ugyldigt tegn.');
    await next();
  });
  app.use('*', csrfMiddleware);
  // The public site's addresses, after the CSRF middleware, so a page served from memory still
  // gives a new browser its cookie.
  const publicCache = publicResponseCache(deps.config.PUBLIC_CACHE_MB, BROWSER_COOKIE);
  for (const path of ['/offentlig/*', '/oparl/*', '/sitemap.xml']) app.use(path, publicCache);

  // One router per feature; cross-feature reactions are wired in src/wiring.ts and reach the routes through deps.
  app.route('/', homeRoutes);
  app.route('/', authRoutes);
  app.route('/', registryRoutes);
  app.route('/', dialogueRoutes);
  app.route('/', overviewRoutes);
  app.route('/', documentationRoutes);
  app.route('/', meetingsRoutes);
  app.route('/', keyFiguresRoutes);
  app.route('/', agreementsRoutes);
  app.route('/', lettingRoutes);
  app.route('/', agreementDocumentsRoutes);
  app.route('/', councilReportsRoutes);
  app.route('/', adminRoutes);
  app.route('/', publicationRoutes);
  app.route('/', openDataRoutes);

  app.notFound((c) => errorPage(c, 404, 'Adressen findes ikke. Den kan være flyttet eller skrevet forkert.'));
  app.onError((error, c) => {
    if (error instanceof AppError) {
      if (error.code === 'unauthenticated') {
        const next = c.req.method === 'GET' ? `?next=${encodeURIComponent(c.req.path + new URL(c.req.url).search)}` : '';
        return c.redirect(`/login${next}`, 303);
      }
      return errorPage(c, error.status === 401 ? 403 : error.status, error.userMessage);
    }
    // A body that is not the form it claims to be (a broken multipart upload): the client's fault, not ours.
    if (error instanceof Error && /^Failed to parse body/.test(error.message)) {
      return errorPage(c, 400, 'Formularen kunne ikke læses. Prøv at sende den igen.');
    }
    c.var.log?.error({ err: error }, 'unhandled error');
    return errorPage(c, 500, 'Der opstod en uventet fejl. Prøv igen om lidt.');
  });
  return app;
}
