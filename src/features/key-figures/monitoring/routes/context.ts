import type { Context } from 'hono';
import { requireActor, requireEditor } from '../../../../auth/guards.ts';
import type { Actor } from '../../../../auth/scope.ts';
import { danishToday } from '../../../../lib/copenhagen-time.ts';
import { forbidden, notFoundOrHidden } from '../../../../lib/errors.ts';
import type { AppEnv } from '../../../../lib/hono-env.ts';
import { idParam } from '../../../../lib/route-helpers.ts';
import type { Crumb } from '../../../../ui/layout.tsx';
import { getMunicipality } from '../../../registry/index.ts';
import { getArea } from '../areas.ts';
import { canManageAreas, canSeeMunicipalityAreas } from '../policy.ts';

/* What the monitoring's pages share: the municipality or area of the path, checked against the caller, and their crumbs. */

export const home: Crumb = { label: 'Forside', href: '/' };

/** ?aar=YYYY when it is a year, else null (the page picks its default). */
export function yearParam(c: Context<AppEnv>): number | null {
  const raw = c.req.query('aar') ?? '';
  return /^\d{4}$/.test(raw) ? Number(raw) : null;
}

export const thisYear = () => Number(danishToday().slice(0, 4));

/** The municipality of /kommuner/:code/…, when the caller may see its areas at all; 404 otherwise. */
export async function municipalityOf(c: Context<AppEnv>, actor: Actor = requireActor(c)) {
  const code = c.req.param('code') ?? '';
  const municipality = /^\d{4}$/.test(code) ? await getMunicipality(c.var.deps.db, code) : null;
  if (!municipality || !canSeeMunicipalityAreas(actor, code)) throw notFoundOrHidden('Kommunens boligområder');
  const listHref = `/kommuner/${code}/boligomraader`;
  const crumbs: Crumb[] = [
    home,
    { label: 'Kommuner', href: '/kommuner' },
    { label: municipality.shortName, href: `/kommuner/${code}` },
    { label: 'Boligområder', href: listHref },
  ];
  return { actor, municipality, listHref, crumbs };
}

/** The same, for changing the municipality's areas: its editors and admins; 403 for everyone else logged in. */
export async function managedMunicipalityOf(c: Context<AppEnv>) {
  const actor = requireEditor(c);
  const code = c.req.param('code') ?? '';
  if (!canManageAreas(actor, code)) throw forbidden();
  return municipalityOf(c, actor);
}

/** The area of /boligomraader/:id as the caller sees it (404 outside scope), with its crumbs. */
export async function areaOf(c: Context<AppEnv>, opts: { manage?: boolean } = {}) {
  const actor = opts.manage ? requireEditor(c) : requireActor(c);
  const area = await getArea({ db: c.var.deps.db, actor, id: idParam(c) });
  if (opts.manage && !area.canManage) throw forbidden();
  const href = `/boligomraader/${area.id}`;
  const crumbs: Crumb[] = [
    home,
    { label: 'Kommuner', href: '/kommuner' },
    { label: area.municipalityName, href: `/kommuner/${area.municipalityCode}` },
    { label: 'Boligområder', href: `/kommuner/${area.municipalityCode}/boligomraader` },
    { label: area.name, href },
  ];
  return { actor, area, href, crumbs };
}
