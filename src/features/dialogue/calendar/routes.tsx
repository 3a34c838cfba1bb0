import { Hono, type Context } from 'hono';
import { requireUser } from '../../../auth/guards.ts';
import { notFound } from '../../../lib/errors.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { Alert, CsrfField } from '../../../ui/components.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { page } from '../../../ui/render.tsx';
import { calendarFeed, createFeed, feedCreatedAt, revokeFeed } from './service.ts';

export const calendarRoutes = new Hono<AppEnv>();

/**
 * The address is shown once, right after it is made: only its hash is stored, so nobody (not
 * even an admin) can read it back. Lost it? Make a new one, which also revokes the old.
 */
async function feedPage(c: Context<AppEnv>, newUrl?: string) {
  const user = requireUser(c);
  const createdAt = await feedCreatedAt(c.var.deps.db, user.id);
  return page(
    c,
    ['Kalender', 'Min konto'],
    <>
      <h1>Din kalender</h1>
      <p>
        Abonnér på dine frister og styringsdialogmøder i Outlook, Google Kalender eller iPhone. Kalenderen viser styringsdialogerne i dit
        ansvarsområde for i år og næste år og opdateres af sig selv.
      </p>
      {newUrl && (
        <Alert kind="success" heading="Din kalenderadresse">
          <p>Kopiér adressen nu, og tilføj den som internetkalender. Den vises kun denne ene gang.</p>
          <p>
            <code class="sd-break">{newUrl}</code>
          </p>
        </Alert>
      )}
      {createdAt && !newUrl && (
        <p>
          Du har en kalenderadresse, oprettet {formatDateTime(createdAt)}. Har du mistet den, kan du lave en ny; den gamle holder så op med
          at virke.
        </p>
      )}
      {!createdAt && <p>Du har ingen kalenderadresse endnu.</p>}
      <div class="sd-actions">
        <form method="post" action="/konto/kalender" class="sd-inline-form">
          <CsrfField token={c.var.csrfToken} />
          <button type="submit" class="button button-primary">
            {createdAt ? 'Lav en ny adresse' : 'Lav en kalenderadresse'}
          </button>
        </form>
        {createdAt && (
          <form method="post" action="/konto/kalender/slet" class="sd-inline-form">
            <CsrfField token={c.var.csrfToken} />
            <button type="submit" class="button button-secondary">
              Slet adressen
            </button>
          </form>
        )}
      </div>
      <p class="sd-muted">Adressen er hemmelig: alle, der kender den, kan se kalenderen. Del den ikke.</p>
    </>,
    { crumbs: [{ label: 'Forside', href: '/' }, { label: 'Min konto', href: '/konto' }, { label: 'Kalender' }] },
  );
}

calendarRoutes.get('/konto/kalender', (c) => feedPage(c));

calendarRoutes.post('/konto/kalender', async (c) => {
  const user = requireUser(c);
  const token = await createFeed(c.var.deps.db, user.id);
  return feedPage(c, `${c.var.deps.config.PUBLIC_URL.replace(/\/+$/, '')}/kalender/${token}.ics`);
});

calendarRoutes.post('/konto/kalender/slet', async (c) => {
  const user = requireUser(c);
  await revokeFeed(c.var.deps.db, user.id);
  return c.redirect('/konto/kalender', 303);
});

calendarRoutes.get('/kalender/:file', async (c) => {
  const m = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(c.req.param('file'));
  if (!m) throw notFound();
  const body = await calendarFeed({
    db: c.var.deps.db,
    facts: c.var.deps.wiring.dialogueFacts,
    token: m[1],
    publicUrl: c.var.deps.config.PUBLIC_URL,
  });
  if (body === null) throw notFound();
  c.header('content-type', 'text/calendar; charset=utf-8');
  c.header('cache-control', 'private, max-age=900');
  return c.body(body);
});
