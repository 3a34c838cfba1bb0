import { z } from 'zod';
import { requiredText } from '../../lib/forms.ts';

export const sectionSchema = z.object({ text: requiredText('afsnittets tekst', 50_000) });
export const reopenSchema = z.object({ reason: requiredText('begrundelsen', 2_000) });
