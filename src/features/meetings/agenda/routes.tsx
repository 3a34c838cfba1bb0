import { Hono, type Context } from 'hono';
import { requireActor, requireEditor } from '../../../auth/guards.ts';
import { AppError, notFound } from '../../../lib/errors.ts';
import { parseForm } from '../../../lib/forms.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { idParam, submit, versionField } from '../../../lib/route-helpers.ts';
import { page } from '../../../ui/render.tsx';
import { conveneMeeting } from './convene.ts';
import { addProposals, setActionDone } from './follow-up.ts';
import {
  addAction,
  addDecision,
  addItem,
  decisionToDelete,
  deleteDecision,
  deleteItem,
  itemToDelete,
  moveItem,
  updateItem,
} from './items.ts';
import { confirmPage, isConfirmed } from '../../../ui/confirm.tsx';
import type { Crumb } from '../../../ui/layout.tsx';
import { getMeeting } from '../load.ts';
import { managed } from '../guard.ts';
import { flatten } from './numbering.ts';
import { renderMeeting } from '../meeting-routes.tsx';
import { actionSchema, decisionSchema, itemSchema, newItemSchema } from '../schemas.ts';
import { ItemPage, type ItemForm } from './views/item-page.tsx';
import { meetingTitle } from '../labels.ts';

export const itemRoutes = new Hono<AppEnv>();

const deleteCrumbs = (meeting: { id: number; title: string }, item: Crumb, last: string): Crumb[] => [
  { label: 'Forside', href: '/' },
  { label: meeting.title, href: `/moeder/${meeting.id}` },
  item,
  { label: last },
];

export async function renderItem(c: Context<AppEnv>, meetingId: number, itemId: number, form?: ItemForm, status: 200 | 400 | 409 = 200) {
  const m = await getMeeting({ db: c.var.deps.db, actor: c.var.actor, meetingId });
  const item = flatten(m.tree).find((i) => i.id === itemId);
  if (!item) throw notFound('Punktet');
  const agreements =
    m.kind === 'dialogmoede' && item.decisions.length
      ? await c.var.deps.wiring.decisionAgreements({ db: c.var.deps.db, actor: c.var.actor, decisionIds: item.decisions.map((d) => d.id) })
      : undefined;
  return page(
    c,
    [`Punkt ${item.number}. ${item.title}`, ...meetingTitle(m)],
    <ItemPage m={m} item={item} csrf={c.var.csrfToken} form={form} agreements={agreements} />,
    {
      crumbs: [
        { label: 'Forside', href: '/' },
        { label: `Møder i ${m.municipalityName}`, href: `/kommuner/${m.municipalityCode}/moeder` },
        { label: m.title, href: `/moeder/${m.id}` },
        { label: `Punkt ${item.number}` },
      ],
      section: 'meetings',
      status,
    },
  );
}

/**
 * Like `submit`, and a refusal without a field of its own (the minutes were locked in another tab)
 * is shown beside `field`, so the text just typed stays in the form.
 */
async function kept<T>(run: () => Promise<T>, field: string) {
  try {
    return await submit(run);
  } catch (error) {
    if (error instanceof AppError && (error.code === 'conflict' || error.code === 'bad_request')) {
      return { ok: false as const, errors: { [field]: error.userMessage }, status: error.status as 400 | 409 };
    }
    throw error;
  }
}

itemRoutes.post('/moeder/:id/punkter', async (c) => {
  const { actor, meeting, meetingId } = await managed(c);
  const form = parseForm(newItemSchema, await c.req.parseBody());
  if (!form.ok) return renderMeeting(c, meetingId, { form: 'item', values: form.values, errors: form.errors }, 400);
  const result = await submit(() =>
    addItem({
      db: c.var.deps.db,
      actor,
      meeting,
      input: { title: form.data.itemTitle, parentId: form.data.parentId, theme: form.data.theme },
    }),
  );
  if (!result.ok) return renderMeeting(c, meetingId, { form: 'item', values: form.values, errors: result.errors }, result.status);
  return c.redirect(`/moeder/${meetingId}#punkt-${result.value.id}`, 303);
});

