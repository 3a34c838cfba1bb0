import { Alert, ErrorSummary, TextField } from '../../../ui/components.tsx';
import { Form } from '../../../ui/form.tsx';
import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import { feedPath } from '../feeds/entries.ts';
import { subscribePath } from './links.ts';

/** On each public page: the Atom feed and a form to subscribe by e-mail (no CSRF token: the page is the same for every browser, and the form is exempt). */
export function FollowBox(props: { pagePath: string; title: string; values?: FormValues; errors?: FieldErrors; notice?: string }) {
  return (
    <section aria-labelledby="h-follow" id="abonnement">
      <h2 id="h-follow">Følg med</h2>
      <p>
        Få besked, når der offentliggøres nyt om {props.title}: <a href={feedPath(props.pagePath)}>Atom-feed</a> til din feedlæser, eller en
        e-mail højst én gang om dagen.
      </p>
      {props.notice && <Alert kind="warning">{props.notice}</Alert>}
      <ErrorSummary errors={props.errors} form="subscribe" />
      <Form id="subscribe" action={subscribePath(props.pagePath)} csrf={false} novalidate>
        <TextField
          name="email"
          label="Din e-mail"
          type="email"
          autocomplete="email"
          width="l"
          required
          values={props.values}
          errors={props.errors}
        />
        <button type="submit" class="button button-secondary">
          Abonnér
        </button>
      </Form>
    </section>
  );
}

/** After subscribing: the same answer whether or not the address already subscribes. */
export function SubscribeSent({ email, title, pagePath }: { email: string; title: string; pagePath: string }) {
  return (
    <>
      <h1>Tjek din e-mail</h1>
      <p class="font-lead">
        Vi har sendt en e-mail til {email} med et link, som du bekræfter abonnementet på {title} med.
      </p>
      <p>Først når du har bekræftet, får du e-mails. Kommer der ingen e-mail, så se efter i uønsket post.</p>
      <p>
        <a href={pagePath}>Tilbage til {title}</a>
      </p>
    </>
  );
}

/** A page with one button: a link in a mail changes nothing by being opened (mail scanners open links). */
export function ButtonPage(props: { heading: string; lead: string; action: string; csrf: string; button: string }) {
  return (
    <>
      <h1>{props.heading}</h1>
      <p class="font-lead">{props.lead}</p>
      <Form id="one-button" action={props.action} csrf={props.csrf}>
        <button type="submit" class="button button-primary">
          {props.button}
        </button>
      </Form>
    </>
  );
}

/** A page saying what happened, with a way back. */
export function DonePage(props: { heading: string; lead: string; back?: { href: string; label: string } }) {
  return (
    <>
      <h1>{props.heading}</h1>
      <p class="font-lead">{props.lead}</p>
      <p>
        <a href={props.back?.href ?? '/'}>{props.back?.label ?? 'Til forsiden'}</a>
      </p>
    </>
  );
}
