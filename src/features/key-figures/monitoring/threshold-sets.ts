import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { fieldError, forbidden, isUniqueViolation } from '../../../lib/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { monitoringThresholds } from '../tables.ts';
import { isAdmin } from './policy.ts';
import { THRESHOLD_KEYS, type Thresholds } from './thresholds.ts';

/**
 * A new set of thresholds from a list year on (the law changed); admins only. A set is never
 * edited: the lists already published were judged by it. The form has checked range and
 * contradictions; the primary key catches a year taken in the meantime.
 */
export async function createThresholdSet({
  db,
  actor,
  validFrom,
  values,
}: {
  db: Db;
  actor: Actor;
  validFrom: number;
  values: Thresholds;
}) {
  if (!actor.canEdit || !isAdmin(actor)) throw forbidden();
  try {
    await db.transaction(async (tx) => {
      await tx.insert(monitoringThresholds).values(THRESHOLD_KEYS.map((key) => ({ validFrom, key, value: values[key] })));
      await recordAudit(tx, {
        actor,
        entityType: 'monitoring_thresholds',
        entityId: validFrom,
        action: 'create',
        summary: `Grænseværdier fra listen 1. december ${validFrom}`,
        after: { validFrom, ...values },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError('validFrom', `Der findes allerede grænseværdier fra ${validFrom}. Vælg et andet år.`);
    throw error;
  }
}
