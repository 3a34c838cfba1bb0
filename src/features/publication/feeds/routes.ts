import { Hono, type Context } from 'hono';
import { notFound } from '../../../lib/errors.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam } from '../../../lib/route-helpers.ts';
import { atomFeed } from './atom.ts';
import { feedPath, publicationsOf, type FeedScope } from './entries.ts';

/**
 * Atom feeds next to the public pages (…/feed.atom): what was published for a municipality, an
 * organisation or an estate, newest first. An address under the wrong municipality or
 * organisation redirects to the one address, as the pages do.
 */
export const feedRoutes = new Hono<AppEnv>();

async function feed(c: Context<AppEnv>, scope: FeedScope, what: string) {
  const p = await publicationsOf(c.var.deps.db, scope);
  if (!p) throw notFound(what);
  const canonical = feedPath(p.path);
  if (c.req.path !== canonical) return c.redirect(canonical, 301);
  return c.body(atomFeed(p, c.var.deps.config.PUBLIC_URL), 200, {
    'Content-Type': 'application/atom+xml; charset=utf-8',
    'Cache-Control': 'public, max-age=300',
  });
}

feedRoutes.get('/offentlig/kommuner/:code/feed.atom', (c) => feed(c, { kind: 'municipality', code: c.req.param('code') }, 'Kommunen'));
feedRoutes.get('/offentlig/kommuner/:code/boligorganisationer/:id/feed.atom', (c) =>
  feed(c, { kind: 'organisation', id: idParam(c) }, 'Boligorganisationen'),
);
feedRoutes.get('/offentlig/kommuner/:code/boligorganisationer/:organisationId/afdelinger/:id/feed.atom', (c) =>
  feed(c, { kind: 'estate', id: idParam(c) }, 'Afdelingen'),
);
