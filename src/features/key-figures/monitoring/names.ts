import { inArray } from 'drizzle-orm';
import { conditionFlag } from '../../../lib/sql.ts';
import { nameMap, numericIds, type EntityNamer } from '../../audit/index.ts';
import { housingAreas } from '../tables.ts';
import { areaVisible } from './policy.ts';

/** Areas by name in the history, linked where the viewer may open the area's page. */
export const areaNames: EntityNamer = async ({ db, actor, ids }) => {
  const rows = await db
    .select({ id: housingAreas.id, name: housingAreas.name, open: conditionFlag(areaVisible(actor)) })
    .from(housingAreas)
    .where(inArray(housingAreas.id, numericIds(ids)));
  return nameMap(
    rows,
    (r) => r.id,
    (r) => ({ name: r.name, href: r.open ? `/boligomraader/${r.id}` : null }),
  );
};
