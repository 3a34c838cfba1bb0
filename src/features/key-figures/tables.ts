import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { users } from '../../auth/tables.ts';
import { estates, municipalities, organisations } from '../registry/tables.ts';

/*
 * Key figures (nøgletal): the indicator catalogue, the yearly figures per estate and per
 * organisation, the traffic-light rules, the action plans asked for after three red years,
 * the housing areas under monitoring (almenboligloven § 61 a/b) and the data-quality checks.
 */

export const INDICATOR_LEVELS = ['estate', 'organisation'] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];
/** Which way is good: a higher henlæggelse is better, a higher rent or vacancy is worse; homes and m² are neither. */
export const DIRECTIONS = ['higher', 'lower', 'none'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const indicators = pgTable(
  'indicators',
  {
    // Stable key, also the column name of the import layout (e.g. "henlaeggelser").
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    unit: text('unit').notNull(),
    level: text('level', { enum: INDICATOR_LEVELS }).notNull(),
    direction: text('direction', { enum: DIRECTIONS }).notNull(),
    decimals: integer('decimals').notNull().default(0),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('indicators_decimals_check', sql`${t.decimals} between 0 and 4`)],
);

/** One import of a figures file: who, which file, which source, what it changed (the report shown afterwards). */
export const keyFigureImports = pgTable('key_figure_imports', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  fileName: text('file_name').notNull(),
  // Where the figures come from ("Landsbyggefonden", "BBR", "Danmarks Statistik"): data quality compares sources.
  source: text('source').notNull(),
  format: text('format').notNull(),
  years: jsonb('years').$type<number[]>().notNull(),
  rowCount: integer('row_count').notNull(),
  summary: jsonb('summary').$type<Record<string, unknown>>().notNull().default({}),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * An estate's figures of one year: the values by indicator code, and each value's percentile
 * among comparable estates (its twin group) that year, refreshed after each import. One row per
 * estate-year keeps a national import (100,000 estate-years × 20 indicators) to 100,000 rows.
 */
export const estateFigures = pgTable(
  'estate_figures',
  {
    estateId: integer('estate_id')
      .notNull()
      .references(() => estates.id),
    year: integer('year').notNull(),
    values: jsonb('values').$type<Record<string, number>>().notNull(),
    // Percentile 0–100 within the twin group, by indicator code; lower value = lower percentile.
    ranks: jsonb('ranks').$type<Record<string, number>>().notNull().default({}),
    importId: integer('import_id').references(() => keyFigureImports.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.estateId, t.year] }), index('estate_figures_year_idx').on(t.year)],
);

export const organisationFigures = pgTable(
  'organisation_figures',
  {
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    year: integer('year').notNull(),
    values: jsonb('values').$type<Record<string, number>>().notNull(),
    importId: integer('import_id').references(() => keyFigureImports.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.year] })],
);

export const RULE_KINDS = ['absolute', 'relative'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/**
 * A traffic-light rule for one indicator: the default (no municipality) or a municipality's own.
 * Absolute: the thresholds are values of the indicator (henlæggelser below 200 → gul, below 100 → rød
 * when higher is better). Relative: the thresholds are percentiles among comparable estates, counted
 * from the bad end (red 10 = the worst 10 %).
 */
export const trafficLightRules = pgTable(
  'traffic_light_rules',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    indicatorCode: text('indicator_code')
      .notNull()
      .references(() => indicators.code),
    municipalityCode: char('municipality_code', { length: 4 }).references(() => municipalities.code),
    kind: text('kind', { enum: RULE_KINDS }).notNull(),
    yellow: numeric('yellow', { mode: 'number' }).notNull(),
    red: numeric('red', { mode: 'number' }).notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('traffic_light_rules_indicator_municipality_key').on(t.indicatorCode, t.municipalityCode).nullsNotDistinct()],
);

