import { Hono, type Context } from 'hono';
import { requireActor, requireEditor } from '../../auth/guards.ts';
import { AppError, forbidden, notFound } from '../../lib/errors.ts';
import { parseForm, type FieldErrors, type FormValues } from '../../lib/forms.ts';
import type { AppEnv } from '../../lib/hono-env.ts';
import { idParam, submit } from '../../lib/route-helpers.ts';
import { confirmPage, isConfirmed } from '../../ui/confirm.tsx';
import { Alert, ErrorSummary } from '../../ui/components.tsx';
import { Form } from '../../ui/form.tsx';
import { page } from '../../ui/render.tsx';
import { HistoryTable } from '../audit/index.ts';
import { validYear } from '../dialogue/index.ts';
import { findPartyOrganisation } from '../registry/index.ts';
import { SECTION_HINTS, type SectionKey } from './compose.ts';
import { versionDiff } from './diff.ts';
import { correctDocument, generateDocument, meetingHeldOn, NOT_HELD } from './generate.ts';
import { listVersions, loadDocument, PUBLISHED_REFUSAL, type DocumentView } from './load.ts';
import { canApproveForOrganisation, canManageDocument } from './policy.ts';
import { sectionSchema } from './schemas.ts';
import { EDITED_NEEDS_CONFIRM, refreshSections, saveSection } from './sections.ts';
import { DiffPage } from './views/diff-page.tsx';
import { DocumentPage } from './views/document-page.tsx';
import { SectionForm } from './views/section-form.tsx';
import { approveDocument, deleteDocument, publishDocument, sendDocument } from './workflow.ts';
import { documentDownloads } from './downloads.ts';
import { toWrittenDocument } from './to-written-document.ts';
import { renderWrittenInWorker } from '../../lib/written-document/index.ts';
import { attachment } from '../../lib/file-names.ts';

/*
 * The aftaledokument's pages: the dialogue year's document (the newest version the viewer may read,
 * or the button that generates it), one version, a section's form, the steps from draft to
 * published, the correction, the differences between versions.
 */

export const agreementDocumentsRoutes = new Hono<AppEnv>();

import { documentHref } from './links.ts';

function yearParam(c: Context<AppEnv>): number {
  const year = Number(c.req.param('year'));
  if (!/^\d{4}$/.test(c.req.param('year') ?? '') || !validYear(year)) throw notFound('Styringsdialogen');
  return year;
}

const crumbs = (org: { id: number; name: string }, year: number, last?: { label: string; href?: string }) => [
  { label: 'Forside', href: '/' },
  { label: org.name, href: `/boligorganisationer/${org.id}` },
  { label: `Styringsdialog ${year}`, href: `/boligorganisationer/${org.id}/styringsdialog/${year}` },
  ...(last ? [{ label: 'Aftaledokument', href: documentHref(org.id, year) }, last] : [{ label: 'Aftaledokument' }]),
];

type Notice = { message?: { kind: 'error' | 'success'; text: string }; errors?: FieldErrors };

async function renderDocument(c: Context<AppEnv>, d: DocumentView, notice: Notice = {}, status: 200 | 400 | 409 = 200) {
  const { db, wiring } = c.var.deps;
  const actor = c.var.actor;
  const [versions, history] = await Promise.all([
    listVersions(db, actor, d.organisationId, d.governanceYear),
    wiring.history.ofEntity({ db, actor, entityType: 'agreement_document', entityId: d.id, limit: 20 }),
  ]);
  const org = { id: d.organisationId, name: d.organisationName };
  return page(
    c,
    [`Aftaledokument ${d.governanceYear}, version ${d.number}`, d.organisationName],
    <DocumentPage
      d={d}
      can={{
        manage: canManageDocument(actor, d.owner),
        approveForOrganisation: canApproveForOrganisation(actor, d.owner),
        latest: versions[0]?.id === d.id,
      }}
      csrf={c.var.csrfToken}
      versions={versions}
      downloads={documentDownloads(d)}
      message={notice.message}
      errors={notice.errors}
      history={
        <>
          <h2>Historik</h2>
          <HistoryTable entries={history} caption="Historik for aftaledokumentet" />
        </>
      }
    />,
    { crumbs: crumbs(org, d.governanceYear, { label: `Version ${d.number}` }), section: 'organisations', status },
  );
}

