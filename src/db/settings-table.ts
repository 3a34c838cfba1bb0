import { pgTable, text } from 'drizzle-orm/pg-core';

/** Installation-wide values that every app process must agree on. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
