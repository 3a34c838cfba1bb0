import { z } from 'zod';
import { requiredEmail, requiredText } from '../lib/forms.ts';
import { PASSWORD_MIN_LENGTH } from './passwords.ts';

const newPassword = z
  .string({ error: 'Vælg en adgangskode.' })
  .min(PASSWORD_MIN_LENGTH, `Adgangskoden skal være mindst ${PASSWORD_MIN_LENGTH} tegn.`)
  .max(200, 'Adgangskoden må højst være 200 tegn.');

const repeated = { path: ['passwordRepeat'], message: 'De to adgangskoder er ikke ens.' };
const same = (v: { password: string; passwordRepeat: string }) => v.password === v.passwordRepeat;

export const loginSchema = z.object({
  email: requiredEmail('e-mail'),
  password: z.string().min(1, 'Udfyld adgangskode.'),
});

export const setPasswordSchema = z.object({ password: newPassword, passwordRepeat: z.string() }).refine(same, repeated);

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, 'Udfyld din nuværende adgangskode.'),
    password: newPassword,
    passwordRepeat: z.string(),
  })
  .refine(same, repeated);

export const firstAdminSchema = z
  .object({
    name: requiredText('navn'),
    email: requiredEmail('e-mail'),
    password: newPassword,
    passwordRepeat: z.string(),
  })
  .refine(same, repeated);
