import { type Column, type SQL, getTableName, sql } from 'drizzle-orm';

/**
 * A column always written as "table"."column". Drizzle leaves the table name out of
 * selected SQL expressions when a query reads a single table, so a correlated subquery
 * such as `(select count(*) from organisations where administrator_id = id)` would
 * silently compare with the subquery's own id. Use this for the outer column.
 */
export function outer(column: Column): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}

/**
 * The total of a paged list, counted only when the page cannot tell it: a page neither empty nor
 * full is the last one (as is an empty first page), so the total is the rows before it plus its
 * own. Saves the count query of most lists in a user's scope, which fit on one page.
 */
export async function pagedTotal(shown: number, page: number, pageSize: number, countAll: () => Promise<number>): Promise<number> {
  if (shown < pageSize && (shown > 0 || page === 1)) return (page - 1) * pageSize + shown;
  return countAll();
}

/**
 * A scope condition as a boolean column: "may the caller open this row's page". Lists of public
 * rows select it so a view links only what the caller's own page request would not refuse.
 */
export function conditionFlag(condition: SQL | undefined): SQL<boolean> {
  return condition === undefined ? sql<boolean>`true` : sql<boolean>`coalesce((${condition}), false)`;
}
