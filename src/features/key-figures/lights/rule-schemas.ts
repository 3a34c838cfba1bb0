import { z } from 'zod';
import { RULE_KINDS } from '../tables.ts';
import { danishNumber } from './numbers.ts';

/** A rule as typed: its kind and two thresholds in Danish numbers. Whether they contradict each other is the service's check (ruleProblem). */
export const ruleSchema = z.object({
  kind: z.enum(RULE_KINDS, { error: 'Vælg, om grænserne er absolutte værdier eller andele af sammenlignelige afdelinger.' }),
  yellow: danishNumber('grænsen for gul'),
  red: danishNumber('grænsen for rød'),
});
