/*
 * The body of a membership (organisation, forum, municipality, administrator) as forms name it
 * ("organisation:12"), and which bodies an actor may see and change.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../lib/errors.ts';
import { administratorOptions } from './administrators.ts';
import { getForum, manageableForumOptions } from './fora.ts';
import { getMunicipality, municipalityOptions } from './municipalities.ts';
import { editableOrganisationOptions, getOrganisation } from './organisations.ts';
import type { MembershipBody } from './people.ts';
import { canEditAdministrator } from './policy.ts';
import { administrators } from './tables.ts';

export function parseBodyKey(key: string): MembershipBody | null {
  const m = /^(organisation|forum|administrator):(\d{1,9})$|^municipality:(\d{4})$/.exec(key);
  if (!m) return null;
  if (m[3]) return { municipalityCode: m[3] };
  const id = Number(m[2]);
  return m[1] === 'organisation' ? { organisationId: id } : m[1] === 'forum' ? { forumId: id } : { administratorId: id };
}

/** The body field of a form: empty, or a key from the list. */
export const bodyFieldSchema = z.object({
  body: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const body = parseBodyKey(v);
      if (!body) {
        ctx.addIssue({ code: 'custom', message: 'Vælg en tilknytning på listen.' });
        return z.NEVER;
      }
      return body;
    }),
});

export function bodyHref(b: MembershipBody): string {
  if ('organisationId' in b) return `/boligorganisationer/${b.organisationId}`;
  if ('forumId' in b) return `/fora/${b.forumId}`;
  if ('municipalityCode' in b) return `/kommuner/${b.municipalityCode}`;
  return `/administrationsorganisationer/${b.administratorId}`;
}

/** The body behind a key as the actor sees it, and whether the actor may change its members; 404 if not visible. */
export async function resolveBody({ db, actor, body }: { db: Db; actor: Actor; body: MembershipBody }) {
  const href = bodyHref(body);
  if ('organisationId' in body) {
    const o = await getOrganisation({ db, actor, id: body.organisationId });
    return { body, href, label: o.name, canEdit: o.canEdit };
  }
  if ('forumId' in body) {
    const f = await getForum({ db, actor, id: body.forumId });
    return { body, href, label: f.name, canEdit: f.canManage };
  }
  if ('municipalityCode' in body) {
    const m = await getMunicipality(db, body.municipalityCode);
    if (!m) throw notFound('Kommunen');
    const s = actor.scope;
    return {
      body,
      href,
      label: m.name,
      canEdit: actor.canEdit && (s.kind === 'admin' || (s.kind === 'municipality' && s.municipalityCode === m.code)),
    };
  }
  const [a] = await db.select({ name: administrators.name }).from(administrators).where(eq(administrators.id, body.administratorId));
  if (!a || actor.scope.kind === 'public') throw notFound('Administrationsorganisationen');
  return { body, href, label: a.name, canEdit: canEditAdministrator(actor, body.administratorId) };
}

export type BodyOptionGroup = { label: string; options: { value: string; label: string }[] };

/** The bodies the actor may add people to, grouped by kind, for a select list. */
export async function editableBodyOptions({ db, actor }: { db: Db; actor: Actor }): Promise<BodyOptionGroup[]> {
  if (!actor.canEdit) return [];
  const s = actor.scope;
  const [orgs, forumOptions, munis, admins] = await Promise.all([
    editableOrganisationOptions({ db, actor }),
    manageableForumOptions({ db, actor }),
    s.kind === 'admin'
      ? municipalityOptions(db)
      : s.kind === 'municipality'
        ? municipalityOptions(db).then((all) => all.filter((m) => m.value === s.municipalityCode))
        : [],
    s.kind === 'admin'
      ? administratorOptions(db)
      : s.kind === 'administrator'
        ? administratorOptions(db).then((all) => all.filter((a) => a.value === String(s.administratorId)))
        : [],
  ]);
  return [
    { label: 'Boligorganisationer', options: orgs.map((o) => ({ value: `organisation:${o.value}`, label: o.label })) },
    { label: 'Fora', options: forumOptions },
    { label: 'Kommuner', options: munis.map((m) => ({ value: `municipality:${m.value}`, label: m.label })) },
    { label: 'Administrationsorganisationer', options: admins.map((a) => ({ value: `administrator:${a.value}`, label: a.label })) },
  ].filter((g) => g.options.length > 0);
}
