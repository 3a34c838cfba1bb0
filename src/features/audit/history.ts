import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { danishParts } from '../../lib/copenhagen-time.ts';
import { formatDate, formatDateTime } from '../../ui/format.ts';
import { listEntityHistory, type AuditAction, type AuditEvent } from './service.ts';
import type { EntityName, HistoryKind, HistoryKinds } from './vocabulary.ts';

export const ACTION_LABELS: Record<AuditAction, string> = {
  create: 'Oprettet',
  update: 'Ændret',
  delete: 'Slettet',
  deactivate: 'Deaktiveret',
  activate: 'Genaktiveret',
  import: 'Importeret',
  login: 'Logget ind',
  logout: 'Logget ud',
  invite: 'Inviteret',
};

/** Fields no kind shows: the row's own number and its version counter say nothing to a reader. */
const ALWAYS_HIDDEN = new Set(['id', 'version']);
/** Long texts (an item's minutes) are cut; the thing's own page has the whole text. */
const MAX_TEXT = 200;

/** One field's change as the page shows it; `old` null for what was created, `new` null for what was deleted. */
export interface FieldChange {
  field: string;
  old: string | null;
  new: string | null;
}

/** One row of a history, in Danish, ready to render. */
export interface HistoryEntry {
  id: number;
  at: Date;
  actor: string;
  kind: string;
  /** The thing changed: its name, linked when the viewer may open it; null when not asked for or not found. */
  entity: EntityName | null;
  action: string;
  /** The log's own sentence; null when it only repeats the action ("Logget ind"). */
  summary: string | null;
  /** Which side of the changes to show: what was set (a new row), what was removed, or both. */
  shows: 'new' | 'old' | 'both';
  changes: FieldChange[];
}

const SHOWS: Partial<Record<AuditAction, HistoryEntry['shows']>> = { create: 'new', import: 'new', invite: 'new', delete: 'old' };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An instant at Danish midnight stands for a day without a time (a meeting imported from minutes that gave none). */
function danishMidnight(iso: string): boolean {
  const { time } = danishParts(new Date(iso));
  return time === '00:00' && new Date(iso).getUTCSeconds() === 0;
}

function cut(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1).trimEnd()}…` : text;
}

/** A stored value in Danish: a label for a code, a name for an id, Danish time for an instant. */
function showValue(
  kind: HistoryKind,
  field: string,
  value: unknown,
  names: (type: string, id: string) => EntityName | undefined,
): string | null {
  if (value === null || value === undefined || value === '') return null;
  const labels = kind.values?.[field];
  if (typeof labels === 'function') return labels(value);
  if (labels && typeof value === 'string') return labels[value] ?? value;
  const ref = kind.refs?.[field];
  if (ref && (typeof value === 'string' || typeof value === 'number')) return names(ref, String(value))?.name ?? `nr. ${value}`;
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value)))
      return danishMidnight(value) ? formatDate(value) : formatDateTime(value);
    if (ISO_DATE.test(value)) return formatDate(value);
    return cut(value);
  }
  if (Array.isArray(value)) return value.length === 0 ? null : cut(value.map(String).join(', '));
  return cut(JSON.stringify(value));
}

/**
 * The history's presenter, built once from every feature's kinds (src/wiring.ts): turns rows of
 * the log into Danish entries, naming the things changed and the things their fields point at
 * with one query per kind.
 */
export function createHistory(kinds: HistoryKinds) {
  // A field recorded under one kind may be named by another (a person's page shows its memberships' rows).
  const anyField: Record<string, string> = Object.assign({}, ...Object.values(kinds).map((k) => k.fields ?? {}));
  const kindOf = (type: string): HistoryKind => kinds[type] ?? { label: type };

  /** The fields of an event worth showing, with their raw values. */
  function visibleChanges(e: AuditEvent) {
    const kind = kindOf(e.entityType);
    const hidden = new Set(kind.hidden);
    // In the order the kind lists its fields (the log keeps a row's columns in no useful order); unknown ones last.
    const order = Object.keys(kind.fields ?? {});
    const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
    const entries = Object.entries(e.changes ?? {}).sort(([a], [b]) => rank(a) - rank(b));
    return entries.filter(([field, v]) => {
      if (ALWAYS_HIDDEN.has(field) || hidden.has(field)) return false;
      // A new row's empty fields, and a removed row's, say nothing.
      const shows = SHOWS[e.action] ?? 'both';
      const empty = (x: unknown) => x === null || x === undefined || x === '' || (Array.isArray(x) && x.length === 0);
      return !(shows === 'new' && empty(v.new)) && !(shows === 'old' && empty(v.old));
    });
  }

  const history = {
    /** The kinds of things for the history's filter, by their Danish names. */
    kindOptions(): { value: string; label: string }[] {
      return Object.entries(kinds)
        .filter(([, k]) => k.label)
        .map(([value, k]) => ({ value, label: k.label! }))
        .sort((a, b) => a.label.localeCompare(b.label, 'da'));
    },

    /**
     * The events in Danish. `withEntity`: name the thing each event is about (the admin's
     * history); an entity's own page knows it already. Callers check that the actor may see
     * the events; the names link only to pages the actor may open.
     */
    async present({ db, actor, events, withEntity }: { db: Db; actor: Actor; events: AuditEvent[]; withEntity: boolean }) {
      const wanted = new Map<string, Set<string>>();
      const want = (type: string, id: unknown) => {
        if (id === null || id === undefined || id === '') return;
        if (!wanted.has(type)) wanted.set(type, new Set());
        wanted.get(type)!.add(String(id));
      };
      for (const e of events) {
        if (withEntity) want(e.entityType, e.entityId);
        const refs = kindOf(e.entityType).refs ?? {};
        for (const [field, v] of visibleChanges(e)) {
          if (refs[field]) [v.old, v.new].forEach((id) => want(refs[field], id));
        }
      }
      const named = new Map<string, Map<string, EntityName>>();
      for (const [type, ids] of wanted) {
        const namer = kinds[type]?.names;
        if (namer) named.set(type, await namer({ db, actor, ids: [...ids] }));
      }
      const names = (type: string, id: string) => named.get(type)?.get(id);

      return events.map((e): HistoryEntry => {
        const kind = kindOf(e.entityType);
        const action = ACTION_LABELS[e.action] ?? e.action;
        return {
          id: e.id,
          at: e.at,
          actor: e.actorLabel,
          kind: kind.label ?? e.entityType,
          entity: withEntity ? (names(e.entityType, e.entityId) ?? null) : null,
          action,
          summary: e.summary && e.summary !== action ? e.summary : null,
          shows: SHOWS[e.action] ?? 'both',
          changes: visibleChanges(e).map(([field, v]) => ({
            field: kind.fields?.[field] ?? anyField[field] ?? field,
            old: showValue(kind, field, v.old, names),
            new: showValue(kind, field, v.new, names),
          })),
        };
      });
    },

    /** The newest events of one thing, in Danish, for its own page. Callers check that the actor may see the thing. */
    async ofEntity({
      db,
      actor,
      entityType,
      entityId,
      limit = 50,
    }: {
      db: Db;
      actor: Actor;
      entityType: string;
      entityId: string | number;
      limit?: number;
    }) {
      const events = await listEntityHistory(db, entityType, entityId, limit);
      return history.present({ db, actor, events, withEntity: false });
    },
  };
  return history;
}
