import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppEnv } from '../lib/hono-env.ts';
import { type Crumb, Layout, type PageMeta } from './layout.tsx';
import type { PageTitle } from './title.ts';

export interface PageOptions {
  crumbs?: Crumb[];
  section?: string;
  /** A public page's description and address (meta description, Open Graph tags). */
  meta?: PageMeta;
  status?: 200 | 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503;
}

/** Renders a full page in the layout with the current user and CSRF token filled in. */
/** `title`: the page, then its context, e.g. `['Møde 14. oktober 2026', 'Lejerbo Næstved']` (see documentTitle). */
export function page(c: Context<AppEnv>, title: PageTitle, body: Child, options: PageOptions = {}) {
  return c.html(
    '<!doctype html>' +
      (
        <Layout
          title={title}
          user={c.var.user ?? null}
          csrfToken={c.var.csrfToken ?? ''}
          crumbs={options.crumbs}
          section={options.section}
          meta={options.meta}
        >
          {body}
        </Layout>
      ).toString(),
    options.status ?? 200,
  );
}
