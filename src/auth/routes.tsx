import { Hono } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import { recordAudit } from '../features/audit/index.ts';
import { AppError } from '../lib/errors.ts';
import { parseForm } from '../lib/forms.ts';
import type { AppEnv } from '../lib/hono-env.ts';
import { page } from '../ui/render.tsx';
import { requireUser } from './guards.ts';
import { SESSION_COOKIE, cookieOptions, cookieTrouble, rotateCsrfToken } from './middleware.ts';
import { safeNext } from './next-path.ts';
import { countLoginAttempt, forgiveLoginAttempt } from './rate-limit.ts';
import { firstAdminSchema, loginSchema, setPasswordSchema } from './schemas.ts';
import { SYSTEM_ACTOR, actorFor, ROLE_LABELS } from './scope.ts';
import { destroySession } from './sessions.ts';
import { clientIp, startSession } from './start-session.ts';
import { passwordRoutes } from './password-routes.tsx';
import { acceptInvitation, authenticate, countUsers, createUser, findInvitation } from './users.ts';
import { AcceptInvitationForm, FirstAdminForm, LoginForm } from './views/forms.tsx';
import { Alert, DescriptionList } from '../ui/components.tsx';

export const authRoutes = new Hono<AppEnv>();

authRoutes.get('/login', (c) => {
  if (c.var.user) return c.redirect('/', 303);
  const trouble = cookieTrouble(c) ?? undefined;
  const done = c.req.query('nulstillet') ? 'Din adgangskode er ændret. Log ind med den nye.' : undefined;
  return page(c, 'Log ind', <LoginForm csrf={c.var.csrfToken} next={safeNext(c.req.query('next'))} notice={trouble} done={done} />);
});

authRoutes.post('/login', async (c) => {
  const { db, config } = c.var.deps;
  const body = await c.req.parseBody();
  const next = safeNext(body.next);
  const form = parseForm(loginSchema, body);
  if (!form.ok)
    return page(c, 'Log ind', <LoginForm csrf={c.var.csrfToken} values={form.values} errors={form.errors} next={next} />, { status: 400 });
  const ip = clientIp(c);
  const blocked = await countLoginAttempt(db, form.data.email, ip, {
    perAccount: config.LOGIN_MAX_FAILURES_ACCOUNT,
    perIp: config.LOGIN_MAX_FAILURES_IP,
    windowMinutes: config.LOGIN_WINDOW_MINUTES,
  });
  if (blocked)
    return page(c, 'Log ind', <LoginForm csrf={c.var.csrfToken} values={form.values} notice={blocked} next={next} />, { status: 429 });
  const user = await authenticate(db, form.data.email, form.data.password);
  if (!user) {
    return page(
      c,
      'Log ind',
      <LoginForm csrf={c.var.csrfToken} values={form.values} next={next} errors={{ password: 'E-mail eller adgangskode er forkert.' }} />,
      { status: 400 },
    );
  }
  await forgiveLoginAttempt(db, form.data.email, ip);
  await startSession(c, user.id);
  await recordAudit(db, { actor: actorFor(user), entityType: 'user', entityId: user.id, action: 'login', summary: 'Logget ind' });
  return c.redirect(next, 303);
});

authRoutes.post('/logout', async (c) => {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) await destroySession(c.var.deps.db, token);
  deleteCookie(c, SESSION_COOKIE, cookieOptions(c));
  rotateCsrfToken(c);
  return c.redirect('/', 303);
});

authRoutes.get('/konto', (c) => {
  const user = requireUser(c);
  return page(
    c,
    'Min konto',
    <>
      <h1>Min konto</h1>
      {c.req.query('adgangskode') && (
        <Alert kind="success">Din adgangskode er ændret. Du er logget ud alle andre steder, hvor du var logget ind.</Alert>
      )}
      <DescriptionList
        items={[
          ['Navn', user.name],
          ['E-mail', user.email],
          ['Rolle', ROLE_LABELS[user.role]],
          ['Tilknyttet', user.affiliation ?? '–'],
        ]}
      />
      <ul>
        <li>
          <a href="/konto/adgangskode">Skift adgangskode</a>
        </li>
        <li>
          <a href="/konto/kalender">Abonnér på dine frister og møder i din kalender</a>
        </li>
      </ul>
    </>,
    { crumbs: [{ label: 'Forside', href: '/' }, { label: 'Min konto' }] },
  );
});

authRoutes.get('/invitation/:token', async (c) => {
  const invitation = await findInvitation(c.var.deps.db, c.req.param('token'));
  if (!invitation)
    throw new AppError('not_found', 'Invitationen findes ikke, er brugt eller er udløbet. Bed den, der inviterede dig, om en ny.');
  return page(
    c,
    ['Vælg adgangskode', 'Invitation'],
    <AcceptInvitationForm csrf={c.var.csrfToken} token={c.req.param('token')} name={invitation.name} email={invitation.email} />,
  );
});

authRoutes.post('/invitation/:token', async (c) => {
  const token = c.req.param('token');
  const invitation = await findInvitation(c.var.deps.db, token);
  if (!invitation)
    throw new AppError('not_found', 'Invitationen findes ikke, er brugt eller er udløbet. Bed den, der inviterede dig, om en ny.');
  const form = parseForm(setPasswordSchema, await c.req.parseBody());
  if (!form.ok)
    return page(
      c,
      ['Vælg adgangskode', 'Invitation'],
      <AcceptInvitationForm csrf={c.var.csrfToken} token={token} name={invitation.name} email={invitation.email} errors={form.errors} />,
      { status: 400 },
    );
  await acceptInvitation({ db: c.var.deps.db, token, password: form.data.password });
  await startSession(c, invitation.userId);
  return c.redirect('/', 303);
});

// An empty installation (DEMO_DATA=false) asks for its first admin; afterwards the page is gone.
authRoutes.get('/opsaetning', async (c) => {
  if ((await countUsers(c.var.deps.db)) > 0) throw new AppError('not_found', 'Installationen er allerede sat op.');
  return page(c, ['Opret den første administrator', 'Opsætning'], <FirstAdminForm csrf={c.var.csrfToken} />);
});

authRoutes.post('/opsaetning', async (c) => {
  const { db } = c.var.deps;
  if ((await countUsers(db)) > 0) throw new AppError('not_found', 'Installationen er allerede sat op.');
  const form = parseForm(firstAdminSchema, await c.req.parseBody());
  if (!form.ok)
    return page(
      c,
      ['Opret den første administrator', 'Opsætning'],
      <FirstAdminForm csrf={c.var.csrfToken} values={form.values} errors={form.errors} />,
      { status: 400 },
    );
  const user = await createUser({
    db,
    actor: SYSTEM_ACTOR,
    input: { email: form.data.email, name: form.data.name, role: 'admin' },
    password: form.data.password,
  });
  await startSession(c, user.id);
  return c.redirect('/', 303);
});

authRoutes.route('/', passwordRoutes);
