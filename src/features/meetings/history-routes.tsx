import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../lib/hono-env.ts';
import { Pagination } from '../../ui/components.tsx';
import { page } from '../../ui/render.tsx';
import { HistoryTable, pageEntityHistory } from '../audit/index.ts';
import { managed } from './guard.ts';
import { meetingTitle } from './labels.ts';

export const historyRoutes = new Hono<AppEnv>();

const PAGE_SIZE = 50;
const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

/** All changes of one meeting, a page at a time: for those who manage it, as the section on its page. */
historyRoutes.get('/moeder/:id/historik', async (c) => {
  const { actor, meeting } = await managed(c);
  const { db, wiring } = c.var.deps;
  const pageNo = pageSchema.parse(c.req.query('page'));
  const result = await pageEntityHistory(db, 'meeting', meeting.id, { page: pageNo, pageSize: PAGE_SIZE });
  const entries = await wiring.history.present({ db, actor, events: result.rows, withEntity: false });
  const title = `Historik for ${meeting.title}`;
  return page(
    c,
    ['Historik', ...meetingTitle(meeting)],
    <>
      <h1>{title}</h1>
      <p>
        <a href={`/moeder/${meeting.id}`}>Tilbage til mødet</a>
      </p>
      <HistoryTable entries={entries} caption="Mødets historik" />
      <Pagination query={{ page: pageNo, sort: '', dir: 'desc' }} total={result.total} pageSize={PAGE_SIZE} />
    </>,
    {
      crumbs: [{ label: 'Forside', href: '/' }, { label: meeting.title, href: `/moeder/${meeting.id}` }, { label: 'Historik' }],
      section: 'meetings',
    },
  );
});
