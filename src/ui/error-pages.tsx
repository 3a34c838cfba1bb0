import type { Context } from 'hono';
import type { AppEnv } from '../lib/hono-env.ts';
import { page } from './render.tsx';

const TITLES: Record<number, string> = {
  400: 'Forespørgslen kunne ikke behandles',
  403: 'Du har ikke adgang',
  404: 'Siden findes ikke',
  409: 'Ændringen kunne ikke gemmes',
  413: 'Filen eller formularen er for stor',
  429: 'For mange forsøg',
  503: 'Det kunne ikke nås i tide',
  500: 'Der opstod en fejl',
};

/** The form the too-large upload came from, when it was a page of this site (the Referer's path only). */
function back(c: Context<AppEnv>): string | null {
  try {
    const referer = new URL(c.req.header('referer') ?? '');
    return referer.host === new URL(c.req.url).host ? referer.pathname + referer.search : null;
  } catch {
    return null;
  }
}

export function errorPage(c: Context<AppEnv>, status: 400 | 403 | 404 | 409 | 413 | 429 | 500 | 503, message: string) {
  const title = TITLES[status] ?? TITLES[500];
  if ((c.req.header('accept') ?? '').includes('application/json') && !(c.req.header('accept') ?? '').includes('text/html')) {
    return c.json({ error: { status, message } }, status);
  }
  return page(
    c,
    title,
    <>
      <h1>{title}</h1>
      <p class="font-lead">{message}</p>
      {status === 500 && (
        <p>
          Fejlen er registreret med reference <code>{c.var.requestId}</code>. Oplys referencen, hvis du kontakter support.
        </p>
      )}
      {status === 413 && back(c) && (
        <p>
          <a href={back(c)!}>Tilbage til formularen</a> – vælg en mindre fil.
        </p>
      )}
      <p>
        <a href="/">Gå til forsiden</a>
      </p>
    </>,
    { status },
  );
}
