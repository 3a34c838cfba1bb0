import { Hono, type Context } from 'hono';
import { requireActor, requireEditor } from '../../auth/guards.ts';
import { danishToday } from '../../lib/copenhagen-time.ts';
import { AppError, forbidden, notFound, notFoundOrHidden } from '../../lib/errors.ts';
import { parseForm, type FieldErrors, type FormValues } from '../../lib/forms.ts';
import type { AppEnv } from '../../lib/hono-env.ts';
import { submit, versionField } from '../../lib/route-helpers.ts';
import { attachment } from '../../lib/file-names.ts';
import { renderWrittenInWorker } from '../../lib/written-document/index.ts';
import { page } from '../../ui/render.tsx';
import { HistoryTable } from '../audit/index.ts';
import { governanceYearOf, validYear } from '../dialogue/index.ts';
import { getMunicipality } from '../registry/index.ts';
import { canManageReports, isMunicipalityStaff } from './policy.ts';
import { reopenSchema, sectionSchema } from './schemas.ts';
import { SECTION_HELP, writtenText, type SectionKey } from './sections.ts';
import {
  approveReport,
  createReport,
  findReport,
  getReport,
  listReports,
  LOCKED,
  refreshReport,
  reopenReport,
  saveSection,
  staffMunicipality,
} from './service.ts';
import { reportToWrittenDocument } from './to-written-document.ts';
import { MissingReport, ReportList } from './views/list-page.tsx';
import { ReportPage, SectionForm, type ReportForm } from './views/report-page.tsx';

/*
 * The council reports' pages: a municipality's list of years, one report (the document with its
 * actions and its sections to edit), the section form, and the actions: create, refresh from the
 * data, approve, reopen.
 */

export const councilReportsRoutes = new Hono<AppEnv>();

const BASE = '/kommuner/:code/redegoerelser';

function yearParam(c: Context<AppEnv>): number {
  const raw = c.req.param('year') ?? '';
  if (!/^\d{4}$/.test(raw) || !validYear(Number(raw))) throw notFound('Redegørelsen');
  return Number(raw);
}

/** The municipality of the path, for anyone who may read one of its reports; its existence is hidden from the rest. */
async function municipalityOf(c: Context<AppEnv>) {
  const code = c.req.param('code') ?? '';
  const m = /^\d{4}$/.test(code) ? await getMunicipality(c.var.deps.db, code) : null;
  if (!m) throw notFoundOrHidden('Redegørelsen');
  return { code: m.code, name: m.name, shortName: m.shortName };
}

const reportHref = (code: string, year: number) => `/kommuner/${code}/redegoerelser/${year}`;

const crumbs = (m: { code: string; shortName: string }, last?: { label: string; href?: string }, leaf?: string) => [
  { label: 'Forside', href: '/' },
  { label: 'Kommuner', href: '/kommuner' },
  { label: m.shortName, href: `/kommuner/${m.code}` },
  ...(last ? [{ label: 'Redegørelser', href: `/kommuner/${m.code}/redegoerelser` }, last] : [{ label: 'Redegørelser' }]),
  ...(leaf ? [{ label: leaf }] : []),
];

councilReportsRoutes.get(BASE, async (c) => {
  const actor = requireActor(c);
  const m = await municipalityOf(c);
  const rows = await listReports({ db: c.var.deps.db, actor, municipalityCode: m.code });
  const staff = isMunicipalityStaff(actor, m.code);
  // Outside the municipality's staff only approved reports are seen; none at all hides the list.
  if (!staff && rows.length === 0) throw notFoundOrHidden('Redegørelsen');
  const current = governanceYearOf(danishToday());
  const missingYears = [current, current - 1].filter((y) => !rows.some((r) => r.governanceYear === y));
  return page(
    c,
    [`Redegørelser`, m.name],
    <ReportList
      code={m.code}
      name={m.name}
      rows={rows}
      canManage={canManageReports(actor, m.code)}
      csrf={c.var.csrfToken}
      missingYears={missingYears}
    />,
    { crumbs: crumbs(m), section: 'municipalities' },
  );
});

