import { type FieldErrors, type FormValues, parseForm } from '../../lib/forms.ts';
import { bodyFieldSchema } from './membership-bodies.ts';
import type { MembershipBody } from './people.ts';
import { type MembershipInput, type PersonInput, membershipSchema, personSchema } from './schemas.ts';

/*
 * Forms that combine a person, a body and a membership. Each part is checked with its
 * own schema and all errors come back together, with what the user typed.
 */

export const NO_BODY = 'Vælg, hvor personen skal tilknyttes.';

type Parsed<T> = { ok: true; data: T; values: FormValues } | { ok: false; errors: FieldErrors; values: FormValues };

/** A membership with its body; `bodyRequired: false` lets an empty body through as null (admins registering a person). */
export function parseMembershipForm(
  body: Record<string, unknown>,
  opts: { bodyRequired: boolean },
): Parsed<{ body: MembershipBody; input: MembershipInput } | null> {
  const target = parseForm(bodyFieldSchema, body);
  const empty = target.ok && target.data.body === null;
  if (empty && !opts.bodyRequired) return { ok: true, data: null, values: target.values };
  const membership = parseForm(membershipSchema, body);
  const errors: FieldErrors = {
    ...(target.ok ? {} : target.errors),
    ...(empty ? { body: NO_BODY } : {}),
    ...(membership.ok ? {} : membership.errors),
  };
  if (Object.keys(errors).length > 0 || !target.ok || !membership.ok || target.data.body === null)
    return { ok: false, errors, values: target.values };
  return { ok: true, data: { body: target.data.body, input: membership.data }, values: target.values };
}

/** A new person and (unless the body may be left out) their first membership. */
export function parseNewPersonForm(
  body: Record<string, unknown>,
  opts: { bodyRequired: boolean },
): Parsed<{ person: PersonInput; membership: { body: MembershipBody; input: MembershipInput } | null }> {
  const person = parseForm(personSchema, body);
  const membership = parseMembershipForm(body, opts);
  if (!person.ok || !membership.ok) {
    return {
      ok: false,
      errors: { ...(person.ok ? {} : person.errors), ...(membership.ok ? {} : membership.errors) },
      values: person.values,
    };
  }
  return { ok: true, data: { person: person.data, membership: membership.data }, values: person.values };
}
