import type { FeedScope } from '../feeds/entries.ts';
import type { publicSubscriptions } from '../tables.ts';

/* A subscription's scope as stored (kind and reference as text) and as the feeds read it. */

type Row = Pick<typeof publicSubscriptions.$inferSelect, 'scopeKind' | 'scopeRef'>;

export const scopeOfRow = (r: Row): FeedScope =>
  r.scopeKind === 'municipality' ? { kind: 'municipality', code: r.scopeRef } : { kind: r.scopeKind, id: Number(r.scopeRef) };

export const rowOfScope = (s: FeedScope): Row =>
  s.kind === 'municipality' ? { scopeKind: s.kind, scopeRef: s.code } : { scopeKind: s.kind, scopeRef: String(s.id) };
