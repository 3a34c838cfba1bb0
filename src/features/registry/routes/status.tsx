import type { Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { requireEditor } from '../../../auth/guards.ts';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { forbidden } from '../../../lib/errors.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam, versionField } from '../../../lib/route-helpers.ts';
import { confirmPage, isConfirmed } from '../../../ui/confirm.tsx';
import type { Crumb } from '../../../ui/layout.tsx';

/** What a status page needs of a row: the entity as the actor sees it (404 outside scope). */
type Entity = { id: number; name: string; version: number; active: boolean };

/**
 * Deactivating and reactivating one kind of registry row (organisation, estate, administrator,
 * forum): `GET {base}/:id/{slug}` asks for confirmation, `POST` of the same path deactivates
 * what the step confirmed, `POST {base}/:id/{undoSlug}` undoes it. `allowed` is the policy flag
 * the detail page shows the buttons by; the service checks the same policy again.
 */
export interface StatusSpec<T extends Entity> {
  base: string;
  slug: string;
  undoSlug: string;
  load(db: Db, actor: Actor, id: number): Promise<T>;
  allowed(entity: T): boolean;
  set(input: { db: Db; actor: Actor; id: number; version: number; active: boolean }): Promise<unknown>;
  /** "Deaktivér", "Nedlæg" */
  label: string;
  /** "deaktivere", "nedlægge" */
  verb: string;
  consequences(entity: T): Child;
  crumbs(entity: T): Crumb[];
  section: string;
}

export function statusRoutes<T extends Entity>(router: Hono<AppEnv>, spec: StatusSpec<T>) {
  const pageOf = (id: number) => `${spec.base}/${id}`;

  async function permitted(c: Context<AppEnv>) {
    const actor = requireEditor(c);
    const entity = await spec.load(c.var.deps.db, actor, idParam(c));
    if (!spec.allowed(entity)) throw forbidden();
    return { actor, entity };
  }

  router.get(`${spec.base}/:id/${spec.slug}`, async (c) => {
    const { entity } = await permitted(c);
    if (!entity.active) return c.redirect(pageOf(entity.id), 302);
    const title = `${spec.label} ${entity.name}`;
    return confirmPage(
      c,
      {
        title,
        question: `Er du sikker på, at du vil ${spec.verb} ${entity.name}?`,
        consequences: spec.consequences(entity),
        action: `${pageOf(entity.id)}/${spec.slug}`,
        fields: { version: String(entity.version) },
        confirmLabel: `Ja, ${spec.label.toLowerCase()} ${entity.name}`,
        cancelHref: pageOf(entity.id),
      },
      { crumbs: [...spec.crumbs(entity), { label: spec.label }], section: spec.section },
    );
  });

  router.post(`${spec.base}/:id/${spec.slug}`, async (c) => {
    const { actor, entity } = await permitted(c);
    const body = await c.req.parseBody();
    if (!isConfirmed(body)) return c.redirect(`${pageOf(entity.id)}/${spec.slug}`, 303);
    await spec.set({ db: c.var.deps.db, actor, id: entity.id, version: versionField(body), active: false });
    return c.redirect(pageOf(entity.id), 303);
  });

  router.post(`${spec.base}/:id/${spec.undoSlug}`, async (c) => {
    const { actor, entity } = await permitted(c);
    const body = await c.req.parseBody();
    if (!entity.active) await spec.set({ db: c.var.deps.db, actor, id: entity.id, version: versionField(body), active: true });
    return c.redirect(pageOf(entity.id), 303);
  });
}
