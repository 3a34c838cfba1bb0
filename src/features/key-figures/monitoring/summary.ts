import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { assessAll, monitoredAreas, newestYear, thresholdSets } from './monitoring.ts';
import { canManageAreas, canSeeMunicipalityAreas } from './policy.ts';
import { LIST_LABELS } from './words.ts';

/**
 * The municipality's page lists its areas under monitoring (the registry owns the page and
 * reaches this through src/wiring.ts). Null when the caller may see none of them: the figures are
 * not public.
 */
export async function municipalityAreaSummary({ db, actor, municipalityCode }: { db: Db; actor: Actor; municipalityCode: string }) {
  if (!canSeeMunicipalityAreas(actor, municipalityCode)) return null;
  const [areas, sets] = await Promise.all([monitoredAreas({ db, actor, filter: { municipalityCode } }), thresholdSets(db)]);
  const canManage = canManageAreas(actor, municipalityCode);
  if (areas.length === 0 && actor.scope.kind !== 'municipality' && !canManage) return null;
  const year = newestYear(areas);
  const assessed = year === null ? [] : assessAll(areas, year, sets).assessed;
  return {
    href: `/kommuner/${municipalityCode}/boligomraader`,
    year,
    areas: areas.map((a, i) => {
      const c = assessed[i]?.assessment.classification;
      const main = c?.lists[0];
      return {
        href: `/boligomraader/${a.id}`,
        name: a.name,
        status: !c ? 'Ingen tal' : main ? LIST_LABELS[main] : 'Ingen liste',
        warnings: assessed[i]?.assessment.warnings.length ?? 0,
      };
    }),
  };
}
