import { z } from 'zod';
import { requiredEmail } from '../../../lib/forms.ts';

/** The subscription form on a public page: an e-mail address. */
export const subscribeSchema = z.object({ email: requiredEmail('din e-mail') });
