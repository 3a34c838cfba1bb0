import { Alert, CsrfField, ErrorSummary, TextField } from '../../ui/components.tsx';
import type { FieldErrors, FormValues } from '../../lib/forms.ts';
import { PasswordFields } from './forms.tsx';

export function ForgotPasswordForm({
  csrf,
  values,
  errors,
  notice,
  ttlMinutes,
}: {
  csrf: string;
  values?: FormValues;
  errors?: FieldErrors;
  notice?: string;
  ttlMinutes: number;
}) {
  return (
    <>
      <h1>Glemt adgangskode</h1>
      <p>
        Skriv den e-mail, du logger ind med. Så sender vi dig et link, som du kan vælge en ny adgangskode med. Linket virker én gang og i{' '}
        {ttlMinutes} minutter.
      </p>
      {notice && <Alert kind="error">{notice}</Alert>}
      <ErrorSummary errors={errors} />
      <form method="post" action="/glemt-adgangskode" novalidate>
        <CsrfField token={csrf} />
        <TextField name="email" label="E-mail" type="email" autocomplete="username" required values={values} errors={errors} />
        <button type="submit" class="button button-primary">
          Send link
        </button>
      </form>
      <p>
        <a href="/login">Tilbage til log ind</a>
      </p>
    </>
  );
}

/** The same page whether the address belongs to a user or not: it must not tell who has an account. */
export function ForgotPasswordSent({ email, ttlMinutes }: { email: string; ttlMinutes: number }) {
  return (
    <>
      <h1>Tjek din e-mail</h1>
      <p class="font-lead">
        Hvis der er en bruger med e-mailen <strong>{email}</strong>, har vi sendt et link til den. Linket virker én gang og i {ttlMinutes}{' '}
        minutter.
      </p>
      <p>
        Kommer der ingen e-mail inden for et par minutter, så se i mappen med uønsket post, eller spørg den, der administrerer
        Styringsdialog hos jer.
      </p>
      <p>
        <a href="/login">Tilbage til log ind</a>
      </p>
    </>
  );
}

export function ResetPasswordForm({ csrf, errors, token, email }: { csrf: string; errors?: FieldErrors; token: string; email: string }) {
  return (
    <>
      <h1>Vælg en ny adgangskode</h1>
      <p>
        Til din bruger <strong>{email}</strong>. Bagefter er du logget ud alle steder og logger ind med den nye adgangskode.
      </p>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/nulstil-adgangskode/${token}`} novalidate>
        <CsrfField token={csrf} />
        <PasswordFields errors={errors} />
        <button type="submit" class="button button-primary">
          Gem ny adgangskode
        </button>
      </form>
    </>
  );
}
