import { Hono, type Context } from 'hono';
import { requireEditor } from '../../../auth/guards.ts';
import type { Actor } from '../../../auth/scope.ts';
import { forbidden } from '../../../lib/errors.ts';
import { parseForm, type FieldErrors, type FormValues } from '../../../lib/forms.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam, submit, versionField } from '../../../lib/route-helpers.ts';
import type { Crumb } from '../../../ui/layout.tsx';
import { page } from '../../../ui/render.tsx';
import { canCreateForum, createForum, getForum, listFora, setForumActive, updateForum } from '../fora.ts';
import { municipalityOptions } from '../municipalities.ts';
import { listMembers } from '../people.ts';
import { forumSchema, listQuerySchema } from '../schemas.ts';
import { ForumDetail, ForumList } from '../views/forum-pages.tsx';
import { ForumForm, forumValues } from '../views/forum.tsx';
import { statusRoutes } from './status.tsx';

/**
 * Fora are public: anyone may list them and read a forum's terms of reference and
 * members. Contact details and history need canSeeForum, changes canManageForum.
 */
export const foraRoutes = new Hono<AppEnv>();
const home: Crumb = { label: 'Forside', href: '/' };
const listCrumb: Crumb = { label: 'Fora', href: '/fora' };

foraRoutes.get('/fora', async (c) => {
  const query = listQuerySchema.parse(c.req.query());
  const { db } = c.var.deps;
  const [result, municipalities] = await Promise.all([listFora({ db, query }), municipalityOptions(db)]);
  return page(
    c,
    'Fora',
    <ForumList
      query={{ ...query, sort: query.sort ?? 'navn' }}
      result={result}
      municipalities={municipalities}
      canCreate={canCreateForum(c.var.actor)}
    />,
    { crumbs: [home, { label: 'Fora' }], section: 'fora' },
  );
});

/** Admins choose any municipality; a municipality's editors only their own. */
async function municipalityChoices(c: Context<AppEnv>, actor: Actor) {
  const all = await municipalityOptions(c.var.deps.db);
  const s = actor.scope;
  return s.kind === 'municipality' ? all.filter((m) => m.value === s.municipalityCode) : all;
}

async function formPage(
  c: Context<AppEnv>,
  actor: Actor,
  props: {
    title: string;
    action: string;
    values: FormValues;
    errors?: FieldErrors;
    version?: number;
    cancelHref: string;
    crumbs: Crumb[];
    status?: 200 | 400 | 409;
  },
) {
  const municipalities = await municipalityChoices(c, actor);
  return page(
    c,
    [props.title, 'Fora'],
    <>
      <h1>{props.title}</h1>
      <ForumForm
        csrf={c.var.csrfToken}
        action={props.action}
        values={props.values}
        errors={props.errors}
        version={props.version}
        cancelHref={props.cancelHref}
        municipalities={municipalities}
      />
    </>,
    { crumbs: props.crumbs, section: 'fora', status: props.status },
  );
}

const newProps = { title: 'Nyt forum', action: '/fora', cancelHref: '/fora', crumbs: [home, listCrumb, { label: 'Nyt forum' }] };

function requireForumCreator(c: Context<AppEnv>) {
  const actor = requireEditor(c);
  if (!canCreateForum(actor)) throw forbidden();
  return actor;
}

foraRoutes.get('/fora/ny', (c) => {
  const actor = requireForumCreator(c);
  const municipalityCode = actor.scope.kind === 'municipality' ? actor.scope.municipalityCode : '';
  return formPage(c, actor, { ...newProps, values: { municipalityCode } });
});

foraRoutes.post('/fora', async (c) => {
  const actor = requireForumCreator(c);
  const form = parseForm(forumSchema, await c.req.parseBody());
  if (!form.ok) return formPage(c, actor, { ...newProps, values: form.values, errors: form.errors, status: 400 });
  const result = await submit(() => createForum({ db: c.var.deps.db, actor, input: form.data }));
  if (!result.ok) return formPage(c, actor, { ...newProps, values: form.values, errors: result.errors, status: result.status });
  return c.redirect(`/fora/${result.value.id}`, 303);
});

foraRoutes.get('/fora/:id', async (c) => {
  const actor = c.var.actor;
  const { db } = c.var.deps;
  const id = idParam(c);
  const forum = await getForum({ db, actor, id });
  const [members, history] = await Promise.all([
    listMembers({ db, actor, body: { forumId: id }, contact: forum.canSee }),
    forum.canSee ? c.var.deps.wiring.history.ofEntity({ db, actor, entityType: 'forum', entityId: id }) : null,
  ]);
  return page(
    c,
    [forum.name, forum.municipalityName],
    <ForumDetail forum={forum} members={members} history={history} csrf={c.var.csrfToken} />,
    {
      crumbs: [home, listCrumb, { label: forum.name }],
      section: 'fora',
    },
  );
});

async function editContext(c: Context<AppEnv>) {
  const actor = requireEditor(c);
  const forum = await getForum({ db: c.var.deps.db, actor, id: idParam(c) });
  if (!forum.canManage) throw forbidden();
  const href = `/fora/${forum.id}`;
  const props = {
    title: `Redigér ${forum.name}`,
    action: href,
    cancelHref: href,
    crumbs: [home, listCrumb, { label: forum.name, href }, { label: 'Redigér' }],
  };
  return { actor, forum, props };
}

foraRoutes.get('/fora/:id/rediger', async (c) => {
  const { actor, forum, props } = await editContext(c);
  return formPage(c, actor, { ...props, values: forumValues(forum), version: forum.version });
});

foraRoutes.post('/fora/:id', async (c) => {
  const { actor, forum, props } = await editContext(c);
  const body = await c.req.parseBody();
  const version = versionField(body);
  const form = parseForm(forumSchema, body);
  if (!form.ok) return formPage(c, actor, { ...props, version, values: form.values, errors: form.errors, status: 400 });
  const result = await submit(() => updateForum({ db: c.var.deps.db, actor, id: forum.id, version, input: form.data }));
  if (!result.ok) return formPage(c, actor, { ...props, version, values: form.values, errors: result.errors, status: result.status });
  return c.redirect(`/fora/${forum.id}`, 303);
});

statusRoutes(foraRoutes, {
  base: '/fora',
  slug: 'nedlaeg',
  undoSlug: 'genopret',
  load: (db, actor, id) => getForum({ db, actor, id }),
  allowed: (f) => f.canManage,
  set: setForumActive,
  label: 'Nedlæg',
  verb: 'nedlægge',
  consequences: (f) => (
    <>
      <p>{f.name} vises som nedlagt, og der kan ikke længere tilføjes medlemmer eller oprettes møder i forummet.</p>
      <p>Medlemmer, møder, referater og historik bevares. Du kan genoprette forummet fra dets side.</p>
    </>
  ),
  crumbs: (f) => [home, listCrumb, { label: f.name, href: `/fora/${f.id}` }],
  section: 'fora',
});
