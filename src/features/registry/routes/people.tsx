import { Hono, type Context } from 'hono';
import { requireActor, requireEditor } from '../../../auth/guards.ts';
import type { Actor } from '../../../auth/scope.ts';
import { forbidden } from '../../../lib/errors.ts';
import { parseForm, type FieldErrors, type FormValues } from '../../../lib/forms.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam, submit, versionField } from '../../../lib/route-helpers.ts';
import type { Crumb } from '../../../ui/layout.tsx';
import { page } from '../../../ui/render.tsx';
import { parseNewPersonForm } from '../membership-forms.ts';
import { editableBodyOptions } from '../membership-bodies.ts';
import { createPerson, listPersonMemberships, personHistory } from '../memberships.ts';
import { getPerson, listPeople, updatePerson } from '../people.ts';
import { listQuerySchema, personSchema } from '../schemas.ts';
import { PersonDetail, PersonList } from '../views/person-pages.tsx';
import { NewPersonForm, PersonForm, valuesOf } from '../views/person.tsx';
import { membershipRoutes } from './memberships.tsx';

/**
 * People and their memberships. A caller sees the people of the bodies they see and
 * changes those of the bodies they may change (see member-policy.ts).
 */
export const peopleRoutes = new Hono<AppEnv>();
const home: Crumb = { label: 'Forside', href: '/' };
const peopleCrumb: Crumb = { label: 'Personer', href: '/personer' };

peopleRoutes.get('/personer', async (c) => {
  const actor = requireActor(c);
  const query = listQuerySchema.parse(c.req.query());
  const result = await listPeople({ db: c.var.deps.db, actor, query });
  return page(c, 'Personer', <PersonList query={{ ...query, sort: query.sort ?? 'navn' }} result={result} canCreate={actor.canEdit} />, {
    crumbs: [home, { label: 'Personer' }],
    section: 'people',
  });
});

/** ?organisation=ID, ?forum=ID, ?administrator=ID or ?kommune=0219 preselects the body to add the person to. */
function bodyFromQuery(c: Context<AppEnv>): string {
  const q = c.req.query();
  if (/^\d{1,9}$/.test(q.organisation ?? '')) return `organisation:${q.organisation}`;
  if (/^\d{1,9}$/.test(q.forum ?? '')) return `forum:${q.forum}`;
  if (/^\d{1,9}$/.test(q.administrator ?? '')) return `administrator:${q.administrator}`;
  if (/^\d{4}$/.test(q.kommune ?? '')) return `municipality:${q.kommune}`;
  return '';
}

async function newPage(c: Context<AppEnv>, actor: Actor, props: { values: FormValues; errors?: FieldErrors; status?: 200 | 400 | 409 }) {
  const bodies = await editableBodyOptions({ db: c.var.deps.db, actor });
  return page(
    c,
    ['Ny person', 'Personer'],
    <>
      <h1>Ny person</h1>
      <NewPersonForm
        csrf={c.var.csrfToken}
        action="/personer"
        cancelHref="/personer"
        values={props.values}
        errors={props.errors}
        bodies={bodies}
        bodyRequired={actor.scope.kind !== 'admin'}
      />
    </>,
    { crumbs: [home, peopleCrumb, { label: 'Ny person' }], section: 'people', status: props.status },
  );
}

peopleRoutes.get('/personer/ny', (c) => newPage(c, requireEditor(c), { values: { body: bodyFromQuery(c), role: 'medlem' } }));

peopleRoutes.post('/personer', async (c) => {
  const actor = requireEditor(c);
  const form = parseNewPersonForm(await c.req.parseBody(), { bodyRequired: actor.scope.kind !== 'admin' });
  if (!form.ok) return newPage(c, actor, { values: form.values, errors: form.errors, status: 400 });
  const result = await submit(() => createPerson({ db: c.var.deps.db, actor, input: form.data.person, membership: form.data.membership }));
  if (!result.ok) return newPage(c, actor, { values: form.values, errors: result.errors, status: result.status });
  return c.redirect(`/personer/${result.value.id}`, 303);
});

peopleRoutes.get('/personer/:id', async (c) => {
  const actor = requireActor(c);
  const { db } = c.var.deps;
  const id = idParam(c);
  const [person, memberships] = await Promise.all([getPerson({ db, actor, id }), listPersonMemberships({ db, actor, personId: id })]);
  const events = await personHistory({ db, personId: id, membershipIds: memberships.map((m) => m.id) });
  const history = await c.var.deps.wiring.history.present({ db, actor, events, withEntity: false });
  return page(
    c,
    [person.name, 'Personer'],
    <PersonDetail person={person} memberships={memberships} history={history} canAddMembership={actor.canEdit} csrf={c.var.csrfToken} />,
    { crumbs: [home, peopleCrumb, { label: person.name }], section: 'people' },
  );
});

async function editContext(c: Context<AppEnv>) {
  const actor = requireEditor(c);
  const person = await getPerson({ db: c.var.deps.db, actor, id: idParam(c) });
  if (!person.canEdit) throw forbidden();
  const href = `/personer/${person.id}`;
  return { actor, person, href, crumbs: [home, peopleCrumb, { label: person.name, href }, { label: 'Redigér' }] };
}

function editPage(
  c: Context<AppEnv>,
  ctx: Awaited<ReturnType<typeof editContext>>,
  props: { values: FormValues; errors?: FieldErrors; version: number; status?: 200 | 400 | 409 },
) {
  const title = `Redigér ${ctx.person.name}`;
  return page(
    c,
    [title, 'Personer'],
    <>
      <h1>{title}</h1>
      <PersonForm
        csrf={c.var.csrfToken}
        action={ctx.href}
        cancelHref={ctx.href}
        values={props.values}
        errors={props.errors}
        version={props.version}
      />
    </>,
    { crumbs: ctx.crumbs, section: 'people', status: props.status },
  );
}

peopleRoutes.get('/personer/:id/rediger', async (c) => {
  const ctx = await editContext(c);
  return editPage(c, ctx, { values: valuesOf(ctx.person, ['name', 'email', 'phone']), version: ctx.person.version });
});

peopleRoutes.post('/personer/:id', async (c) => {
  const ctx = await editContext(c);
  const body = await c.req.parseBody();
  const version = versionField(body);
  const form = parseForm(personSchema, body);
  if (!form.ok) return editPage(c, ctx, { values: form.values, errors: form.errors, version, status: 400 });
  const result = await submit(() => updatePerson({ db: c.var.deps.db, actor: ctx.actor, id: ctx.person.id, version, input: form.data }));
  if (!result.ok) return editPage(c, ctx, { values: form.values, errors: result.errors, version, status: result.status });
  return c.redirect(ctx.href, 303);
});

peopleRoutes.route('/', membershipRoutes);