agreementDocumentsRoutes.get('/boligorganisationer/:id/styringsdialog/:year/aftaledokument', async (c) => {
  const actor = requireActor(c);
  const year = yearParam(c);
  const { db, wiring } = c.var.deps;
  const org = await findPartyOrganisation(db, actor, idParam(c));
  if (!org) throw new AppError('not_found', 'Boligorganisationen findes ikke, eller du har ikke adgang.');
  const [latest] = await listVersions(db, actor, org.id, year);
  if (latest) return renderDocument(c, await loadDocument(db, actor, latest.id));
  return renderStart(c, org, year, canManageDocument(actor, org) ? await meetingHeldOn(db, wiring.dialogueFacts, org.id, year) : null);
});

function renderStart(
  c: Context<AppEnv>,
  org: { id: number; name: string; municipalityCode: string },
  year: number,
  heldOn: string | null,
  errors?: FieldErrors,
  status: 200 | 400 | 409 = 200,
) {
  const manage = canManageDocument(c.var.actor, org);
  return page(
    c,
    [`Aftaledokument ${year}`, org.name],
    <>
      <h1>
        Aftaledokument {year}: {org.name}
      </h1>
      <ErrorSummary errors={errors} form="generate" />
      <p class="font-lead">
        Aftaledokumentet skrives ud fra styringsdialogen, når mødet er holdt: mødet og deltagerne, aftalerne og deres status, afdelingerne,
        nøgletallene bag røde afdelinger og næste møde. Det sendes til boligorganisationen, godkendes af begge parter og offentliggøres.
      </p>
      {!manage && <p>Der er ikke noget aftaledokument for {year} at læse endnu.</p>}
      {manage && !heldOn && <Alert kind="info">{NOT_HELD(year)}</Alert>}
      {manage && (
        <Form id="generate" action={documentHref(org.id, year)} csrf={c.var.csrfToken}>
          <button type="submit" class="button button-primary">
            Lav aftaledokumentet
          </button>
        </Form>
      )}
    </>,
    { crumbs: crumbs(org, year), section: 'organisations', status },
  );
}

agreementDocumentsRoutes.post('/boligorganisationer/:id/styringsdialog/:year/aftaledokument', async (c) => {
  requireActor(c);
  const year = yearParam(c);
  const { db, wiring } = c.var.deps;
  const org = await findPartyOrganisation(db, c.var.actor, idParam(c));
  if (!org) throw new AppError('not_found', 'Boligorganisationen findes ikke, eller du har ikke adgang.');
  const actor = requireEditor(c);
  if (!canManageDocument(actor, org)) throw forbidden();
  const result = await submit(() =>
    generateDocument({ db, actor, organisationId: org.id, year, hooks: wiring.hooks, facts: wiring.dialogueFacts }),
  );
  if (!result.ok)
    return renderStart(c, org, year, await meetingHeldOn(db, wiring.dialogueFacts, org.id, year), result.errors, result.status);
  return c.redirect(`/aftaledokumenter/${result.value}`, 303);
});

agreementDocumentsRoutes.get('/aftaledokumenter/:id', async (c) => {
  const actor = requireActor(c);
  return renderDocument(c, await loadDocument(c.var.deps.db, actor, idParam(c)));
});

/** A step on the document: the version read (404 out of sight), then the step; a refusal comes back on the page with its reason. */
async function step(c: Context<AppEnv>, run: (d: DocumentView) => Promise<string | void>) {
  requireActor(c);
  const d = await loadDocument(c.var.deps.db, c.var.actor, idParam(c));
  requireEditor(c);
  try {
    const next = await run(d);
    return c.redirect(next ?? `/aftaledokumenter/${d.id}`, 303);
  } catch (error) {
    if (error instanceof AppError && (error.status === 409 || error.status === 400))
      return renderDocument(
        c,
        await loadDocument(c.var.deps.db, c.var.actor, d.id),
        { message: { kind: 'error', text: error.userMessage } },
        error.status,
      );
    throw error;
  }
}

