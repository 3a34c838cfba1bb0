import { z } from 'zod';
import { checkbox, optionalDate, optionalText, requiredWholeNumber } from '../../lib/forms.ts';
import { STAGES } from './tables.ts';

export const stageChangeSchema = z.object({
  stage: z.enum(STAGES, { error: 'Vælg den fase, dialogen skal over i.' }),
  reason: optionalText('begrundelsen', 1000),
  // Ticked after the warning that the stage is ahead of what has happened (a package not sent, a meeting not held).
  proceed: checkbox(),
});

export const meetingDateSchema = z.object({ meetingDate: optionalDate('mødedatoen') });

export const frequencySchema = z.object({
  frequency: z.enum(['aarlig', 'hvert_andet_aar'], { error: 'Vælg hvor ofte der holdes styringsdialog.' }),
  fromYear: requiredWholeNumber('første år', { min: 2010, max: 2100 }),
  reason: optionalText('begrundelsen', 1000),
});
