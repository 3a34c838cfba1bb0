import { Hono, type Context } from 'hono';
import { parseForm, type FieldErrors, type FormValues } from '../../../../lib/forms.ts';
import type { AppEnv } from '../../../../lib/hono-env.ts';
import { page } from '../../../../ui/render.tsx';
import { saveAreaYear, areaYears } from '../statistics.ts';
import { statisticsSchema } from '../schemas.ts';
import { StatisticsForm, statisticsValues } from '../views/statistics-form.tsx';
import { areaOf, thisYear, yearParam } from './context.ts';

/* A year's figures of one area, typed in: the municipality's editors and admins. */

export const statisticsRoutes = new Hono<AppEnv>();

async function formPage(c: Context<AppEnv>, ctx: Awaited<ReturnType<typeof areaOf>>, values: FormValues, errors?: FieldErrors) {
  const title = 'Indtast tal';
  return page(
    c,
    [title, ctx.area.name],
    <>
      <h1>Tal for {ctx.area.name}</h1>
      <p>
        Tallene for et år tæller med på listen, der offentliggøres 1. december året efter. Skriv andele i procent med højst to decimaler, fx
        42,5. Lad et felt stå tomt, hvis tallet ikke kendes.
      </p>
      <StatisticsForm csrf={c.var.csrfToken} action={`${ctx.href}/tal`} values={values} errors={errors} cancelHref={ctx.href} />
    </>,
    { crumbs: [...ctx.crumbs, { label: title }], section: 'municipalities', status: errors ? 400 : 200 },
  );
}

statisticsRoutes.get('/boligomraader/:id/tal', async (c) => {
  const ctx = await areaOf(c, { manage: true });
  const year = yearParam(c);
  const existing = year === null ? undefined : (await areaYears(c.var.deps.db, ctx.area.id)).find((y) => y.year === year);
  return formPage(c, ctx, existing ? statisticsValues(existing) : { year: String(year ?? thisYear() - 1) });
});

statisticsRoutes.post('/boligomraader/:id/tal', async (c) => {
  const ctx = await areaOf(c, { manage: true });
  const form = parseForm(statisticsSchema(thisYear()), await c.req.parseBody());
  if (!form.ok) return formPage(c, ctx, form.values, form.errors);
  await saveAreaYear({ db: c.var.deps.db, actor: ctx.actor, areaId: ctx.area.id, input: form.data });
  return c.redirect(`${ctx.href}?aar=${form.data.year}`, 303);
});
