import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { requireRole } from '../../auth/guards.ts';
import { ROLE_LABELS } from '../../auth/scope.ts';
import { ROLES } from '../../auth/tables.ts';
import { canChangeUserStatus, getUserStatus, inviteUser, listUsers, setUserDisabled } from '../../auth/users.ts';
import { forbidden } from '../../lib/errors.ts';
import { ConfirmLink, confirmPage, isConfirmed, UndoButton } from '../../ui/confirm.tsx';
import { parseForm, type FieldErrors, type FormValues } from '../../lib/forms.ts';
import type { AppEnv } from '../../lib/hono-env.ts';
import { idParam, submit } from '../../lib/route-helpers.ts';
import { Alert, CsrfField, ErrorSummary, Pagination, SelectField, TextField } from '../../ui/components.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { page } from '../../ui/render.tsx';
import { HistoryFilters, HistoryTable, listAllHistory, parseHistoryQuery } from '../audit/index.ts';
import { countByStatus, listOutbox } from '../outbox/index.ts';
import { administratorOptions } from '../registry/index.ts';
import { municipalityOptions } from '../registry/index.ts';
import { editableOrganisationOptions } from '../registry/index.ts';
import { inviteSchema } from './schemas.ts';
import { countNoun } from '../../lib/plural.ts';
import { ScrollTable } from '../../ui/table.tsx';

/** Pages for the installation's admin: users and invitations, the outbox, the full history. */
export const adminRoutes = new Hono<AppEnv>();
const crumbs = [
  { label: 'Forside', href: '/' },
  { label: 'Systemadministration', href: '/admin' },
];
const pageQuery = z.object({ page: z.coerce.number().int().min(1).catch(1), q: z.string().max(100).optional().catch(undefined) });

adminRoutes.get('/admin', (c) => {
  requireRole(c, 'admin');
  return page(
    c,
    'Systemadministration',
    <>
      <h1>Systemadministration</h1>
      <ul class="sd-cards no-max-width">
        <li>
          <h2 class="h4 mt-0">
            <a href="/admin/brugere">Brugere</a>
          </h2>
          <p class="mb-0">Invitér, se og deaktivér brugere.</p>
        </li>
        <li>
          <h2 class="h4 mt-0">
            <a href="/admin/udbakke">Udbakke</a>
          </h2>
          <p class="mb-0">E-mails, systemet har sendt eller holder tilbage.</p>
        </li>
        <li>
          <h2 class="h4 mt-0">
            <a href="/admin/historik">Historik</a>
          </h2>
          <p class="mb-0">Alle ændringer i systemet.</p>
        </li>
        <li>
          <h2 class="h4 mt-0">
            <a href="/admin/noegletal">Nøgletal</a>
          </h2>
          <p class="mb-0">Katalogets nøgletal: navn, beskrivelse, enhed og retning.</p>
        </li>
        <li>
          <h2 class="h4 mt-0">
            <a href="/boligomraader">Boligområder</a>
          </h2>
          <p class="mb-0">Overvågning af udsatte boligområder i hele landet og grænseværdierne i § 61 a og b.</p>
        </li>
      </ul>
    </>,
    { crumbs: [crumbs[0], { label: 'Systemadministration' }], section: 'admin' },
  );
});

