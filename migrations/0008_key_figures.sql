CREATE TABLE "action_plans" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "action_plans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"estate_id" integer NOT NULL,
	"year" integer NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"deadline" date,
	"handled_at" timestamp with time zone,
	"handled_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_plans_estate_year_key" UNIQUE("estate_id","year")
);
--> statement-breakpoint
CREATE TABLE "area_statistics" (
	"area_id" integer NOT NULL,
	"year" integer NOT NULL,
	"residents" integer NOT NULL,
	"outside_work_pct" numeric,
	"convictions_ratio" numeric,
	"primary_school_only_pct" numeric,
	"income_ratio_pct" numeric,
	"non_western_pct" numeric,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "area_statistics_area_id_year_pk" PRIMARY KEY("area_id","year")
);
--> statement-breakpoint
CREATE TABLE "data_quality_resolutions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "data_quality_resolutions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"estate_id" integer NOT NULL,
	"source" text NOT NULL,
	"field" text NOT NULL,
	"registry_value" integer,
	"source_value" integer,
	"resolution" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"resolved_by" integer,
	"resolved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estate_figures" (
	"estate_id" integer NOT NULL,
	"year" integer NOT NULL,
	"values" jsonb NOT NULL,
	"ranks" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"import_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "estate_figures_estate_id_year_pk" PRIMARY KEY("estate_id","year")
);
--> statement-breakpoint
CREATE TABLE "estate_source_facts" (
	"estate_id" integer NOT NULL,
	"source" text NOT NULL,
	"year" integer NOT NULL,
	"homes" integer,
	"area_m2" integer,
	"import_id" integer,
	CONSTRAINT "estate_source_facts_estate_id_source_pk" PRIMARY KEY("estate_id","source")
);
--> statement-breakpoint
CREATE TABLE "housing_area_estates" (
	"area_id" integer NOT NULL,
	"estate_id" integer NOT NULL,
	CONSTRAINT "housing_area_estates_area_id_estate_id_pk" PRIMARY KEY("area_id","estate_id")
);
--> statement-breakpoint
CREATE TABLE "housing_areas" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "housing_areas_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"municipality_code" char(4) NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"unit" text NOT NULL,
	"level" text NOT NULL,
	"direction" text NOT NULL,
	"decimals" integer DEFAULT 0 NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_decimals_check" CHECK ("indicators"."decimals" between 0 and 4)
);
--> statement-breakpoint
CREATE TABLE "key_figure_imports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "key_figure_imports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"file_name" text NOT NULL,
	"source" text NOT NULL,
	"format" text NOT NULL,
	"years" jsonb NOT NULL,
	"row_count" integer NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_thresholds" (
	"valid_from" integer NOT NULL,
	"key" text NOT NULL,
	"value" numeric NOT NULL,
	CONSTRAINT "monitoring_thresholds_valid_from_key_pk" PRIMARY KEY("valid_from","key")
);
--> statement-breakpoint
CREATE TABLE "organisation_figures" (
	"organisation_id" integer NOT NULL,
	"year" integer NOT NULL,
	"values" jsonb NOT NULL,
	"import_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_figures_organisation_id_year_pk" PRIMARY KEY("organisation_id","year")
);
--> statement-breakpoint
CREATE TABLE "traffic_light_rules" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "traffic_light_rules_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"indicator_code" text NOT NULL,
	"municipality_code" char(4),
	"kind" text NOT NULL,
	"yellow" numeric NOT NULL,
	"red" numeric NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "traffic_light_rules_indicator_municipality_key" UNIQUE NULLS NOT DISTINCT("indicator_code","municipality_code")
);
--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_statistics" ADD CONSTRAINT "area_statistics_area_id_housing_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."housing_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_quality_resolutions" ADD CONSTRAINT "data_quality_resolutions_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_quality_resolutions" ADD CONSTRAINT "data_quality_resolutions_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_figures" ADD CONSTRAINT "estate_figures_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_figures" ADD CONSTRAINT "estate_figures_import_id_key_figure_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."key_figure_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_source_facts" ADD CONSTRAINT "estate_source_facts_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estate_source_facts" ADD CONSTRAINT "estate_source_facts_import_id_key_figure_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."key_figure_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_area_estates" ADD CONSTRAINT "housing_area_estates_area_id_housing_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."housing_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_area_estates" ADD CONSTRAINT "housing_area_estates_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_areas" ADD CONSTRAINT "housing_areas_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_figure_imports" ADD CONSTRAINT "key_figure_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_figures" ADD CONSTRAINT "organisation_figures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_figures" ADD CONSTRAINT "organisation_figures_import_id_key_figure_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."key_figure_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "traffic_light_rules" ADD CONSTRAINT "traffic_light_rules_indicator_code_indicators_code_fk" FOREIGN KEY ("indicator_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "traffic_light_rules" ADD CONSTRAINT "traffic_light_rules_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "data_quality_resolutions_estate_idx" ON "data_quality_resolutions" USING btree ("estate_id","source","field");--> statement-breakpoint
CREATE INDEX "estate_figures_year_idx" ON "estate_figures" USING btree ("year");--> statement-breakpoint
CREATE INDEX "housing_area_estates_estate_idx" ON "housing_area_estates" USING btree ("estate_id");