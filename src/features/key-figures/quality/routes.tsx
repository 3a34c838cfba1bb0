import { Hono, type Context } from 'hono';
import { requireActor, requireEditor } from '../../../auth/guards.ts';
import { forbidden } from '../../../lib/errors.ts';
import { parseForm, type FieldErrors } from '../../../lib/forms.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam, submit } from '../../../lib/route-helpers.ts';
import { page } from '../../../ui/render.tsx';
import { getOrganisation } from '../../registry/index.ts';
import { resolutionSchema } from './schemas.ts';
import { organisationDataQuality, resolveMismatch } from './service.ts';
import { DataQualityPage, type SentForm } from './views.tsx';

/** An organisation's data quality: its estates' homes and m² against the imported sources. */
export const qualityRoutes = new Hono<AppEnv>();

/** The fields a person fills in; the others are the page's own, and an error in them is about the page, not the person. */
const PERSON_FIELDS = new Set(['resolution', 'note']);

async function qualityPage(
  c: Context<AppEnv>,
  organisationId: number,
  opts: { sent?: SentForm; formError?: string; status?: 400 | 409 } = {},
) {
  const q = await organisationDataQuality({ db: c.var.deps.db, actor: c.var.actor, organisationId });
  const o = q.organisation;
  return page(c, ['Datakvalitet', o.name], <DataQualityPage q={q} csrf={c.var.csrfToken} sent={opts.sent} formError={opts.formError} />, {
    crumbs: [
      { label: 'Forside', href: '/' },
      { label: 'Boligorganisationer', href: '/boligorganisationer' },
      { label: o.name, href: `/boligorganisationer/${o.id}` },
      { label: 'Datakvalitet' },
    ],
    section: 'organisations',
    status: opts.status,
  });
}

qualityRoutes.get('/boligorganisationer/:id/datakvalitet', (c) => {
  requireActor(c);
  return qualityPage(c, idParam(c));
});

qualityRoutes.post('/boligorganisationer/:id/datakvalitet', async (c) => {
  const actor = requireEditor(c);
  const id = idParam(c);
  const organisation = await getOrganisation({ db: c.var.deps.db, actor, id });
  if (!organisation.canEdit) throw forbidden();
  const form = parseForm(resolutionSchema, await c.req.parseBody());
  const refused = (errors: FieldErrors, status: 400 | 409) => {
    const pageErrors = Object.entries(errors).filter(([field]) => !PERSON_FIELDS.has(field));
    if (pageErrors.length) return qualityPage(c, id, { formError: pageErrors[0][1], status });
    return qualityPage(c, id, { sent: { form: form.values.form ?? '', values: form.values, errors }, status });
  };
  if (!form.ok) return refused(form.errors, 400);
  const result = await submit(() => resolveMismatch({ db: c.var.deps.db, actor, organisationId: id, input: form.data }));
  if (!result.ok) return refused(result.errors, result.status);
  return c.redirect(`/boligorganisationer/${id}/datakvalitet`, 303);
});
