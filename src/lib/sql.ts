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
 * A scope condition as a selected true/false column: `undefined` (no limit, an admin) is true,
 * and SQL's unknown (a comparison with null) is false. For lists that show every row but link
 * only those the caller may open.
 */
export function conditionFlag(condition: SQL | undefined): SQL<boolean> {
  return condition ? sql<boolean>`coalesce(${condition}, false)` : sql<boolean>`true`;
}