async function usersPage(
  c: Context<AppEnv>,
  form: { values?: FormValues; errors?: FieldErrors; link?: string; status?: 200 | 400 | 409 } = {},
) {
  const { db } = c.var.deps;
  const query = pageQuery.parse(c.req.query());
  const [result, municipalities, organisations, administrators] = await Promise.all([
    listUsers(db, { q: query.q, page: query.page, pageSize: 50 }),
    municipalityOptions(db),
    editableOrganisationOptions({ db, actor: c.var.actor }),
    administratorOptions(db),
  ]);
  return page(
    c,
    ['Brugere', 'Administration af systemet'],
    <>
      <h1>Brugere</h1>
      {form.link && (
        <Alert kind="success" heading="Invitationen er oprettet">
          <p>
            E-mailen ligger i <a href="/admin/udbakke">udbakken</a>. Linket kan også gives direkte til brugeren: <code>{form.link}</code>
          </p>
        </Alert>
      )}
      <ScrollTable label="Brugere">
        <table class="table table--zebra">
          <caption class="sr-only">Brugere</caption>
          <thead>
            <tr>
              <th scope="col">Navn</th>
              <th scope="col">E-mail</th>
              <th scope="col">Rolle</th>
              <th scope="col">Tilknyttet</th>
              <th scope="col">Status</th>
              <th scope="col">Handling</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((u) => (
              <tr>
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td>{ROLE_LABELS[u.role]}</td>
                <td>{u.affiliation ?? '–'}</td>
                <td>
                  {u.disabledAt ? (
                    <span class="sd-status-inactive">Deaktiveret {formatDateTime(u.disabledAt)}</span>
                  ) : u.hasPassword ? (
                    'Aktiv'
                  ) : (
                    'Inviteret'
                  )}
                </td>
                <td>
                  {!canChangeUserStatus(c.var.actor, u.id) ? (
                    <span class="sd-muted">Dig selv</span>
                  ) : u.disabledAt ? (
                    <UndoButton
                      action={`/admin/brugere/${u.id}/genaktiver`}
                      csrf={c.var.csrfToken}
                      label="Genaktivér"
                      hiddenLabel={u.name}
                    />
                  ) : (
                    <ConfirmLink href={`/admin/brugere/${u.id}/deaktiver`} label="Deaktivér" hiddenLabel={u.name} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <Pagination query={{ page: query.page, sort: '', dir: 'asc', q: query.q }} total={result.total} pageSize={50} />
      <h2 id="inviter">Invitér en bruger</h2>
      <p>
        Brugeren får en e-mail med et link, der virker én gang og udløber efter{' '}
        {countNoun(c.var.deps.config.INVITATION_TTL_HOURS, 'time', 'timer')}.
      </p>
      <ErrorSummary errors={form.errors} />
      <form method="post" action="/admin/brugere" novalidate>
        <CsrfField token={c.var.csrfToken} />
        <TextField name="name" label="Navn" required values={form.values} errors={form.errors} width="l" />
        <TextField name="email" label="E-mail" type="email" required values={form.values} errors={form.errors} width="l" />
        <SelectField
          name="role"
          label="Rolle"
          required
          values={form.values}
          errors={form.errors}
          placeholder="Vælg rolle"
          options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        />
        <SelectField
          name="municipalityCode"
          label="Kommune"
          hint="For kommunens brugere."
          values={form.values}
          errors={form.errors}
          placeholder="Ingen"
          options={municipalities}
        />
        <SelectField
          name="organisationId"
          label="Boligorganisation"
          hint="For boligorganisationens brugere."
          values={form.values}
          errors={form.errors}
          placeholder="Ingen"
          options={organisations}
        />
        <SelectField
          name="administratorId"
          label="Administrationsorganisation"
          hint="For administrationsorganisationens medarbejdere."
          values={form.values}
          errors={form.errors}
          placeholder="Ingen"
          options={administrators}
        />
        <button type="submit" class="button button-primary">
          Send invitation
        </button>
      </form>
    </>,
    { crumbs: [...crumbs, { label: 'Brugere' }], section: 'admin', status: form.status },
  );
}

adminRoutes.get('/admin/brugere', (c) => {
  requireRole(c, 'admin');
  return usersPage(c);
});

adminRoutes.post('/admin/brugere', async (c) => {
  requireRole(c, 'admin');
  const form = parseForm(inviteSchema, await c.req.parseBody());
  if (!form.ok) return usersPage(c, { values: form.values, errors: form.errors, status: 400 });
  const { db, config } = c.var.deps;
  const result = await submit(() =>
    inviteUser({ db, actor: c.var.actor, input: form.data, publicUrl: config.PUBLIC_URL, ttlHours: config.INVITATION_TTL_HOURS }),
  );
  if (!result.ok) return usersPage(c, { values: form.values, errors: result.errors, status: result.status });
  return usersPage(c, { link: result.value.link });
});

async function userWithStatusChange(c: Context<AppEnv>) {
  requireRole(c, 'admin');
  const user = await getUserStatus(c.var.deps.db, idParam(c));
  if (!canChangeUserStatus(c.var.actor, user.id)) throw forbidden();
  return user;
}

adminRoutes.get('/admin/brugere/:id/deaktiver', async (c) => {
  const user = await userWithStatusChange(c);
  if (user.disabledAt) return c.redirect('/admin/brugere', 302);
  return confirmPage(
    c,
    {
      title: `Deaktivér ${user.name}`,
      question: `Er du sikker på, at du vil deaktivere ${user.name} (${user.email})?`,
      consequences: (
        <p>
          {user.name} logges ud med det samme og kan ikke logge ind, før brugeren bliver genaktiveret. Brugerens ændringer og historik
          bevares. Du kan genaktivere brugeren fra listen over brugere.
        </p>
      ),
      action: `/admin/brugere/${user.id}/deaktiver`,
      confirmLabel: `Ja, deaktivér ${user.name}`,
      cancelHref: '/admin/brugere',
    },
    { crumbs: [...crumbs, { label: 'Brugere', href: '/admin/brugere' }, { label: `Deaktivér ${user.name}` }], section: 'admin' },
  );
});

adminRoutes.post('/admin/brugere/:id/deaktiver', async (c) => {
  const user = await userWithStatusChange(c);
  if (!isConfirmed(await c.req.parseBody())) return c.redirect(`/admin/brugere/${user.id}/deaktiver`, 303);
  await setUserDisabled({ db: c.var.deps.db, actor: c.var.actor, userId: user.id, disabled: true });
  return c.redirect('/admin/brugere', 303);
});

adminRoutes.post('/admin/brugere/:id/genaktiver', async (c) => {
  const user = await userWithStatusChange(c);
  if (user.disabledAt) await setUserDisabled({ db: c.var.deps.db, actor: c.var.actor, userId: user.id, disabled: false });
  return c.redirect('/admin/brugere', 303);
});

adminRoutes.get('/admin/udbakke', async (c) => {
  requireRole(c, 'admin');
  const { db, config } = c.var.deps;
  const [rows, counts] = await Promise.all([listOutbox(db), countByStatus(db)]);
  const STATUS: Record<string, string> = { pending: 'Venter', sent: 'Sendt', failed: 'Fejlet', held: 'Holdt tilbage (ingen SMTP)' };
  return page(
    c,
    ['Udbakke', 'Administration af systemet'],
    <>
      <h1>Udbakke</h1>
      {!config.SMTP_URL && (
        <Alert kind="info" heading="Der er ikke sat en SMTP-server op">
          Beskederne sendes ikke, men vises her. Sæt SMTP_URL for at sende dem.
        </Alert>
      )}
      <p>
        {Object.entries(counts)
          .map(([k, n]) => `${STATUS[k] ?? k}: ${n}`)
          .join(' · ') || 'Ingen beskeder.'}
      </p>
      {rows.map((m) => (
        <details class="details">
          <summary class="details-summary">
            <span class="details-summary-text">
              {formatDateTime(m.createdAt)} · {m.toAddress} · {m.subject} · {STATUS[m.status]}
            </span>
          </summary>
          <div class="details-text">
            <pre class="sd-pre">{m.textBody}</pre>
            {m.attachmentNames?.length ? <p>Vedhæftet: {m.attachmentNames.join(', ')}</p> : null}
            {m.lastError && <p>Seneste fejl: {m.lastError}</p>}
          </div>
        </details>
      ))}
    </>,
    { crumbs: [...crumbs, { label: 'Udbakke' }], section: 'admin' },
  );
});

const HISTORY_PAGE_SIZE = 50;

adminRoutes.get('/admin/historik', async (c) => {
  requireRole(c, 'admin');
  const { db, wiring } = c.var.deps;
  const actor = c.var.actor;
  const kinds = wiring.history.kindOptions();
  const query = parseHistoryQuery(
    c.req.query(),
    kinds.map((k) => k.value),
  );
  const result = await listAllHistory(db, { page: query.page, pageSize: HISTORY_PAGE_SIZE, filter: query.filter });
  const entries = await wiring.history.present({ db, actor, events: result.rows, withEntity: true });
  const filtered = Object.values(query.values).some(Boolean);
  return page(
    c,
    ['Historik', 'Administration af systemet'],
    <>
      <h1>Historik</h1>
      <p>Alle ændringer i systemet, de nyeste først. Tider er dansk tid.</p>
      <HistoryFilters action="/admin/historik" values={query.values} errors={query.errors} kinds={kinds} />
      {filtered && (
        <p>
          <a href="/admin/historik">Vis hele historikken</a>
        </p>
      )}
      {result.total === 0 && filtered ? (
        <p>Ingen ændringer passer til filteret.</p>
      ) : (
        <HistoryTable entries={entries} showEntity actorHref={(who) => `/admin/historik?hvem=${encodeURIComponent(who)}`} />
      )}
      <Pagination query={{ page: query.page, sort: '', dir: 'desc', ...query.values }} total={result.total} pageSize={HISTORY_PAGE_SIZE} />
    </>,
    { crumbs: [...crumbs, { label: 'Historik' }], section: 'admin', status: Object.keys(query.errors).length ? 400 : 200 },
  );
});
