import type { Context } from 'hono';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { documentTitle } from '../../../ui/title.ts';
import { organisationTrend } from '../benchmark/organisation-figures.ts';
import { organisationKeyFiguresHref } from './links.ts';
import { organisationQueryString } from './organisation-query.ts';
import { ColourCounts, EstatesTable, OwnFiguresTable, type OrganisationView } from './organisation-page.tsx';
import { TrendFigure } from './trend-figure.tsx';

/**
 * The organisation's key figures for a meeting's screen or paper: large type, no header, menu or
 * footer, one link back (not printed). Its own document rather than the layout, which carries the
 * navigation on every page.
 */
export function presentationPage(c: Context<AppEnv>, view: OrganisationView) {
  const { o, codes, sort } = view;
  const back = `${organisationKeyFiguresHref(o.organisation.id)}${organisationQueryString({ year: o.year, codes, sort })}`;
  const ownShown = o.organisationIndicators.filter((i) => o.own.some((r) => r.values[i.code] !== undefined));
  const title = `Nøgletal ${o.year ?? ''}`.trim();
  return c.html(
    '<!doctype html>' +
      (
        <html lang="da">
          <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{documentTitle([title, o.organisation.name])}</title>
            <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
            <link rel="stylesheet" href="/static/dkfds/css/dkfds.min.css" />
            <link rel="stylesheet" href="/static/app.css" />
          </head>
          <body class="sd-presentation">
            <main id="main-content">
              <p class="sd-no-print">
                <a href={back}>Tilbage til nøgletallene</a>
              </p>
              <h1>
                {o.organisation.name}: nøgletal {o.year}
              </h1>
              {o.hasEstateFigures ? (
                <>
                  <ColourCounts rows={o.estates} />
                  <EstatesTable view={view} links={false} />
                </>
              ) : (
                <p>Der er ikke indlæst nøgletal for afdelingerne i {o.year}.</p>
              )}
              {ownShown.length > 0 && (
                <>
                  <h2>Boligorganisationens egne nøgletal</h2>
                  <OwnFiguresTable o={o} />
                  <div class="sd-trends">
                    {ownShown.map((i) => (
                      <TrendFigure trend={organisationTrend(o, i)} base={organisationKeyFiguresHref(o.organisation.id)} />
                    ))}
                  </div>
                </>
              )}
            </main>
          </body>
        </html>
      ).toString(),
  );
}
