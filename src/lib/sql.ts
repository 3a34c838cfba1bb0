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