agreementDocumentsRoutes.post('/aftaledokumenter/:id/send', (c) =>
  step(c, (d) =>
    sendDocument({
      db: c.var.deps.db,
      actor: c.var.actor,
      id: d.id,
      publicUrl: c.var.deps.config.PUBLIC_URL,
    }),
  ),
);
agreementDocumentsRoutes.post('/aftaledokumenter/:id/godkend', (c) =>
  step(c, async (d) => {
    await approveDocument({ db: c.var.deps.db, actor: c.var.actor, id: d.id, hooks: c.var.deps.wiring.hooks });
  }),
);
agreementDocumentsRoutes.post('/aftaledokumenter/:id/offentliggoer', (c) =>
  step(c, (d) =>
    publishDocument({
      db: c.var.deps.db,
      actor: c.var.actor,
      id: d.id,
      hooks: c.var.deps.wiring.hooks,
      facts: c.var.deps.wiring.dialogueFacts,
    }),
  ),
);
agreementDocumentsRoutes.post('/aftaledokumenter/:id/ret', (c) =>
  step(c, async (d) => `/aftaledokumenter/${await correctDocument({ db: c.var.deps.db, actor: c.var.actor, id: d.id })}`),
);

agreementDocumentsRoutes.post('/aftaledokumenter/:id/opdater', async (c) => {
  requireActor(c);
  const { db, wiring } = c.var.deps;
  const d = await loadDocument(db, c.var.actor, idParam(c));
  const actor = requireEditor(c);
  if (!canManageDocument(actor, d.owner)) throw forbidden();
  const body = await c.req.parseBody();
  const key = typeof body.key === 'string' && body.key ? body.key : null;
  try {
    const { changed, keptEdited } = await refreshSections({
      db,
      actor,
      facts: wiring.dialogueFacts,
      id: d.id,
      key,
      confirmed: isConfirmed(body),
    });
    const text =
      `${changed === 0 ? 'Ingen afsnit er ændret: de følger allerede data.' : `${changed} ${changed === 1 ? 'afsnit er' : 'afsnit er'} opdateret fra data.`}` +
      (keptEdited ? ` ${keptEdited} afsnit er rettet i hånden og er ikke rørt; opdatér dem hver for sig, hvis de skal følge data.` : '');
    return renderDocument(c, await loadDocument(db, actor, d.id), { message: { kind: 'success', text } });
  } catch (error) {
    if (error instanceof AppError && error.userMessage === EDITED_NEEDS_CONFIRM) {
      const heading = d.sections.find((s) => s.key === key)?.heading ?? key ?? '';
      return confirmPage(c, {
        title: `Opdater „${heading}“ fra data`,
        question: `Skal afsnittet „${heading}“ erstattes af det, data giver nu?`,
        consequences: <p>Afsnittet er rettet i hånden. Din tekst erstattes af teksten fra data. Den gamle tekst kan ses i historikken.</p>,
        action: `/aftaledokumenter/${d.id}/opdater`,
        fields: { key: key ?? '' },
        confirmLabel: 'Erstat med data',
        cancelHref: `/aftaledokumenter/${d.id}`,
      });
    }
    if (error instanceof AppError && (error.status === 409 || error.status === 400))
      return renderDocument(c, await loadDocument(db, actor, d.id), { message: { kind: 'error', text: error.userMessage } }, error.status);
    throw error;
  }
});

agreementDocumentsRoutes.get('/aftaledokumenter/:id/slet', async (c) => {
  requireActor(c);
  const d = await loadDocument(c.var.deps.db, c.var.actor, idParam(c));
  const actor = requireEditor(c);
  if (!canManageDocument(actor, d.owner)) throw forbidden();
  if (d.status === 'offentliggjort') throw new AppError('conflict', PUBLISHED_REFUSAL);
  return confirmPage(c, {
    title: `Slet version ${d.number}`,
    question: `Er du sikker på, at du vil slette version ${d.number} af aftaledokumentet?`,
    consequences: <p>Versionen og dens tekst slettes. Det kan ikke fortrydes; sletningen står i historikken.</p>,
    action: `/aftaledokumenter/${d.id}/slet`,
    confirmLabel: 'Slet versionen',
    cancelHref: `/aftaledokumenter/${d.id}`,
  });
});

agreementDocumentsRoutes.post('/aftaledokumenter/:id/slet', (c) =>
  step(c, async (d) => {
    if (!canManageDocument(c.var.actor, d.owner)) throw forbidden();
    const body = await c.req.parseBody();
    if (!isConfirmed(body)) throw new AppError('bad_request', 'Bekræft sletningen på siden, der spørger.');
    const { organisationId, year } = await deleteDocument({
      db: c.var.deps.db,
      actor: c.var.actor,
      id: d.id,
      hooks: c.var.deps.wiring.hooks,
    });
    return documentHref(organisationId, year);
  }),
);