/** Asked of the organisation when an estate has been red three years in a row; shown until handled. */
export const actionPlans = pgTable(
  'action_plans',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    estateId: integer('estate_id')
      .notNull()
      .references(() => estates.id),
    // The third red year, the one that asked for the plan.
    year: integer('year').notNull(),
    text: text('text').notNull().default(''),
    deadline: date('deadline', { mode: 'string' }),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handledBy: integer('handled_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('action_plans_estate_year_key').on(t.estateId, t.year)],
);

/** A named group of estates (of one or more organisations) monitored under almenboligloven § 61 a/b. */
export const housingAreas = pgTable('housing_areas', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull(),
  municipalityCode: char('municipality_code', { length: 4 })
    .notNull()
    .references(() => municipalities.code),
  active: boolean('active').notNull().default(true),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const housingAreaEstates = pgTable(
  'housing_area_estates',
  {
    areaId: integer('area_id')
      .notNull()
      .references(() => housingAreas.id),
    estateId: integer('estate_id')
      .notNull()
      .references(() => estates.id),
  },
  (t) => [primaryKey({ columns: [t.areaId, t.estateId] }), index('housing_area_estates_estate_idx').on(t.estateId)],
);

/**
 * An area's figures of one year for the law's criteria: residents, the shares in per cent, the
 * convictions as a multiple of the national average, the income as per cent of the region's.
 */
export const areaStatistics = pgTable(
  'area_statistics',
  {
    areaId: integer('area_id')
      .notNull()
      .references(() => housingAreas.id),
    year: integer('year').notNull(),
    residents: integer('residents').notNull(),
    outsideWorkPct: numeric('outside_work_pct', { mode: 'number' }),
    convictionsRatio: numeric('convictions_ratio', { mode: 'number' }),
    primarySchoolOnlyPct: numeric('primary_school_only_pct', { mode: 'number' }),
    incomeRatioPct: numeric('income_ratio_pct', { mode: 'number' }),
    nonWesternPct: numeric('non_western_pct', { mode: 'number' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.areaId, t.year] })],
);

/** The law's thresholds as data, by the year they apply from: the law changes, the code need not. */
export const monitoringThresholds = pgTable(
  'monitoring_thresholds',
  {
    validFrom: integer('valid_from').notNull(),
    key: text('key').notNull(),
    value: numeric('value', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.validFrom, t.key] })],
);

/** Homes and m² of an estate as an imported source states them, for comparison with the registry. */
export const estateSourceFacts = pgTable(
  'estate_source_facts',
  {
    estateId: integer('estate_id')
      .notNull()
      .references(() => estates.id),
    source: text('source').notNull(),
    year: integer('year').notNull(),
    homes: integer('homes'),
    areaM2: integer('area_m2'),
    importId: integer('import_id').references(() => keyFigureImports.id),
  },
  (t) => [primaryKey({ columns: [t.estateId, t.source] })],
);

export const QUALITY_FIELDS = ['homes', 'area_m2'] as const;
export const QUALITY_RESOLUTIONS = ['registry', 'source', 'explained'] as const;

/** How an organisation resolved a mismatch: kept the registry's value, took the source's, or explained it. */
export const dataQualityResolutions = pgTable(
  'data_quality_resolutions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    estateId: integer('estate_id')
      .notNull()
      .references(() => estates.id),
    source: text('source').notNull(),
    field: text('field', { enum: QUALITY_FIELDS }).notNull(),
    // The two values the resolution was made on: a new import with other values reopens the mismatch.
    registryValue: integer('registry_value'),
    sourceValue: integer('source_value'),
    resolution: text('resolution', { enum: QUALITY_RESOLUTIONS }).notNull(),
    note: text('note').notNull().default(''),
    resolvedBy: integer('resolved_by').references(() => users.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('data_quality_resolutions_estate_idx').on(t.estateId, t.source, t.field)],
);

export const BENCHMARK_GROUPS = ['twins', 'kind', 'municipality', 'country'] as const;
export type BenchmarkGroup = (typeof BENCHMARK_GROUPS)[number];

/**
 * The medians an estate is compared with, by year and group: its twin group ("familie|150-399|1084|1960-1979"),
 * its kind of homes in the whole country ("familie"), its supervising municipality ("0219") and the
 * country (""). Refreshed with the percentiles after each import: a page reads a handful of rows
 * instead of taking the median of every estate in the country on each request.
 */
export const benchmarkMedians = pgTable(
  'benchmark_medians',
  {
    year: integer('year').notNull(),
    groupKind: text('group_kind', { enum: BENCHMARK_GROUPS }).notNull(),
    groupKey: text('group_key').notNull(),
    medians: jsonb('medians').$type<Record<string, number>>().notNull(),
    // How many estates each median is taken over, by indicator code.
    counts: jsonb('counts').$type<Record<string, number>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupKind, t.groupKey, t.year] })],
);
