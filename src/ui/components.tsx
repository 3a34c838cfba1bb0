import type { Child } from 'hono/jsx';
import type { FieldErrors, FormValues } from '../lib/forms.ts';
import { formatInteger } from './format.ts';
import { fieldIds, useFieldIds, type FieldIds } from './form.tsx';

export { CsrfField } from './form.tsx';

/**
 * DKFDS error summary: listed first on the page, each message linking to its field. `form` is
 * the id of the <Form> the errors belong to, when the summary stands outside it.
 */
export function ErrorSummary({ errors, form }: { errors?: FieldErrors; form?: string }) {
  const entries = Object.entries(errors ?? {});
  if (entries.length === 0) return null;
  return (
    <div class="alert alert-error" role="alert" aria-labelledby="error-summary-heading" tabindex={-1} id="error-summary">
      <div class="alert-body">
        <p class="alert-heading" id="error-summary-heading">
          Der er {entries.length === 1 ? 'en fejl' : `${entries.length} fejl`} i formularen
        </p>
        <ul class="alert-text nobullet-list">
          {entries.map(([field, message]) => (
            <li>
              <a class="function-link" href={`#${fieldIds(field, form ?? null).input}`}>
                {message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export interface FieldProps {
  name: string;
  label: string;
  values?: FormValues;
  errors?: FieldErrors;
  hint?: string;
  required?: boolean;
}

function FieldShell(props: FieldProps & { ids: FieldIds; children: Child }) {
  const error = props.errors?.[props.name];
  return (
    <div class={error ? 'form-group form-error' : 'form-group'}>
      <label class="form-label" for={props.ids.input}>
        {props.label}
        {props.required ? '' : <span class="sd-muted"> (valgfrit)</span>}
      </label>
      {props.hint && (
        <span class="form-hint" id={props.ids.hint}>
          {props.hint}
        </span>
      )}
      {error && (
        <span class="form-error-message" id={props.ids.error}>
          <span class="sr-only">Fejl: </span>
          {error}
        </span>
      )}
      {props.children}
    </div>
  );
}

function describedBy(props: FieldProps, ids: FieldIds): string | undefined {
  const refs = [props.hint && ids.hint, props.errors?.[props.name] && ids.error].filter(Boolean);
  return refs.length ? refs.join(' ') : undefined;
}

export function TextField(
  props: FieldProps & {
    type?: string;
    autocomplete?: string;
    inputmode?: 'numeric' | 'decimal' | 'email' | 'tel' | 'text';
    width?: 'xs' | 's' | 'm' | 'l' | 'xl';
  },
) {
  const width = props.width ? ` input-width-${props.width}` : '';
  const ids = useFieldIds(props.name);
  return (
    <FieldShell {...props} ids={ids}>
      <input
        class={`form-input${width}`}
        id={ids.input}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.values?.[props.name] ?? ''}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        aria-describedby={describedBy(props, ids)}
        aria-invalid={props.errors?.[props.name] ? 'true' : undefined}
        required={props.required}
      />
    </FieldShell>
  );
}

export function TextArea(props: FieldProps & { rows?: number }) {
  const ids = useFieldIds(props.name);
  return (
    <FieldShell {...props} ids={ids}>
      <textarea
        class="form-input"
        id={ids.input}
        name={props.name}
        rows={props.rows ?? 5}
        aria-describedby={describedBy(props, ids)}
        aria-invalid={props.errors?.[props.name] ? 'true' : undefined}
      >
        {props.values?.[props.name] ?? ''}
      </textarea>
    </FieldShell>
  );
}

export function SelectField(props: FieldProps & { options: { value: string; label: string }[]; placeholder?: string }) {
  const current = props.values?.[props.name] ?? '';
  const ids = useFieldIds(props.name);
  return (
    <FieldShell {...props} ids={ids}>
      <select
        class="form-select"
        id={ids.input}
        name={props.name}
        aria-describedby={describedBy(props, ids)}
        aria-invalid={props.errors?.[props.name] ? 'true' : undefined}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === current}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A file picker with its label, hint and error, like the other fields. */
export function FileField(props: FieldProps & { multiple?: boolean; accept?: string }) {
  const ids = useFieldIds(props.name);
  return (
    <FieldShell {...props} required ids={ids}>
      <input
        type="file"
        class="form-input"
        id={ids.input}
        name={props.name}
        multiple={props.multiple}
        accept={props.accept}
        aria-describedby={describedBy(props, ids)}
        aria-invalid={props.errors?.[props.name] ? 'true' : undefined}
      />
    </FieldShell>
  );
}

/**
 * One DKFDS checkbox with its label after it (DKFDS draws the box with ".form-checkbox + label");
 * a message for it stands above it, like any field's. Checked from `checked`, else from `values`.
 */
export function CheckboxField(props: Omit<FieldProps, 'required'> & { checked?: boolean }) {
  const ids = useFieldIds(props.name);
  const error = props.errors?.[props.name];
  return (
    <div class={error ? 'form-group form-error' : 'form-group'}>
      {error && (
        <span class="form-error-message" id={ids.error}>
          <span class="sr-only">Fejl: </span>
          {error}
        </span>
      )}
      <div class="form-group-checkbox">
        <input
          class="form-checkbox"
          type="checkbox"
          id={ids.input}
          name={props.name}
          value="on"
          checked={props.checked ?? props.values?.[props.name] === 'on'}
          aria-describedby={describedBy(props, ids)}
        />
        <label for={ids.input}>{props.label}</label>
        {props.hint && (
          <span class="form-hint" id={ids.hint}>
            {props.hint}
          </span>
        )}
      </div>
    </div>
  );
}

/** One box of a CheckboxGroup: its own id, name and value, so a form may post one name per box or one name for all. */
export interface CheckboxOption {
  id: string;
  name: string;
  value: string;
  label: Child;
  checked: boolean;
}

/**
 * Several DKFDS checkboxes under one legend, with the group's hint and error (keyed by `name`)
 * above them like any field's; `empty` says so when there is nothing to choose.
 */
export function CheckboxGroup(props: Omit<FieldProps, 'values'> & { options: CheckboxOption[]; empty: string }) {
  const ids = useFieldIds(props.name);
  const error = props.errors?.[props.name];
  return (
    <fieldset id={ids.input} class={error ? 'form-group form-error' : 'form-group'} aria-describedby={describedBy(props, ids)}>
      <legend class="form-label">
        {props.label}
        {props.required ? '' : <span class="sd-muted"> (valgfrit)</span>}
      </legend>
      {props.hint && (
        <span class="form-hint" id={ids.hint}>
          {props.hint}
        </span>
      )}
      {error && (
        <span class="form-error-message" id={ids.error}>
          <span class="sr-only">Fejl: </span>
          {error}
        </span>
      )}
      {props.options.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        props.options.map((o) => (
          <div class="form-group-checkbox">
            <input class="form-checkbox" type="checkbox" id={o.id} name={o.name} value={o.value} checked={o.checked} />
            <label for={o.id}>{o.label}</label>
          </div>
        ))
      )}
    </fieldset>
  );
}

export function Alert({ kind, heading, children }: { kind: 'info' | 'success' | 'warning' | 'error'; heading?: string; children?: Child }) {
  return (
    <div class={`alert alert-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {/* The design system's icon, from its own sprite (same origin, so the CSP allows it). */}
      <svg class="icon-svg alert-icon" aria-hidden="true" focusable="false">
        <use href={`/static/dkfds/img/all-svg-icons.svg#${kind}`} />
      </svg>
      <div class="alert-body">
        {heading && <p class="alert-heading">{heading}</p>}
        <div class="alert-text">{children}</div>
      </div>
    </div>
  );
}

export function DescriptionList({ items }: { items: [string, Child][] }) {
  return (
    <dl class="sd-dl">
      {items.map(([term, value]) => (
        <>
          <dt>{term}</dt>
          <dd>{value ?? '–'}</dd>
        </>
      ))}
    </dl>
  );
}

export interface ListQuery {
  page: number;
  sort: string;
  dir: 'asc' | 'desc';
  q?: string;
  [k: string]: string | number | undefined;
}

export function queryString(base: ListQuery, change: Partial<ListQuery>): string {
  const merged = { ...base, ...change };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) {
    if (v !== undefined && v !== '' && !(k === 'page' && v === 1)) params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '?';
}

/** A column header that sorts the list by that column; aria-sort tells screen readers the order. */
export function SortHeader({ label, column, query, numeric }: { label: string; column: string; query: ListQuery; numeric?: boolean }) {
  const active = query.sort === column;
  const nextDir = active && query.dir === 'asc' ? 'desc' : 'asc';
  return (
    <th
      scope="col"
      class={numeric ? 'sd-number' : undefined}
      aria-sort={active ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <a href={queryString(query, { sort: column, dir: nextDir, page: 1 })}>
        {label}
        {active ? (query.dir === 'asc' ? ' ▲' : ' ▼') : ''}
        {!active && <span class="sr-only"> (sortér)</span>}
      </a>
    </th>
  );
}

export function Pagination({ query, total, pageSize }: { query: ListQuery; total: number; pageSize: number }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (query.page - 1) * pageSize + 1;
  const to = Math.min(total, query.page * pageSize);
  return (
    <nav class="sd-actions" aria-label="Sider">
      <span>
        Viser {formatInteger(from)}–{formatInteger(to)} af {formatInteger(total)}
      </span>
      {query.page > 1 && (
        <a class="button button-secondary" href={queryString(query, { page: query.page - 1 })}>
          Forrige side
        </a>
      )}
      {query.page < pages && (
        <a class="button button-secondary" href={queryString(query, { page: query.page + 1 })}>
          Næste side
        </a>
      )}
      <span class="sd-muted">
        Side {query.page} af {pages}
      </span>
    </nav>
  );
}
