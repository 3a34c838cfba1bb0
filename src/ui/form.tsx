import { createContext, useContext, type Child } from 'hono/jsx';

/*
 * A page may hold several forms with fields of the same name (two "Begrundelse" boxes on the
 * dialogue page). Each <Form> gives its fields its own id prefix, so a label, a hint or an
 * error-summary link always points into its own form, without anyone choosing ids by hand.
 */

const FormScope = createContext<string | null>(null);

export interface FieldIds {
  input: string;
  hint: string;
  error: string;
}

/** The ids of a field's input, hint and error message; `form` is the id of the form it sits in, if any. */
export function fieldIds(name: string, form: string | null = null): FieldIds {
  return form
    ? { input: `${form}-${name}`, hint: `${form}-${name}-hint`, error: `${form}-${name}-error` }
    : { input: `field-${name}`, hint: `hint-${name}`, error: `error-${name}` };
}

/** The ids of a field in the form being rendered; for hand-made inputs inside a <Form>. */
export function useFieldIds(name: string): FieldIds {
  return fieldIds(name, useContext(FormScope));
}

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** A form whose id scopes the ids of the fields in it; posts carry the CSRF token. */
export function Form(props: {
  id: string;
  action: string;
  /** false: a form the CSRF check exempts (src/auth/middleware.ts), on a page that must be the same for every browser. */
  csrf?: string | false;
  method?: 'post' | 'get';
  enctype?: 'multipart/form-data';
  class?: string;
  novalidate?: boolean;
  children?: Child;
}) {
  const method = props.method ?? 'post';
  return (
    <form id={props.id} method={method} action={props.action} enctype={props.enctype} class={props.class} novalidate={props.novalidate}>
      {method === 'post' && props.csrf !== false && <CsrfField token={props.csrf ?? ''} />}
      <FormScope.Provider value={props.id}>{props.children}</FormScope.Provider>
    </form>
  );
}
