/*
 * The required fields of each OParl 1.1 object type, after the specification's schema (plus
 * created and modified, which this server gives every object). Used by the tests to hold each
 * answer to the specification.
 */
const COMMON = ['id', 'type', 'created', 'modified'];
export const REQUIRED: Record<string, string[]> = {
  System: [...COMMON, 'oparlVersion', 'body'],
  Body: [...COMMON, 'name', 'organization', 'person', 'meeting', 'paper', 'legislativeTerm', 'system'],
  Organization: [...COMMON, 'name', 'body'],
  Person: [...COMMON, 'name'],
  Membership: [...COMMON, 'organization'],
  Meeting: [...COMMON, 'name'],
  AgendaItem: [...COMMON, 'meeting', 'order'],
  Paper: [...COMMON, 'name', 'body'],
  File: [...COMMON, 'accessUrl'],
};

/** The problems of one object: missing required fields, a wrong type URL, an id that is no absolute URL, a date that is no ISO 8601. */
export function oparlProblems(expected: keyof typeof REQUIRED, o: Record<string, unknown>): string[] {
  const problems = REQUIRED[expected].filter((f) => o[f] === undefined || o[f] === null).map((f) => `${expected}: ${f} missing`);
  if (o.type !== `https://schema.oparl.org/1.1/${expected}`) problems.push(`${expected}: type is ${String(o.type)}`);
  if (typeof o.id !== 'string' || !/^https?:\/\//.test(o.id)) problems.push(`${expected}: id ${String(o.id)} is not a URL`);
  for (const f of ['created', 'modified'])
    if (typeof o[f] !== 'string' || Number.isNaN(Date.parse(o[f] as string))) problems.push(`${expected}: ${f} is not a date-time`);
  return problems;
}