async function renderReport(c: Context<AppEnv>, year: number, form?: ReportForm, status: 200 | 400 | 409 = 200) {
  const { db, wiring } = c.var.deps;
  const m = await municipalityOf(c);
  const report = await getReport({ db, actor: c.var.actor, municipalityCode: m.code, year });
  const history = isMunicipalityStaff(c.var.actor, m.code)
    ? await wiring.history.ofEntity({ db, actor: c.var.actor, entityType: 'council_report', entityId: report.id, limit: 20 })
    : null;
  return page(
    c,
    [`Redegørelse ${year}`, m.name],
    <ReportPage
      report={report}
      municipalityName={m.name}
      doc={reportToWrittenDocument(report, m.name)}
      csrf={c.var.csrfToken}
      form={form}
      history={
        history && (
          <>
            <h2>Historik</h2>
            <HistoryTable entries={history} caption="Historik for redegørelsen" />
          </>
        )
      }
    />,
    { crumbs: crumbs(m, { label: `Redegørelse ${year}` }), section: 'municipalities', status },
  );
}

councilReportsRoutes.get(`${BASE}/:year`, async (c) => {
  const actor = requireActor(c);
  const year = yearParam(c);
  try {
    return await renderReport(c, year);
  } catch (error) {
    // A year without a report (an earlier year too): the municipality's editors are offered to make it; a 404 still, since it does not exist.
    if (!(error instanceof AppError) || error.status !== 404) throw error;
    const m = await municipalityOf(c);
    if (!canManageReports(actor, m.code)) throw error;
    return page(c, [`Redegørelse ${year}`, m.name], <MissingReport code={m.code} name={m.name} year={year} csrf={c.var.csrfToken} />, {
      crumbs: crumbs(m, { label: `Redegørelse ${year}` }),
      section: 'municipalities',
      status: 404,
    });
  }
});

/** The report as PDF or Word for the council's case system, for whoever may read it. */
councilReportsRoutes.get(`${BASE}/:year/:file{redegoerelse\\.(pdf|docx)}`, async (c) => {
  const actor = requireActor(c);
  const year = yearParam(c);
  const format = c.req.param('file').endsWith('.pdf') ? 'pdf' : 'docx';
  const m = await municipalityOf(c);
  const report = await getReport({ db: c.var.deps.db, actor, municipalityCode: m.code, year });
  const bytes = await renderWrittenInWorker(reportToWrittenDocument(report, m.name), format);
  return c.body(bytes, 200, {
    'Content-Type': format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'Content-Disposition': attachment(`Redegørelse ${year} ${m.name}.${format}`),
    'Cache-Control': 'private, no-store',
  });
});

councilReportsRoutes.post(`${BASE}/:year/opret`, async (c) => {
  requireActor(c);
  const year = yearParam(c);
  const { db, wiring } = c.var.deps;
  const m = await staffMunicipality(db, c.var.actor, c.req.param('code') ?? '');
  const actor = requireEditor(c);
  if (!canManageReports(actor, m.code)) throw forbidden();
  // A second click (or a colleague's) finds the report made: it is shown, not made twice.
  if (!(await findReport({ db, actor, municipalityCode: m.code, year })))
    await submit(() => createReport({ db, actor, municipalityCode: m.code, year, facts: wiring.dialogueFacts }));
  return c.redirect(reportHref(m.code, year), 303);
});

/** A report action's guard: the report the actor may read (else 404), and the right to manage it (else 403). */
async function managed(c: Context<AppEnv>) {
  requireActor(c);
  const year = yearParam(c);
  const m = await municipalityOf(c);
  await getReport({ db: c.var.deps.db, actor: c.var.actor, municipalityCode: m.code, year });
  const actor = requireEditor(c);
  if (!canManageReports(actor, m.code)) throw forbidden();
  return { actor, year, code: m.code };
}

