CREATE TABLE "letting_agreement_estates" (
	"agreement_id" integer NOT NULL,
	"estate_id" integer NOT NULL,
	CONSTRAINT "letting_agreement_estates_agreement_id_estate_id_pk" PRIMARY KEY("agreement_id","estate_id")
);
--> statement-breakpoint
CREATE TABLE "letting_agreements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "letting_agreements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisation_id" integer NOT NULL,
	"municipality_code" char(4) NOT NULL,
	"kind" text NOT NULL,
	"share_percent" integer,
	"homes_count" integer,
	"homes_text" text,
	"priority_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"status" text DEFAULT 'udkast' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	"approved_at" timestamp with time zone,
	"approved_by" text,
	"evaluation_date" date,
	"note" text,
	"expiry_warned_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "letting_agreements_period" CHECK ("letting_agreements"."valid_to" >= "letting_agreements"."valid_from"),
	CONSTRAINT "letting_agreements_share" CHECK ("letting_agreements"."share_percent" is null or "letting_agreements"."share_percent" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "letting_agreement_estates" ADD CONSTRAINT "letting_agreement_estates_agreement_id_letting_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."letting_agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letting_agreement_estates" ADD CONSTRAINT "letting_agreement_estates_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letting_agreements" ADD CONSTRAINT "letting_agreements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letting_agreements" ADD CONSTRAINT "letting_agreements_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "letting_agreement_estates_estate_idx" ON "letting_agreement_estates" USING btree ("estate_id");--> statement-breakpoint
CREATE INDEX "letting_agreements_municipality_idx" ON "letting_agreements" USING btree ("municipality_code","valid_to");--> statement-breakpoint
CREATE INDEX "letting_agreements_organisation_idx" ON "letting_agreements" USING btree ("organisation_id");