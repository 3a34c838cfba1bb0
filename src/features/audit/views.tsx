import type { Child } from 'hono/jsx';
import type { FieldErrors, FormValues } from '../../lib/forms.ts';
import { countNoun } from '../../lib/plural.ts';
import { formatDateTime } from '../../ui/format.ts';
import { ACTION_LABELS, type HistoryEntry } from './history.ts';
import { AUDIT_ACTIONS } from './service.ts';
import { ScrollTable } from '../../ui/table.tsx';

/**
 * A history in Danish: the one renderer for the admin's whole log, an organisation's, an estate's
 * or a meeting's. `showEntity`: a column naming the thing each row is about (the admin's log);
 * `actorHref`: each actor's name narrows the list to that actor.
 */
export function HistoryTable({
  entries,
  showEntity,
  actorHref,
  caption = 'Historik',
}: {
  entries: HistoryEntry[];
  showEntity?: boolean;
  actorHref?: (actor: string) => string;
  caption?: string;
}) {
  if (entries.length === 0) return <p class="sd-muted">Ingen historik endnu.</p>;
  return (
    <ScrollTable label={caption}>
      <table class="table table--compact sd-history">
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Tidspunkt</th>
            <th scope="col">Hvem</th>
            {showEntity && <th scope="col">Hvad</th>}
            <th scope="col">Handling</th>
            <th scope="col">Ændringer</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr>
              <td class="sd-when">{formatDateTime(e.at)}</td>
              <td>{actorHref ? <a href={actorHref(e.actor)}>{e.actor}</a> : e.actor}</td>
              {showEntity && (
                <td>
                  {e.kind}
                  {e.entity && (
                    <>
                      <br />
                      {e.entity.href ? <a href={e.entity.href}>{e.entity.name}</a> : e.entity.name}
                    </>
                  )}
                </td>
              )}
              <td>
                {e.action}
                {e.summary && (
                  <>
                    <br />
                    <span class="sd-muted">{e.summary}</span>
                  </>
                )}
              </td>
              <td>
                <Changes entry={e} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** Many fields at once (a new or imported row) fold away behind their count, so one row does not fill the screen. */
const FOLD_OVER = 4;

function Changes({ entry }: { entry: HistoryEntry }) {
  if (entry.changes.length === 0) return <>–</>;
  const list = (
    <ul class="nobullet-list sd-diff">
      {entry.changes.map((c) => (
        <li>
          {c.field}: <Change entry={entry} change={c} />
        </li>
      ))}
    </ul>
  );
  if (entry.changes.length <= FOLD_OVER) return list;
  return (
    <details class="details">
      <summary class="details-summary">{countNoun(entry.changes.length, 'felt', 'felter')}</summary>
      <div class="details-text">{list}</div>
    </details>
  );
}

function Change({ entry, change }: { entry: HistoryEntry; change: HistoryEntry['changes'][number] }) {
  if (entry.shows === 'new') return <ins>{change.new ?? '–'}</ins>;
  if (entry.shows === 'old') return <del>{change.old ?? '–'}</del>;
  return (
    <>
      <del>{change.old ?? '–'}</del> → <ins>{change.new ?? '–'}</ins>
    </>
  );
}

function Field({
  name,
  label,
  errors,
  hint,
  children,
}: {
  name: string;
  label: string;
  errors: FieldErrors;
  hint?: string;
  children: Child;
}) {
  const error = errors[name];
  return (
    <div class={error ? 'form-group form-error' : 'form-group'}>
      <label class="form-label" for={`filter-${name}`}>
        {label}
      </label>
      {hint && (
        <span class="form-hint" id={`filter-${name}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span class="form-error-message" id={`filter-${name}-error`}>
          <span class="sr-only">Fejl: </span>
          {error}
        </span>
      )}
      {children}
    </div>
  );
}

const describedBy = (name: string, errors: FieldErrors, hint?: boolean) =>
  [hint && `filter-${name}-hint`, errors[name] && `filter-${name}-error`].filter(Boolean).join(' ') || undefined;

/** The admin history's filter: who, what, which action, and from–to, as a GET form (works without JavaScript). */
export function HistoryFilters({
  action,
  values,
  errors,
  kinds,
}: {
  action: string;
  values: FormValues;
  errors: FieldErrors;
  kinds: { value: string; label: string }[];
}) {
  const dateInput = (name: 'fra' | 'til') => (
    <input
      class="form-input input-width-s"
      id={`filter-${name}`}
      name={name}
      type="date"
      value={values[name]}
      aria-describedby={describedBy(name, errors)}
      aria-invalid={errors[name] ? 'true' : undefined}
    />
  );
  return (
    <form method="get" action={action} class="sd-filters" role="search" aria-label="Filtrér historikken">
      <Field name="hvem" label="Hvem" hint="Navn eller e-mail" errors={errors}>
        <input
          class="form-input input-width-m"
          id="filter-hvem"
          name="hvem"
          type="search"
          value={values.hvem}
          aria-describedby={describedBy('hvem', errors, true)}
        />
      </Field>
      <Field name="hvad" label="Hvad" errors={errors}>
        <select class="form-select" id="filter-hvad" name="hvad">
          <option value="">Alt</option>
          {kinds.map((k) => (
            <option value={k.value} selected={k.value === values.hvad}>
              {k.label}
            </option>
          ))}
        </select>
      </Field>
      <Field name="handling" label="Handling" errors={errors}>
        <select class="form-select" id="filter-handling" name="handling">
          <option value="">Alle</option>
          {AUDIT_ACTIONS.map((a) => (
            <option value={a} selected={a === values.handling}>
              {ACTION_LABELS[a]}
            </option>
          ))}
        </select>
      </Field>
      <Field name="fra" label="Fra dato" errors={errors}>
        {dateInput('fra')}
      </Field>
      <Field name="til" label="Til og med dato" errors={errors}>
        {dateInput('til')}
      </Field>
      <button type="submit" class="button button-secondary">
        Filtrér
      </button>
    </form>
  );
}