const actionErrors = (errors: FieldErrors): ReportForm => ({ form: 'actions', values: {}, errors });

councilReportsRoutes.post(`${BASE}/:year/opdater`, async (c) => {
  const { actor, year, code } = await managed(c);
  const body = await c.req.parseBody();
  const { db, wiring } = c.var.deps;
  const result = await submit(() =>
    refreshReport({ db, actor, municipalityCode: code, year, version: versionField(body), facts: wiring.dialogueFacts }),
  );
  if (!result.ok) return renderReport(c, year, actionErrors(result.errors), result.status);
  return c.redirect(reportHref(code, year), 303);
});

councilReportsRoutes.post(`${BASE}/:year/godkend`, async (c) => {
  const { actor, year, code } = await managed(c);
  const body = await c.req.parseBody();
  const result = await submit(() => approveReport({ db: c.var.deps.db, actor, municipalityCode: code, year, version: versionField(body) }));
  if (!result.ok) return renderReport(c, year, actionErrors(result.errors), result.status);
  return c.redirect(reportHref(code, year), 303);
});

councilReportsRoutes.post(`${BASE}/:year/genaabn`, async (c) => {
  const { actor, year, code } = await managed(c);
  const body = await c.req.parseBody();
  const form = parseForm(reopenSchema, body);
  if (!form.ok) return renderReport(c, year, { form: 'reopen', values: form.values, errors: form.errors }, 400);
  const result = await submit(() =>
    reopenReport({ db: c.var.deps.db, actor, municipalityCode: code, year, version: versionField(body), reason: form.data.reason }),
  );
  if (!result.ok) return renderReport(c, year, { form: 'reopen', values: form.values, errors: result.errors }, result.status);
  return c.redirect(reportHref(code, year), 303);
});

async function renderSection(c: Context<AppEnv>, values?: FormValues, errors?: FieldErrors, status: 200 | 400 | 409 = 200) {
  const { year, code } = await managed(c);
  const m = await municipalityOf(c);
  const report = await getReport({ db: c.var.deps.db, actor: c.var.actor, municipalityCode: code, year });
  const section = report.sections.find((s) => s.key === c.req.param('key'));
  if (!section) throw notFound('Afsnittet');
  // An approved report is locked: its sections are not offered for editing.
  if (report.status === 'godkendt' && !values) throw new AppError('conflict', LOCKED);
  return page(
    c,
    [`Ret ${section.heading}`, `Redegørelse ${year}`, m.name],
    <SectionForm
      action={`${reportHref(code, year)}/sektioner/${section.key}`}
      csrf={c.var.csrfToken}
      heading={section.heading}
      generated={section.generated}
      help={SECTION_HELP[section.key as SectionKey]}
      values={values ?? { text: writtenText(section.key, section.text), revision: String(section.revision) }}
      errors={errors}
    />,
    {
      crumbs: crumbs(m, { label: `Redegørelse ${year}`, href: reportHref(code, year) }, `Ret ${section.heading}`),
      section: 'municipalities',
      status,
    },
  );
}

councilReportsRoutes.get(`${BASE}/:year/sektioner/:key`, (c) => renderSection(c));

councilReportsRoutes.post(`${BASE}/:year/sektioner/:key`, async (c) => {
  const { actor, year, code } = await managed(c);
  const body = await c.req.parseBody();
  const form = parseForm(sectionSchema, body);
  const revision = Number(body.revision);
  // The revision stays what the form was opened on, so a second try still meets the conflict.
  const values = { ...form.values, revision: String(body.revision ?? '') };
  if (!form.ok) return renderSection(c, values, form.errors, 400);
  const result = await submit(() =>
    saveSection({
      db: c.var.deps.db,
      actor,
      municipalityCode: code,
      year,
      key: c.req.param('key'),
      revision: Number.isInteger(revision) ? revision : -1,
      text: form.data.text,
    }),
  );
  if (!result.ok) return renderSection(c, values, result.errors, result.status);
  return c.redirect(reportHref(code, year), 303);
});