async function renderSection(
  c: Context<AppEnv>,
  d: DocumentView,
  key: string,
  values?: FormValues,
  errors?: FieldErrors,
  status: 200 | 400 | 409 = 200,
) {
  const s = d.sections.find((x) => x.key === key);
  if (!s) throw notFound('Afsnittet');
  return page(
    c,
    [`Ret ${s.heading}`, `Aftaledokument ${d.governanceYear}`],
    <SectionForm
      action={`/aftaledokumenter/${d.id}/sektioner/${key}`}
      csrf={c.var.csrfToken}
      heading={s.heading}
      hint={SECTION_HINTS[key as SectionKey]}
      revision={s.revision}
      values={values ?? { text: s.text }}
      errors={errors}
      cancelHref={`/aftaledokumenter/${d.id}`}
    />,
    {
      crumbs: crumbs({ id: d.organisationId, name: d.organisationName }, d.governanceYear, { label: s.heading }),
      section: 'organisations',
      status,
    },
  );
}

/** The version for the section's form: read (404 out of sight), managed (403), unpublished (409). */
async function editable(c: Context<AppEnv>) {
  requireActor(c);
  const d = await loadDocument(c.var.deps.db, c.var.actor, idParam(c));
  const actor = requireEditor(c);
  if (!canManageDocument(actor, d.owner)) throw forbidden();
  return { d, actor };
}

agreementDocumentsRoutes.get('/aftaledokumenter/:id/sektioner/:key', async (c) => {
  const { d } = await editable(c);
  if (d.status === 'offentliggjort') throw new AppError('conflict', PUBLISHED_REFUSAL);
  return renderSection(c, d, c.req.param('key'));
});

agreementDocumentsRoutes.post('/aftaledokumenter/:id/sektioner/:key', async (c) => {
  const { d, actor } = await editable(c);
  const key = c.req.param('key');
  const body = await c.req.parseBody();
  const form = parseForm(sectionSchema, body);
  if (!form.ok) return renderSection(c, d, key, form.values, form.errors, 400);
  if (d.status === 'offentliggjort') return renderSection(c, d, key, form.values, { text: PUBLISHED_REFUSAL }, 409);
  const revision = typeof body.revision === 'string' && /^\d+$/.test(body.revision) ? Number(body.revision) : -1;
  const result = await submit(() => saveSection({ db: c.var.deps.db, actor, id: d.id, key, revision, text: form.data.text }));
  if (!result.ok) return renderSection(c, d, key, form.values, result.errors, result.status);
  return c.redirect(`/aftaledokumenter/${d.id}#section-${key}`, 303);
});

agreementDocumentsRoutes.get('/aftaledokumenter/:id/forskelle', async (c) => {
  const actor = requireActor(c);
  const { d, previous, sections } = await versionDiff(c.var.deps.db, actor, idParam(c));
  return page(
    c,
    [`Forskelle, version ${d.number}`, `Aftaledokument ${d.governanceYear}`],
    <DiffPage id={d.id} number={d.number} previous={previous} sections={sections} />,
    {
      crumbs: crumbs({ id: d.organisationId, name: d.organisationName }, d.governanceYear, { label: `Forskelle, version ${d.number}` }),
      section: 'organisations',
    },
  );
});

/** The version as PDF or Word, from the same model as its page. */
agreementDocumentsRoutes.get('/aftaledokumenter/:id/:file{aftaledokument\\.(pdf|docx)}', async (c) => {
  const actor = requireActor(c);
  const format = c.req.param('file').endsWith('.pdf') ? 'pdf' : 'docx';
  const d = await loadDocument(c.var.deps.db, actor, idParam(c));
  const bytes = await renderWrittenInWorker(toWrittenDocument(d), format);
  const name = `Aftaledokument ${d.governanceYear} ${d.organisationName} version ${d.number}`
    .replace(/[^\p{L}\p{N} ._-]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return c.body(bytes, 200, {
    'Content-Type': format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'Content-Disposition': attachment(`${name}.${format}`),
    // A logged-in party's copy: never kept by a shared cache or the browser (a draft changes; auth/middleware.ts says the same).
    'Cache-Control': 'private, no-store',
  });
});
