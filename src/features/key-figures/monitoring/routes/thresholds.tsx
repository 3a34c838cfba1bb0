import { Hono, type Context } from 'hono';
import { requireActor } from '../../../../auth/guards.ts';
import { danishToday } from '../../../../lib/copenhagen-time.ts';
import { forbidden } from '../../../../lib/errors.ts';
import { parseForm, type FieldErrors, type FormValues } from '../../../../lib/forms.ts';
import type { AppEnv } from '../../../../lib/hono-env.ts';
import { submit } from '../../../../lib/route-helpers.ts';
import type { Crumb } from '../../../../ui/layout.tsx';
import { page } from '../../../../ui/render.tsx';
import { thresholdSets } from '../monitoring.ts';
import { isAdmin } from '../policy.ts';
import { fieldName, thresholdSetSchema } from '../schemas.ts';
import { createThresholdSet } from '../threshold-sets.ts';
import { THRESHOLD_KEYS, type Thresholds } from '../thresholds.ts';
import { ThresholdForm, ThresholdsPage, thresholdValues } from '../views/thresholds-page.tsx';
import { home, thisYear } from './context.ts';

/* The thresholds of § 61 a/b by year: admins see them and add a set when the law changes. */

export const thresholdRoutes = new Hono<AppEnv>();
const listCrumb: Crumb = { label: 'Boligområder', href: '/boligomraader' };
const PATH = '/boligomraader/graensevaerdier';

function requireAdmin(c: Context<AppEnv>) {
  const actor = requireActor(c);
  if (!isAdmin(actor)) throw forbidden();
  return actor;
}

thresholdRoutes.get(PATH, async (c) => {
  requireAdmin(c);
  const sets = await thresholdSets(c.var.deps.db);
  return page(c, ['Grænseværdier', 'Boligområder'], <ThresholdsPage sets={sets} today={danishToday()} />, {
    crumbs: [home, listCrumb, { label: 'Grænseværdier' }],
    section: 'admin',
  });
});

function formPage(c: Context<AppEnv>, values: FormValues, errors?: FieldErrors) {
  return page(c, ['Tilføj grænseværdier', 'Boligområder'], <ThresholdForm csrf={c.var.csrfToken} values={values} errors={errors} />, {
    crumbs: [home, listCrumb, { label: 'Grænseværdier', href: PATH }, { label: 'Tilføj' }],
    section: 'admin',
    status: errors ? 400 : 200,
  });
}

thresholdRoutes.get(`${PATH}/ny`, async (c) => {
  requireAdmin(c);
  const sets = await thresholdSets(c.var.deps.db);
  const newest = sets[0] ?? null;
  return formPage(c, thresholdValues(newest, Math.max(thisYear() + 1, (newest?.validFrom ?? 0) + 1)));
});

thresholdRoutes.post(PATH, async (c) => {
  const actor = requireAdmin(c);
  const { db } = c.var.deps;
  const taken = (await thresholdSets(db)).map((s) => s.validFrom);
  const form = parseForm(thresholdSetSchema(taken), await c.req.parseBody());
  if (!form.ok) return formPage(c, form.values, form.errors);
  const data = form.data as Record<string, number>;
  const values = Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, data[fieldName(k)]])) as Thresholds;
  const result = await submit(() => createThresholdSet({ db, actor, validFrom: data.validFrom, values }));
  if (!result.ok) return formPage(c, form.values, result.errors);
  return c.redirect(PATH, 303);
});
