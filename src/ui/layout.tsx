import type { Child } from 'hono/jsx';
import type { CurrentUser } from '../lib/hono-env.ts';
import { ROLE_LABELS } from '../auth/scope.ts';
import { documentTitle, type PageTitle } from './title.ts';

export interface Crumb {
  label: string;
  href?: string;
}

/** A public page's description for search engines and link previews (meta description, Open Graph). */
export interface PageMeta {
  description: string;
  /** The page's absolute address. */
  url: string;
  /** Open Graph type; "website" unless said otherwise. */
  type?: 'website' | 'article';
  /** An Atom feed of the page's publications, linked in the head for feed readers. */
  feed?: { href: string; title: string };
}

export interface PageProps {
  title: PageTitle;
  user: CurrentUser | null;
  csrfToken: string;
  crumbs?: Crumb[];
  /** Marks the current section in the navigation. */
  section?: string;
  meta?: PageMeta;
  children?: Child;
}

interface NavItem {
  href: string;
  label: string;
  section: string;
}

function navigation(user: CurrentUser | null): NavItem[] {
  const items: NavItem[] = [{ href: '/', label: 'Forside', section: 'home' }];
  // Fora and municipalities are public: their names, members and terms of reference are in public council minutes.
  if (!user)
    return [
      ...items,
      { href: '/kommuner', label: 'Kommuner', section: 'municipalities' },
      { href: '/fora', label: 'Fora', section: 'fora' },
    ];
  if (user.role === 'admin' || user.role.startsWith('municipality'))
    items.push({ href: '/tilsyn', label: 'Tilsyn', section: 'supervision' });
  else items.push({ href: '/mine-dialoger', label: 'Mine dialoger', section: 'supervision' });
  items.push({ href: '/moeder', label: 'Møder', section: 'meetings' });
  items.push(
    { href: '/boligorganisationer', label: 'Boligorganisationer', section: 'organisations' },
    { href: '/afdelinger', label: 'Afdelinger', section: 'estates' },
  );
  items.push({ href: '/fora', label: 'Fora', section: 'fora' });
  items.push(
    { href: '/administrationsorganisationer', label: 'Administrationsorganisationer', section: 'administrators' },
    { href: '/personer', label: 'Personer', section: 'people' },
    { href: '/kommuner', label: 'Kommuner', section: 'municipalities' },
  );
  if (user.role === 'admin') items.push({ href: '/admin', label: 'Systemadministration', section: 'admin' });
  return items;
}

export function Layout(props: PageProps) {
  const { user, csrfToken } = props;
  return (
    <html lang="da">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{documentTitle(props.title)}</title>
        {props.meta && (
          <>
            <meta name="description" content={props.meta.description} />
            <link rel="canonical" href={props.meta.url} />
            <meta property="og:title" content={documentTitle(props.title)} />
            <meta property="og:description" content={props.meta.description} />
            <meta property="og:type" content={props.meta.type ?? 'website'} />
            <meta property="og:url" content={props.meta.url} />
            <meta property="og:site_name" content="Styringsdialog" />
            <meta property="og:locale" content="da_DK" />
            {props.meta.feed && (
              <link rel="alternate" type="application/atom+xml" title={props.meta.feed.title} href={props.meta.feed.href} />
            )}
          </>
        )}
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/static/dkfds/css/dkfds.min.css" />
        <link rel="stylesheet" href="/static/app.css" />
        {/* The design system's script opens its mobile menu (drawer); without it the menu link jumps to the menu. */}
        <script src="/static/dkfds/js/dkfds.min.js" defer></script>
        <script src="/static/app.js" defer></script>
      </head>
      <body>
        <a class="skipnav" href="#main-content">
          Gå til sidens indhold
        </a>
        <header class="header">
          <div class="portal-header">
            <div class="container portal-header-inner">
              <a href="/" class="sd-brand">
                <span class="sd-brand-mark" aria-hidden="true">
                  SD
                </span>
                <span class="sd-brand-name">Styringsdialog</span>
              </a>
              {/* Below the design system's breakpoint: a link to the menu, which dkfds.js opens as its drawer. */}
              <a href="#hovedmenu" class="button button-secondary button-menu-open js-menu-open" aria-controls="hovedmenu">
                Menu
              </a>
              <div class="sd-user">
                {user ? (
                  <>
                    <p class="sd-user-name">
                      <strong>{user.name}</strong>
                      <span>{user.affiliation ?? ROLE_LABELS[user.role]}</span>
                    </p>
                    <a class="function-link" href="/konto">
                      Min konto
                    </a>
                    <form method="post" action="/logout" class="sd-inline-form">
                      <input type="hidden" name="_csrf" value={csrfToken} />
                      <button type="submit" class="button button-secondary">
                        Log ud
                      </button>
                    </form>
                  </>
                ) : (
                  <a class="button button-secondary" href="/login">
                    Log ind
                  </a>
                )}
              </div>
            </div>
          </div>
          <div class="overlay"></div>
          <nav class="sd-nav mobile-drawer" id="hovedmenu" aria-label="Hovedmenu">
            <div class="menu-top">
              <p class="menu-heading" aria-hidden="true">
                Menu
              </p>
              <a href="#" class="function-link button-menu-close js-menu-close">
                Luk menuen
              </a>
            </div>
            <div class="container">
              <ul class="sd-nav-list no-max-width">
                {navigation(user).map((item) => (
                  <li>
                    <a
                      href={item.href}
                      class={item.section === props.section ? 'sd-nav-link current' : 'sd-nav-link'}
                      aria-current={item.section === props.section ? 'page' : undefined}
                    >
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          </nav>
        </header>
        <div class="container">
          {props.crumbs && props.crumbs.length > 0 && (
            <nav class="breadcrumbs" aria-label="Brødkrumme">
              <ol class="breadcrumbs__list no-max-width">
                {props.crumbs.map((crumb) => (
                  <li class="breadcrumbs__list-item">
                    {crumb.href ? (
                      <a class="breadcrumbs__link" href={crumb.href}>
                        {crumb.label}
                      </a>
                    ) : (
                      <span aria-current="page">{crumb.label}</span>
                    )}
                  </li>
                ))}
              </ol>
            </nav>
          )}
          <main id="main-content" class="sd-main">
            {props.children}
          </main>
        </div>
        <footer class="footer">
          <div class="container sd-footer">
            <p>Styringsdialog – samarbejdet mellem kommuner og almene boligorganisationer efter almenboligloven §§ 6b–6f.</p>
            <p>
              <a href="/kommuner">Alle kommuner</a> · <a href="/oparl/v1.1/system">Åbne data (OParl 1.1)</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
