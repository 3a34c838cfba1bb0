import { Alert, CsrfField, ErrorSummary, TextField } from '../../ui/components.tsx';
import type { FieldErrors, FormValues } from '../../lib/forms.ts';
import { PASSWORD_RULES_TEXT } from '../password-rules.ts';

interface FormProps {
  csrf: string;
  values?: FormValues;
  errors?: FieldErrors;
}

export function LoginForm({ csrf, values, errors, next, notice, done }: FormProps & { next?: string; notice?: string; done?: string }) {
  return (
    <>
      <h1>Log ind</h1>
      {done && <Alert kind="success">{done}</Alert>}
      {notice && <Alert kind="error">{notice}</Alert>}
      <ErrorSummary errors={errors} />
      <form method="post" action="/login" novalidate>
        <CsrfField token={csrf} />
        {next && <input type="hidden" name="next" value={next} />}
        <TextField name="email" label="E-mail" type="email" autocomplete="username" required values={values} errors={errors} />
        <TextField name="password" label="Adgangskode" type="password" autocomplete="current-password" required errors={errors} />
        <button type="submit" class="button button-primary">
          Log ind
        </button>
      </form>
      <p>
        <a href="/glemt-adgangskode">Glemt adgangskode?</a>
      </p>
    </>
  );
}

export function PasswordFields({ errors, autocomplete = 'new-password' }: { errors?: FieldErrors; autocomplete?: string }) {
  return (
    <>
      <TextField
        name="password"
        label="Ny adgangskode"
        type="password"
        autocomplete={autocomplete}
        required
        errors={errors}
        hint={PASSWORD_RULES_TEXT}
      />
      <TextField name="passwordRepeat" label="Gentag ny adgangskode" type="password" autocomplete={autocomplete} required errors={errors} />
    </>
  );
}

export function ChangePasswordForm({ csrf, errors, notice }: FormProps & { notice?: string }) {
  return (
    <>
      <h1>Skift adgangskode</h1>
      <p>Når du har skiftet adgangskode, bliver du logget ud alle andre steder, fx på en anden computer eller telefon.</p>
      {notice && <Alert kind="error">{notice}</Alert>}
      <ErrorSummary errors={errors} />
      <form method="post" action="/konto/adgangskode" novalidate>
        <CsrfField token={csrf} />
        <TextField name="current" label="Nuværende adgangskode" type="password" autocomplete="current-password" required errors={errors} />
        <PasswordFields errors={errors} />
        <button type="submit" class="button button-primary">
          Skift adgangskode
        </button>
      </form>
    </>
  );
}

export function AcceptInvitationForm({ csrf, errors, name, email, token }: FormProps & { name: string; email: string; token: string }) {
  return (
    <>
      <h1>Velkommen, {name}</h1>
      <p>
        Vælg en adgangskode til din bruger <strong>{email}</strong>. Bagefter kan du logge ind.
      </p>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/invitation/${token}`} novalidate>
        <CsrfField token={csrf} />
        <PasswordFields errors={errors} />
        <button type="submit" class="button button-primary">
          Gem adgangskode
        </button>
      </form>
    </>
  );
}

export function FirstAdminForm({ csrf, values, errors }: FormProps) {
  return (
    <>
      <h1>Opret den første administrator</h1>
      <p>Installationen er tom. Opret den bruger, der skal administrere systemet og invitere de øvrige brugere.</p>
      <ErrorSummary errors={errors} />
      <form method="post" action="/opsaetning" novalidate>
        <CsrfField token={csrf} />
        <TextField name="name" label="Navn" autocomplete="name" required values={values} errors={errors} />
        <TextField name="email" label="E-mail" type="email" autocomplete="username" required values={values} errors={errors} />
        <PasswordFields errors={errors} />
        <button type="submit" class="button button-primary">
          Opret administrator
        </button>
      </form>
    </>
  );
}
