CREATE TABLE "council_report_sections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "council_report_sections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"report_id" integer NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"heading" text NOT NULL,
	"text" text NOT NULL,
	"generated" boolean NOT NULL,
	"edited" boolean DEFAULT false NOT NULL,
	"table" jsonb,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "council_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "council_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"municipality_code" char(4) NOT NULL,
	"governance_year" integer NOT NULL,
	"status" text DEFAULT 'udkast' NOT NULL,
	"approved_on" date,
	"approved_by" text,
	"generated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "council_report_sections" ADD CONSTRAINT "council_report_sections_report_id_council_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."council_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_reports" ADD CONSTRAINT "council_reports_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "council_report_sections_report_key" ON "council_report_sections" USING btree ("report_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "council_reports_municipality_year_key" ON "council_reports" USING btree ("municipality_code","governance_year");