itemRoutes.get('/moeder/:id/punkter/:itemId', (c) => {
  requireActor(c);
  return renderItem(c, idParam(c), idParam(c, 'itemId'));
});

itemRoutes.post('/moeder/:id/punkter/:itemId', async (c) => {
  const { actor, meeting, meetingId } = await managed(c);
  const itemId = idParam(c, 'itemId');
  const body = await c.req.parseBody();
  const form = parseForm(itemSchema, body);
  if (!form.ok) return renderItem(c, meetingId, itemId, { form: 'item', values: form.values, errors: form.errors }, 400);
  const result = await submit(() =>
    updateItem({ db: c.var.deps.db, actor, meeting, itemId, version: versionField(body), input: form.data }),
  );
  if (!result.ok) return renderItem(c, meetingId, itemId, { form: 'item', values: form.values, errors: result.errors }, result.status);
  return c.redirect(`/moeder/${meetingId}#punkt-${itemId}`, 303);
});

itemRoutes.post('/moeder/:id/punkter/:itemId/flyt', async (c) => {
  const { actor, meeting, meetingId } = await managed(c);
  const itemId = idParam(c, 'itemId');
  const direction = String((await c.req.parseBody()).retning ?? '');
  await moveItem({ db: c.var.deps.db, actor, meeting, itemId, direction });
  return c.redirect(`/moeder/${meetingId}#punkt-${itemId}`, 303);
});

/** Deleting an item asks first: it takes its sub-items, decisions, follow-ups and bilag with it. */
itemRoutes.get('/moeder/:id/punkter/:itemId/slet', async (c) => {
  const { meeting, meetingId } = await managed(c);
  const item = await itemToDelete({ db: c.var.deps.db, meeting, itemId: idParam(c, 'itemId') });
  const itemHref = `/moeder/${meetingId}/punkter/${item.id}`;
  return confirmPage(
    c,
    {
      title: `Slet ${item.title}`,
      question: `Er du sikker på, at du vil slette punktet ${item.title}?`,
      consequences: (
        <p>
          Punktet slettes fra dagsordenen med dets underpunkter, beslutninger, opfølgningspunkter og bilag. Det kan ikke fortrydes; punktets
          tekst og noter står i mødets historik.
        </p>
      ),
      action: `${itemHref}/slet`,
      confirmLabel: 'Ja, slet punktet',
      cancelHref: itemHref,
    },
    { crumbs: deleteCrumbs(meeting, { label: item.title, href: itemHref }, 'Slet punkt'), section: 'meetings' },
  );
});

itemRoutes.post('/moeder/:id/punkter/:itemId/slet', async (c) => {
  const { actor, meeting, meetingId } = await managed(c);
  const item = await itemToDelete({ db: c.var.deps.db, meeting, itemId: idParam(c, 'itemId') });
  if (!isConfirmed(await c.req.parseBody())) return c.redirect(`/moeder/${meetingId}/punkter/${item.id}/slet`, 303);
  await deleteItem({ db: c.var.deps.db, actor, meeting, itemId: item.id });
  return c.redirect(`/moeder/${meetingId}#agenda-heading`, 303);
});

itemRoutes.post('/moeder/:id/punkter/:itemId/beslutninger', async (c) => {
  const { actor, meeting, meetingId } = await managed(c);
  const itemId = idParam(c, 'itemId');
  const form = parseForm(decisionSchema, await c.req.parseBody());
  if (!form.ok) return renderItem(c, meetingId, itemId, { form: 'decision', values: form.values, errors: form.errors }, 400);
  const saved = await kept(() => addDecision({ db: c.var.deps.db, actor, meeting, itemId, input: form.data }), 'decisionText');
  if (!saved.ok) return renderItem(c, meetingId, itemId, { form: 'decision', values: form.values, errors: saved.errors }, saved.status);
  return c.redirect(`/moeder/${meetingId}/punkter/${itemId}#decisions-heading`, 303);
});

