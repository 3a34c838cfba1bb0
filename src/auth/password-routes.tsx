import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import { parseForm, type FieldErrors } from '../lib/forms.ts';
import type { AppEnv } from '../lib/hono-env.ts';
import { page } from '../ui/render.tsx';
import { requireUser } from './guards.ts';
import { SESSION_COOKIE, cookieOptions, rotateCsrfToken } from './middleware.ts';
import { findPasswordReset, requestPasswordReset, resetPassword } from './password-reset.ts';
import { countLoginAttempt, countResetRequest, forgiveLoginAttempt } from './rate-limit.ts';
import { changePasswordSchema, forgotPasswordSchema, setPasswordSchema } from './schemas.ts';
import { destroySession } from './sessions.ts';
import { clientIp, startSession } from './start-session.ts';
import { changePassword } from './users.ts';
import { ChangePasswordForm } from './views/forms.tsx';
import { ForgotPasswordForm, ForgotPasswordSent, ResetPasswordForm } from './views/password-reset.tsx';

/** "Glemt adgangskode" (a link by mail) and "Skift adgangskode" (for the logged-in user). */
export const passwordRoutes = new Hono<AppEnv>();

const loginCrumbs = (label: string) => [{ label: 'Forside', href: '/' }, { label: 'Log ind', href: '/login' }, { label }];

passwordRoutes.get('/glemt-adgangskode', (c) =>
  page(c, 'Glemt adgangskode', <ForgotPasswordForm csrf={c.var.csrfToken} ttlMinutes={c.var.deps.config.PASSWORD_RESET_TTL_MINUTES} />, {
    crumbs: loginCrumbs('Glemt adgangskode'),
  }),
);

passwordRoutes.post('/glemt-adgangskode', async (c) => {
  const { db, config } = c.var.deps;
  const ttlMinutes = config.PASSWORD_RESET_TTL_MINUTES;
  const form = parseForm(forgotPasswordSchema, await c.req.parseBody());
  const again = (status: 400 | 429, notice?: string) =>
    page(
      c,
      'Glemt adgangskode',
      <ForgotPasswordForm
        csrf={c.var.csrfToken}
        values={form.values}
        errors={form.ok ? undefined : form.errors}
        notice={notice}
        ttlMinutes={ttlMinutes}
      />,
      { crumbs: loginCrumbs('Glemt adgangskode'), status },
    );
  if (!form.ok) return again(400);
  const blocked = await countResetRequest(db, form.data.email, clientIp(c), {
    perAccount: config.PASSWORD_RESET_MAX_ACCOUNT,
    perIp: config.PASSWORD_RESET_MAX_IP,
    windowMinutes: config.LOGIN_WINDOW_MINUTES,
  });
  if (blocked) return again(429, blocked);
  await requestPasswordReset({ db, email: form.data.email, publicUrl: config.PUBLIC_URL, ttlMinutes });
  return page(c, ['Tjek din e-mail', 'Glemt adgangskode'], <ForgotPasswordSent email={form.data.email} ttlMinutes={ttlMinutes} />, {
    crumbs: loginCrumbs('Glemt adgangskode'),
  });
});

/** A link that is used, expired, replaced by a newer one or never was: one answer, and the way to a new one. */
function linkGone(c: Context<AppEnv>) {
  return page(
    c,
    ['Linket virker ikke', 'Ny adgangskode'],
    <>
      <h1>Linket virker ikke længere</h1>
      <p class="font-lead">
        Linket til en ny adgangskode er allerede brugt, udløbet eller afløst af et nyere link. Det virker kun én gang og i{' '}
        {c.var.deps.config.PASSWORD_RESET_TTL_MINUTES} minutter.
      </p>
      <p>
        <a href="/glemt-adgangskode">Bed om et nyt link</a>
      </p>
    </>,
    { crumbs: loginCrumbs('Ny adgangskode'), status: 404 },
  );
}

function resetPage(c: Context<AppEnv>, token: string, email: string, errors?: FieldErrors) {
  return page(
    c,
    ['Vælg en ny adgangskode', 'Ny adgangskode'],
    <ResetPasswordForm csrf={c.var.csrfToken} token={token} email={email} errors={errors} />,
    {
      crumbs: loginCrumbs('Ny adgangskode'),
      status: errors ? 400 : 200,
    },
  );
}

passwordRoutes.get('/nulstil-adgangskode/:token', async (c) => {
  const reset = await findPasswordReset(c.var.deps.db, c.req.param('token'));
  return reset ? resetPage(c, c.req.param('token'), reset.email) : linkGone(c);
});

passwordRoutes.post('/nulstil-adgangskode/:token', async (c) => {
  const { db } = c.var.deps;
  const token = c.req.param('token');
  const reset = await findPasswordReset(db, token);
  if (!reset) return linkGone(c);
  const form = parseForm(setPasswordSchema, await c.req.parseBody());
  if (!form.ok) return resetPage(c, token, reset.email, form.errors);
  if (!(await resetPassword({ db, token, password: form.data.password }))) return linkGone(c);
  // Whoever was logged in in this browser is logged out too, so the login page shows.
  const session = getCookie(c, SESSION_COOKIE);
  if (session) await destroySession(db, session);
  deleteCookie(c, SESSION_COOKIE, cookieOptions(c));
  rotateCsrfToken(c);
  return c.redirect('/login?nulstillet=1', 303);
});

const accountCrumbs = [{ label: 'Forside', href: '/' }, { label: 'Min konto', href: '/konto' }, { label: 'Skift adgangskode' }];

passwordRoutes.get('/konto/adgangskode', (c) => {
  requireUser(c);
  return page(c, ['Skift adgangskode', 'Min konto'], <ChangePasswordForm csrf={c.var.csrfToken} />, { crumbs: accountCrumbs });
});

passwordRoutes.post('/konto/adgangskode', async (c) => {
  const user = requireUser(c);
  const { db, config } = c.var.deps;
  const form = parseForm(changePasswordSchema, await c.req.parseBody());
  const again = (status: 400 | 429, errors?: FieldErrors, notice?: string) =>
    page(c, ['Skift adgangskode', 'Min konto'], <ChangePasswordForm csrf={c.var.csrfToken} errors={errors} notice={notice} />, {
      crumbs: accountCrumbs,
      status,
    });
  if (!form.ok) return again(400, form.errors);
  // Guessing the current password from an open session counts like guessing it at the login.
  const ip = clientIp(c);
  const blocked = await countLoginAttempt(db, user.email, ip, {
    perAccount: config.LOGIN_MAX_FAILURES_ACCOUNT,
    perIp: config.LOGIN_MAX_FAILURES_IP,
    windowMinutes: config.LOGIN_WINDOW_MINUTES,
  });
  if (blocked) return again(429, undefined, blocked);
  const changed = await changePassword({ db, actor: c.var.actor, userId: user.id, current: form.data.current, next: form.data.password });
  if (!changed) return again(400, { current: 'Den nuværende adgangskode er forkert.' });
  await forgiveLoginAttempt(db, user.email, ip);
  // changePassword ended every session of the user; this browser goes on in a new one.
  await startSession(c, user.id);
  return c.redirect('/konto?adgangskode=skiftet', 303);
});
