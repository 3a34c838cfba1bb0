import { Hono, type Context } from 'hono';
import { clientIp } from '../../../auth/start-session.ts';
import { notFound } from '../../../lib/errors.ts';
import { parseForm } from '../../../lib/forms.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam } from '../../../lib/route-helpers.ts';
import { page } from '../../../ui/render.tsx';
import { publicationsOf, type FeedScope } from '../feeds/entries.ts';
import { confirmPath, SUBSCRIPTIONS_PREFIX, unsubscribePath } from './links.ts';
import { subscribeSchema } from './schemas.ts';
import { confirmSubscription, findPendingSubscription, findSubscription, subscribe, unsubscribe } from './service.ts';
import { ButtonPage, DonePage, FollowBox, SubscribeSent } from './views.tsx';

/**
 * Subscriptions by e-mail: the form on each public page posts to …/abonnement; the confirmation
 * link (double opt-in) and the unsubscribe link each show a page with a button and act on POST.
 * The unsubscribe address also takes the mail programs' one-click POST (RFC 8058), which carries
 * no CSRF token: nothing under /offentlig acts on anyone's login (src/auth/middleware.ts).
 */
export const subscriptionRoutes = new Hono<AppEnv>();

const home = { label: 'Forside', href: '/' };
const crumbs = (label: string) => [home, { label }];

async function subscribeHere(c: Context<AppEnv>, scope: FeedScope, what: string) {
  const { db, config } = c.var.deps;
  const p = await publicationsOf(db, scope);
  if (!p) throw notFound(what);
  const form = parseForm(subscribeSchema, await c.req.parseBody());
  const again = (status: 400 | 429, notice?: string) =>
    page(
      c,
      ['Abonnér', p.title],
      <>
        <h1>{`Abonnér på nyt om ${p.title}`}</h1>
        <FollowBox pagePath={p.path} title={p.title} values={form.values} errors={form.ok ? undefined : form.errors} notice={notice} />
      </>,
      { crumbs: [home, { label: p.title, href: p.path }, { label: 'Abonnér' }], status },
    );
  if (!form.ok) return again(400);
  const result = await subscribe({
    db,
    scope,
    publications: p,
    email: form.data.email,
    ip: clientIp(c),
    publicUrl: config.PUBLIC_URL,
    windowMinutes: config.LOGIN_WINDOW_MINUTES,
  });
  if (result === 'limited')
    return again(
      429,
      `Vent lidt: der er bedt om abonnement med denne e-mail for nylig. Tjek din e-mail for bekræftelsen, eller prøv igen om ${config.LOGIN_WINDOW_MINUTES} minutter.`,
    );
  return page(c, ['Tjek din e-mail', p.title], <SubscribeSent email={form.data.email} title={p.title} pagePath={p.path} />, {
    crumbs: [home, { label: p.title, href: p.path }, { label: 'Abonnér' }],
  });
}

subscriptionRoutes.post('/offentlig/kommuner/:code/abonnement', (c) =>
  subscribeHere(c, { kind: 'municipality', code: c.req.param('code') }, 'Kommunen'),
);
subscriptionRoutes.post('/offentlig/kommuner/:code/boligorganisationer/:id/abonnement', (c) =>
  subscribeHere(c, { kind: 'organisation', id: idParam(c) }, 'Boligorganisationen'),
);
subscriptionRoutes.post('/offentlig/kommuner/:code/boligorganisationer/:organisationId/afdelinger/:id/abonnement', (c) =>
  subscribeHere(c, { kind: 'estate', id: idParam(c) }, 'Afdelingen'),
);

const linkGone = (c: Context<AppEnv>) =>
  page(
    c,
    'Linket virker ikke',
    <DonePage
      heading="Linket virker ikke længere"
      lead="Linket til at bekræfte abonnementet er allerede brugt eller udløbet. Du kan bestille abonnementet igen på siden, du vil følge."
    />,
    { crumbs: crumbs('Abonnement'), status: 404 },
  );

subscriptionRoutes.get(`${SUBSCRIPTIONS_PREFIX}/bekraeft/:token`, async (c) => {
  const token = c.req.param('token');
  if (!(await findPendingSubscription(c.var.deps.db, token))) return linkGone(c);
  c.header('Cache-Control', 'private, no-store');
  return page(
    c,
    'Bekræft abonnement',
    <ButtonPage
      heading="Bekræft dit abonnement"
      lead="Når du har bekræftet, får du en e-mail, når der er offentliggjort nyt, højst én gang om dagen."
      action={confirmPath(token)}
      csrf={c.var.csrfToken}
      button="Bekræft abonnement"
    />,
    { crumbs: crumbs('Abonnement') },
  );
});

subscriptionRoutes.post(`${SUBSCRIPTIONS_PREFIX}/bekraeft/:token`, async (c) => {
  const done = await confirmSubscription(c.var.deps.db, c.req.param('token'));
  if (!done) return linkGone(c);
  return page(
    c,
    'Abonnement bekræftet',
    <DonePage
      heading="Abonnementet er bekræftet"
      lead={`Du får nu en e-mail, når der er offentliggjort nyt om ${done.title ?? 'det, du følger'}. Hver e-mail har et link til at afmelde med ét klik.`}
      back={done.path && done.title ? { href: done.path, label: `Tilbage til ${done.title}` } : undefined}
    />,
    { crumbs: crumbs('Abonnement') },
  );
});

const unsubscribed = (c: Context<AppEnv>) =>
  page(
    c,
    'Afmeldt',
    <DonePage heading="Du er afmeldt" lead="Du får ikke flere e-mails om dette abonnement, og din e-mail er slettet fra det." />,
    { crumbs: crumbs('Afmeld abonnement') },
  );

subscriptionRoutes.get(`${SUBSCRIPTIONS_PREFIX}/afmeld/:token`, async (c) => {
  const token = c.req.param('token');
  c.header('Cache-Control', 'private, no-store');
  const s = await findSubscription(c.var.deps.db, token);
  if (!s)
    return page(
      c,
      'Afmeld abonnement',
      <DonePage heading="Abonnementet findes ikke" lead="Abonnementet er allerede afmeldt, eller linket er forkert." />,
      { crumbs: crumbs('Afmeld abonnement'), status: 404 },
    );
  return page(
    c,
    'Afmeld abonnement',
    <ButtonPage
      heading="Afmeld abonnement"
      lead="Vil du afmelde abonnementet? Du får så ikke flere e-mails om det."
      action={unsubscribePath(token)}
      csrf={c.var.csrfToken}
      button="Afmeld"
    />,
    { crumbs: crumbs('Afmeld abonnement') },
  );
});

// The button on the page, and the mail programs' one-click POST (List-Unsubscribe=One-Click): both end it; a second time is no error.
subscriptionRoutes.post(`${SUBSCRIPTIONS_PREFIX}/afmeld/:token`, async (c) => {
  await unsubscribe(c.var.deps.db, c.req.param('token'));
  return unsubscribed(c);
});
