import type { PublicAgendaItem as Item } from '../../publication/index.ts';
import { oparlType, type OparlUrls } from './urls.ts';

/** The AgendaItems of approved minutes' public copy (closed items are already left out), sub-items after their item. */
export function agendaItemsOf(u: OparlUrls, code: string, m: { id: number; createdAt: Date; updatedAt: Date }, items: Item[]) {
  const flat: Item[] = [];
  const walk = (list: Item[]) => list.forEach((i) => (flat.push(i), walk(i.items)));
  walk(items);
  return flat.map((i, order) => ({
    id: u.agendaItem(code, m.id, i.number),
    type: oparlType('AgendaItem'),
    meeting: u.meeting(code, m.id),
    number: i.number,
    order: order + 1,
    name: i.title,
    public: true,
    ...(i.theme ? { keyword: [i.theme] } : {}),
    ...(i.decisions.length ? { resolutionText: i.decisions.map((d) => d.text).join('\n\n') } : {}),
    ...(i.decisions.some((d) => d.vote) ? { result: i.decisions.flatMap((d) => d.vote ?? []).join(' ') } : {}),
    created: m.createdAt.toISOString(),
    modified: m.updatedAt.toISOString(),
  }));
}
