import { z } from 'zod';

/**
 * The rules for a new password, wherever one is chosen: invitation, first admin, reset, change,
 * the command line. Length is what protects against guessing (NIST SP 800-63B): no rules on kinds
 * of characters, which only make passwords harder to remember.
 */
export const PASSWORD_RULES = { minLength: 10, maxLength: 200 } as const;

/** The rules as the forms show them, under the field, before anything is typed. */
export const PASSWORD_RULES_TEXT = `Mindst ${PASSWORD_RULES.minLength} og højst ${PASSWORD_RULES.maxLength} tegn. En sætning er lettere at huske end et kodeord.`;

export const newPassword = z
  .string({ error: 'Vælg en adgangskode.' })
  .min(PASSWORD_RULES.minLength, `Adgangskoden skal være mindst ${PASSWORD_RULES.minLength} tegn.`)
  .max(PASSWORD_RULES.maxLength, `Adgangskoden må højst være ${PASSWORD_RULES.maxLength} tegn.`);
