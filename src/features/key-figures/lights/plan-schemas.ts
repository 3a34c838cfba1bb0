import { z } from 'zod';
import { optionalDate, requiredText } from '../../../lib/forms.ts';

/** The organisation's answer: what it will do, and by when. */
export const planSchema = z.object({
  text: requiredText('handlingsplanen', 10_000),
  deadline: optionalDate('fristen').refine((d) => d !== null, 'Udfyld fristen for handlingsplanen.'),
});
