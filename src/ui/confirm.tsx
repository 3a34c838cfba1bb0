import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppEnv } from '../lib/hono-env.ts';
import { CsrfField, Form } from './form.tsx';
import { page, type PageOptions } from './render.tsx';

/*
 * Destructive actions (deactivating, ending, removing) go through one confirmation step: a link
 * opens a page that says what will happen and how to undo it, and only its form posts the
 * action. It is a page, so it works without JavaScript; where JavaScript runs, public/app.js shows
 * the same step in a dialog over the page. The action's POST refuses a request that did not come
 * through it.
 */

const CONFIRM_FIELD = 'bekraeft';

/** Whether a POST came from the confirmation step's form. */
export const isConfirmed = (body: Record<string, unknown>) => body[CONFIRM_FIELD] === 'ja';

export interface Confirmation {
  /** The page title and last breadcrumb, e.g. "Deaktivér Lejerbo Næstved". */
  title: string;
  /** The question the page asks, e.g. "Er du sikker på, at du vil deaktivere Lejerbo Næstved?" */
  question: string;
  /** What will happen, and whether and how it can be undone. */
  consequences: Child;
  /** Where the confirmed POST goes. */
  action: string;
  /** Hidden fields the action needs, such as the version the page was opened on. */
  fields?: Record<string, string>;
  confirmLabel: string;
  /** Back to where the user came from; nothing is changed. */
  cancelHref: string;
}

export function ConfirmStep(props: Confirmation & { csrf: string }) {
  return (
    <div class="sd-confirm-step">
      <h1>{props.question}</h1>
      <div class="sd-confirm">{props.consequences}</div>
      <Form id="confirm" action={props.action} csrf={props.csrf}>
        {Object.entries(props.fields ?? {}).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name={CONFIRM_FIELD} value="ja" />
        <div class="sd-actions">
          <button type="submit" class="button button-warning">
            {props.confirmLabel}
          </button>
          <a href={props.cancelHref}>Annullér</a>
        </div>
      </Form>
    </div>
  );
}

/** The confirmation step as a whole page. */
export function confirmPage(c: Context<AppEnv>, confirmation: Confirmation, options: PageOptions = {}) {
  return page(c, confirmation.title, <ConfirmStep {...confirmation} csrf={c.var.csrfToken} />, options);
}

/**
 * The button that opens the confirmation step: a link, so the action itself is never one click
 * away. It looks like the other buttons; the red one is on the confirmation step.
 */
export function ConfirmLink(props: { href: string; label: string; hiddenLabel?: string; small?: boolean }) {
  const { href, label, hiddenLabel } = props;
  return (
    <a class={props.small ? 'button button-secondary button-small' : 'button button-secondary'} href={href} data-confirm-dialog="">
      {label}
      {hiddenLabel && <span class="sr-only"> {hiddenLabel}</span>}
    </a>
  );
}

/** Undoes a destructive action in one step (reactivate, put back); the service writes it to the history. */
export function UndoButton(props: { action: string; csrf: string; label: string; hiddenLabel?: string; fields?: Record<string, string> }) {
  return (
    <form method="post" action={props.action} class="sd-inline-form">
      <CsrfField token={props.csrf} />
      {Object.entries(props.fields ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class="button button-secondary">
        {props.label}
        {props.hiddenLabel && <span class="sr-only"> {props.hiddenLabel}</span>}
      </button>
    </form>
  );
}
