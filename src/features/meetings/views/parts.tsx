import { CsrfField } from '../../../ui/components.tsx';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { danishParts } from '../../../lib/copenhagen-time.ts';

/** "3. dec. 2026, 10.00–12.00"; a meeting at midnight had no time given (imported minutes), so only its day. */
export function meetingTime(startsAt: Date | null, endsAt: Date | null = null): string {
  if (!startsAt) return 'Ikke fastsat';
  if (!endsAt && danishParts(startsAt).time === '00:00') return formatDate(startsAt);
  const end = endsAt ? `–${danishParts(endsAt).time.replace(':', '.')}` : '';
  return `${formatDateTime(startsAt)}${end}`;
}

/** A one-button form: every change is a POST with the CSRF token. */
export function ActionButton({
  action,
  csrf,
  label,
  secondary,
  small,
  hidden,
}: {
  action: string;
  csrf: string;
  label: string;
  secondary?: boolean;
  small?: boolean;
  hidden?: Record<string, string>;
}) {
  return (
    <form method="post" action={action} class="sd-inline-form">
      <CsrfField token={csrf} />
      {Object.entries(hidden ?? {}).map(([k, v]) => (
        <input type="hidden" name={k} value={v} />
      ))}
      <button type="submit" class={`button ${secondary ? 'button-secondary' : 'button-primary'}${small ? ' button-small' : ''}`}>
        {label}
      </button>
    </form>
  );
}
