import { z } from 'zod';
import { requiredEmail, requiredText } from '../lib/forms.ts';
import { newPassword } from './password-rules.ts';

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
  .refine(same, repeated)
  .refine((v) => v.password !== v.current, { path: ['password'], message: 'Den nye adgangskode skal være en anden end den nuværende.' });

export const forgotPasswordSchema = z.object({ email: requiredEmail('e-mail') });

export const firstAdminSchema = z
  .object({
    name: requiredText('navn'),
    email: requiredEmail('e-mail'),
    password: newPassword,
    passwordRepeat: z.string(),
  })
  .refine(same, repeated);
