import { Hono, type Context } from 'hono';
import { requireEditor } from '../../../auth/guards.ts';
import { forbidden } from '../../../lib/errors.ts';
import { parseForm, type FieldErrors, type FormValues } from '../../../lib/forms.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam, submit, versionField } from '../../../lib/route-helpers.ts';
import type { Crumb } from '../../../ui/layout.tsx';
import { page } from '../../../ui/render.tsx';
import { confirmPage, isConfirmed } from '../../../ui/confirm.tsx';
import { formatDate } from '../../../ui/format.ts';
import { danishToday } from '../../../lib/copenhagen-time.ts';
import { parseMembershipForm } from '../membership-forms.ts';
import { editableBodyOptions } from '../membership-bodies.ts';
import { addMembership, endMembership, getMembership, reopenMembership, updateMembership } from '../memberships.ts';
import { getPerson } from '../people.ts';
import { membershipSchema } from '../schemas.ts';
import { MembershipForm, valuesOf } from '../views/person.tsx';

/** A person's memberships: added to a body the caller may change, edited and ended by the body's editors. */
export const membershipRoutes = new Hono<AppEnv>();
const home: Crumb = { label: 'Forside', href: '/' };
const peopleCrumb: Crumb = { label: 'Personer', href: '/personer' };

async function newContext(c: Context<AppEnv>) {
  const actor = requireEditor(c);
  const person = await getPerson({ db: c.var.deps.db, actor, id: idParam(c) });
  return { actor, person, href: `/personer/${person.id}` };
}

async function newPage(
  c: Context<AppEnv>,
  ctx: Awaited<ReturnType<typeof newContext>>,
  props: { values: FormValues; errors?: FieldErrors; status?: 200 | 400 | 409 },
) {
  const bodies = await editableBodyOptions({ db: c.var.deps.db, actor: ctx.actor });
  const title = `Nyt medlemskab for ${ctx.person.name}`;
  return page(
    c,
    [title, 'Personer'],
    <>
      <h1>{title}</h1>
      <MembershipForm
        csrf={c.var.csrfToken}
        action={`${ctx.href}/medlemskaber`}
        cancelHref={ctx.href}
        values={props.values}
        errors={props.errors}
        bodies={bodies}
      />
    </>,
    {
      crumbs: [home, peopleCrumb, { label: ctx.person.name, href: ctx.href }, { label: 'Nyt medlemskab' }],
      section: 'people',
      status: props.status,
    },
  );
}

membershipRoutes.get('/personer/:id/medlemskaber/ny', async (c) => newPage(c, await newContext(c), { values: { role: 'medlem' } }));

membershipRoutes.post('/personer/:id/medlemskaber', async (c) => {
  const ctx = await newContext(c);
  const form = parseMembershipForm(await c.req.parseBody(), { bodyRequired: true });
  if (!form.ok || !form.data) return newPage(c, ctx, { values: form.values, errors: form.ok ? {} : form.errors, status: 400 });
  const { body, input } = form.data;
  const result = await submit(() => addMembership({ db: c.var.deps.db, actor: ctx.actor, personId: ctx.person.id, body, input }));
  if (!result.ok) return newPage(c, ctx, { values: form.values, errors: result.errors, status: result.status });
  return c.redirect(ctx.href, 303);
});

async function editContext(c: Context<AppEnv>) {
  const actor = requireEditor(c);
  const membership = await getMembership({ db: c.var.deps.db, actor, id: idParam(c) });
  if (!membership.canEdit) throw forbidden();
  return { actor, membership, personHref: `/personer/${membership.personId}` };
}

function editPage(
  c: Context<AppEnv>,
  ctx: Awaited<ReturnType<typeof editContext>>,
  props: { values: FormValues; errors?: FieldErrors; version: number; status?: 200 | 400 | 409 },
) {
  const m = ctx.membership;
  const title = `Redigér medlemskab: ${m.personName}, ${m.bodyName}`;
  return page(
    c,
    [title, 'Personer'],
    <>
      <h1>{title}</h1>
      <MembershipForm
        csrf={c.var.csrfToken}
        action={`/medlemskaber/${m.id}`}
        cancelHref={ctx.personHref}
        values={props.values}
        errors={props.errors}
        version={props.version}
      />
    </>,
    {
      crumbs: [home, peopleCrumb, { label: m.personName, href: ctx.personHref }, { label: 'Redigér medlemskab' }],
      section: 'people',
      status: props.status,
    },
  );
}

membershipRoutes.get('/medlemskaber/:id/rediger', async (c) => {
  const ctx = await editContext(c);
  return editPage(c, ctx, { values: valuesOf(ctx.membership, ['title', 'role', 'startDate', 'endDate']), version: ctx.membership.version });
});

membershipRoutes.post('/medlemskaber/:id', async (c) => {
  const ctx = await editContext(c);
  const body = await c.req.parseBody();
  const version = versionField(body);
  const form = parseForm(membershipSchema, body);
  if (!form.ok) return editPage(c, ctx, { values: form.values, errors: form.errors, version, status: 400 });
  const result = await submit(() =>
    updateMembership({ db: c.var.deps.db, actor: ctx.actor, id: ctx.membership.id, version, input: form.data }),
  );
  if (!result.ok) return editPage(c, ctx, { values: form.values, errors: result.errors, version, status: result.status });
  return c.redirect(ctx.personHref, 303);
});

/** Ending a membership asks first: GET shows what will happen, its form posts the end. */
membershipRoutes.get('/medlemskaber/:id/afslut', async (c) => {
  const { membership: m, personHref } = await editContext(c);
  // Already ended, or not begun: nothing to confirm; the person's page says why.
  if (!m.canEnd) return c.redirect(personHref, 302);
  return confirmPage(
    c,
    {
      title: `Afslut medlemskab: ${m.personName}`,
      question: `Er du sikker på, at du vil afslutte ${m.personName} som ${m.title}, ${m.bodyName}?`,
      consequences: (
        <p>
          Medlemskabet slutter i dag, {formatDate(danishToday())}. Derefter vises {m.personName} som tidligere medlem af {m.bodyName}, og
          historikken bevares. Du kan fortryde i dag fra personens side.
        </p>
      ),
      action: `/medlemskaber/${m.id}/afslut`,
      fields: { version: String(m.version) },
      confirmLabel: 'Ja, afslut medlemskabet',
      cancelHref: personHref,
    },
    {
      crumbs: [home, peopleCrumb, { label: m.personName, href: personHref }, { label: 'Afslut medlemskab' }],
      section: 'people',
    },
  );
});

/** Ends the membership today: the person keeps the role until the end of the day, then it shows as past. */
membershipRoutes.post('/medlemskaber/:id/afslut', async (c) => {
  const { actor, membership, personHref } = await editContext(c);
  const body = await c.req.parseBody();
  if (!isConfirmed(body)) return c.redirect(`/medlemskaber/${membership.id}/afslut`, 303);
  await endMembership({ db: c.var.deps.db, actor, id: membership.id, version: versionField(body) });
  return c.redirect(personHref, 303);
});

/** Undoes the end the same day. */
membershipRoutes.post('/medlemskaber/:id/genoptag', async (c) => {
  const { actor, membership, personHref } = await editContext(c);
  const body = await c.req.parseBody();
  await reopenMembership({ db: c.var.deps.db, actor, id: membership.id, version: versionField(body) });
  return c.redirect(personHref, 303);
});