itemRoutes.get('/moeder/:id/beslutninger/:did/slet', async (c) => {
  const { meeting, meetingId } = await managed(c);
  const decision = await decisionToDelete({ db: c.var.deps.db, meeting, decisionId: idParam(c, 'did') });
  const itemHref = `/moeder/${meetingId}/punkter/${decision.itemId}`;
  return confirmPage(
    c,
    {
      title: 'Slet beslutning',
      question: `Er du sikker på, at du vil slette beslutningen under ${decision.itemTitle}?`,
      consequences: (
        <>
          <blockquote>{decision.text}</blockquote>
          <p>Beslutningen slettes fra punktet og referatet. Det kan ikke fortrydes; teksten står i mødets historik.</p>
        </>
      ),
      action: `/moeder/${meetingId}/beslutninger/${decision.id}/slet`,
      confirmLabel: 'Ja, slet beslutningen',
      cancelHref: `${itemHref}#decisions-heading`,
    },
    { crumbs: deleteCrumbs(meeting, { label: decision.itemTitle, href: itemHref }, 'Slet beslutning'), section: 'meetings' },
  );
});

itemRoutes.post('/moeder/:id/beslutninger/:did/slet', async (c) => {
  const { actor, meeting, meetingId } = await managed(c);
  const decision = await decisionToDelete({ db: c.var.deps.db, meeting, decisionId: idParam(c, 'did') });
  if (!isConfirmed(await c.req.parseBody())) return c.redirect(`/moeder/${meetingId}/beslutninger/${decision.id}/slet`, 303);
  await deleteDecision({ db: c.var.deps.db, actor, meeting, decisionId: decision.id });
  return c.redirect(`/moeder/${meetingId}/punkter/${decision.itemId}#decisions-heading`, 303);
});

itemRoutes.post('/moeder/:id/punkter/:itemId/opfoelgning', async (c) => {
  const { actor, meeting, meetingId } = await managed(c);
  const itemId = idParam(c, 'itemId');
  const form = parseForm(actionSchema, await c.req.parseBody());
  if (!form.ok) return renderItem(c, meetingId, itemId, { form: 'action', values: form.values, errors: form.errors }, 400);
  const saved = await kept(() => addAction({ db: c.var.deps.db, actor, meeting, itemId, input: form.data }), 'actionText');
  if (!saved.ok) return renderItem(c, meetingId, itemId, { form: 'action', values: form.values, errors: saved.errors }, saved.status);
  return c.redirect(`/moeder/${meetingId}/punkter/${itemId}#actions-heading`, 303);
});

itemRoutes.post('/moeder/:id/forslag', async (c) => {
  const { actor, meeting, meetingId } = await managed(c);
  const body = await c.req.parseBody({ all: true });
  const sources = ([] as unknown[]).concat(body.sources ?? []).filter((s): s is string => typeof s === 'string');
  const result = await submit(() => addProposals({ db: c.var.deps.db, actor, meeting, sources, more: c.var.deps.wiring.agendaProposals }));
  if (!result.ok) return renderMeeting(c, meetingId, { form: 'proposals', values: {}, errors: result.errors }, result.status);
  return c.redirect(`/moeder/${meetingId}#agenda-heading`, 303);
});

itemRoutes.post('/moeder/:id/opfoelgning/:aid', async (c) => {
  const actor = requireEditor(c);
  const meetingId = idParam(c);
  const done = String((await c.req.parseBody()).done ?? '1') !== '0';
  await setActionDone({ db: c.var.deps.db, actor, meetingId, actionId: idParam(c, 'aid'), done });
  return c.redirect(`/moeder/${meetingId}`, 303);
});

itemRoutes.post('/moeder/:id/indkald', async (c) => {
  const { actor, meeting, meetingId } = await managed(c);
  const result = await submit(() =>
    conveneMeeting({ db: c.var.deps.db, actor, meeting, publicUrl: c.var.deps.config.PUBLIC_URL, mailFrom: c.var.deps.config.MAIL_FROM }),
  );
  if (!result.ok) return renderMeeting(c, meetingId, { form: 'convene', values: {}, errors: result.errors }, result.status);
  return c.redirect(`/moeder/${meetingId}#convene-heading`, 303);
});
