import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';

/*
 * How the history speaks of the things it records. The log stores what the code knows
 * (`dialogue 48`, `stage: moede_afholdt`); the words for them belong to the features that own
 * them, so each feature describes its own kinds and src/wiring.ts hands the whole vocabulary to
 * the pages that show a history. The audit feature imports none of them.
 */

/** A thing's name, and its page when the viewer may open it (null otherwise: the name is shown unlinked). */
export interface EntityName {
  name: string;
  href: string | null;
}

/**
 * The names of things of one kind by their ids, in one query, for the viewer. A link only where
 * the viewer may open the page; a thing that no longer exists is left out.
 */
export type EntityNamer = (input: { db: Db; actor: Actor; ids: string[] }) => Promise<Map<string, EntityName>>;

/** A field's stored values in Danish: a label per enum value, or a function for values that need more (a date, a set of rules). */
export type ValueLabels = Readonly<Record<string, string>> | ((value: unknown) => string);

/** One kind of thing in the history, or a feature's part of it (the dialogue adds its frequency fields to the organisation). */
export interface HistoryKind {
  /** The kind as a Danish noun: "Styringsdialog". */
  label?: string;
  /** Danish names of its recorded fields. */
  fields?: Record<string, string>;
  /** Danish values of fields that hold codes: `{ stage: STAGE_LABELS }`. */
  values?: Record<string, ValueLabels>;
  /** Fields holding the id of another kind of thing, shown by its name: `{ organisationId: 'organisation' }`. */
  refs?: Record<string, string>;
  /** Fields not worth showing: internal ones, or those the row itself says (a stage change's time is the row's time). */
  hidden?: string[];
  names?: EntityNamer;
}

/** The history's words, by the `entityType` the log stores. */
export type HistoryKinds = Record<string, HistoryKind>;

/** Several features' kinds as one: their parts of the same kind are joined. */
export function mergeKinds(...parts: HistoryKinds[]): HistoryKinds {
  const out: HistoryKinds = {};
  for (const part of parts) {
    for (const [type, kind] of Object.entries(part)) {
      const into = (out[type] ??= {});
      if (kind.label) into.label = kind.label;
      if (kind.names) into.names = kind.names;
      into.fields = { ...into.fields, ...kind.fields };
      into.values = { ...into.values, ...kind.values };
      into.refs = { ...into.refs, ...kind.refs };
      into.hidden = [...(into.hidden ?? []), ...(kind.hidden ?? [])];
    }
  }
  return out;
}

/** The ids of a kind with numeric keys: an id that is no number (a mistyped log row) names nothing rather than failing the query. */
export const numericIds = (ids: string[]) => ids.filter((id) => /^\d{1,9}$/.test(id)).map(Number);

/** The namer's answer from its rows. */
export function nameMap<R>(rows: R[], key: (r: R) => string | number, name: (r: R) => EntityName): Map<string, EntityName> {
  return new Map(rows.map((r) => [String(key(r)), name(r)]));
}
