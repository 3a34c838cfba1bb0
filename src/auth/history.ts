import { inArray } from 'drizzle-orm';
import { nameMap, numericIds, type EntityNamer, type HistoryKinds } from '../features/audit/index.ts';
import { ROLE_LABELS } from './scope.ts';
import { users } from './tables.ts';

/* Users in the history: their names, linked to the admin's list of users (the only page about a user). */

const userNames: EntityNamer = async ({ db, actor, ids }) => {
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(inArray(users.id, numericIds(ids)));
  return nameMap(
    rows,
    (r) => r.id,
    (r) => ({
      name: `${r.name} (${r.email})`,
      href: actor.scope.kind === 'admin' ? `/admin/brugere?q=${encodeURIComponent(r.email)}` : null,
    }),
  );
};

export const authHistory: HistoryKinds = {
  user: {
    label: 'Bruger',
    fields: {
      name: 'Navn',
      email: 'E-mail',
      role: 'Rolle',
      municipalityCode: 'Kommune',
      organisationId: 'Boligorganisation',
      administratorId: 'Administrationsorganisation',
      disabledAt: 'Deaktiveret',
    },
    values: { role: ROLE_LABELS },
    refs: { municipalityCode: 'municipality', organisationId: 'organisation', administratorId: 'administrator' },
    names: userNames,
  },
  installation: { label: 'Installationen' },
};
