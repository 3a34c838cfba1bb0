import { sql, type SQL } from 'drizzle-orm';

/*
 * colourOf (colour.ts) in SQL, for pages that count colours over many estates in one query (the
 * supervisor's overview). 2 is red, 1 yellow, 0 green, null no colour; the worst colour is the
 * maximum. colour-sql.test.ts holds it to colourOf at every boundary, so the two cannot drift apart.
 */

export interface RuleSql {
  kind: SQL;
  yellow: SQL;
  red: SQL;
  direction: SQL;
}

/**
 * The colour of one value (`value`: a jsonb number or null) and its percentile among comparable
 * estates (`percentile`: the same) under a rule whose parts may be null (no rule: no colour).
 */
export function colourRankSql(rule: RuleSql, value: SQL, percentile: SQL): SQL<number | null> {
  const isNumber = (v: SQL) => sql`coalesce(jsonb_typeof(${v}) = 'number', false)`;
  const v = sql`(${value})::numeric`;
  const fromBadEnd = sql`(case when ${rule.direction} = 'higher' then (${percentile})::numeric else 100 - (${percentile})::numeric end)`;
  return sql<number | null>`(case
    when ${rule.kind} is null or ${rule.direction} not in ('higher', 'lower') or not ${isNumber(value)} then null
    when ${rule.kind} = 'absolute' and ${rule.direction} = 'higher' then
      case when ${v} < ${rule.red} then 2 when ${v} < ${rule.yellow} then 1 else 0 end
    when ${rule.kind} = 'absolute' then
      case when ${v} > ${rule.red} then 2 when ${v} > ${rule.yellow} then 1 else 0 end
    when not ${isNumber(percentile)} then null
    else case when ${fromBadEnd} < ${rule.red} then 2 when ${fromBadEnd} < ${rule.yellow} then 1 else 0 end
  end)`;
}
