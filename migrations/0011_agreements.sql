CREATE TABLE "agreement_estates" (
	"agreement_id" integer NOT NULL,
	"estate_id" integer NOT NULL,
	CONSTRAINT "agreement_estates_agreement_id_estate_id_pk" PRIMARY KEY("agreement_id","estate_id")
);
--> statement-breakpoint
CREATE TABLE "agreement_follow_ups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agreement_follow_ups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agreement_id" integer NOT NULL,
	"year" integer NOT NULL,
	"note" text NOT NULL,
	"actor_label" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_status_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agreement_status_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agreement_id" integer NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text,
	"actor_user_id" integer,
	"actor_label" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agreements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisation_id" integer NOT NULL,
	"governance_year" integer NOT NULL,
	"theme" text NOT NULL,
	"text" text NOT NULL,
	"responsible_side" text NOT NULL,
	"responsible_person" text,
	"deadline" date,
	"status" text DEFAULT 'ikke_startet' NOT NULL,
	"decision_id" integer,
	"target_indicator" text,
	"target_comparator" text,
	"target_value" double precision,
	"target_year" integer,
	"target_estate_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreements_target_check" CHECK (("agreements"."target_indicator" is null) = ("agreements"."target_comparator" is null) and ("agreements"."target_indicator" is null) = ("agreements"."target_value" is null) and ("agreements"."target_indicator" is null) = ("agreements"."target_year" is null))
);
--> statement-breakpoint
ALTER TABLE "agreement_estates" ADD CONSTRAINT "agreement_estates_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_estates" ADD CONSTRAINT "agreement_estates_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_follow_ups" ADD CONSTRAINT "agreement_follow_ups_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_status_events" ADD CONSTRAINT "agreement_status_events_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_target_indicator_indicators_code_fk" FOREIGN KEY ("target_indicator") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_target_estate_id_estates_id_fk" FOREIGN KEY ("target_estate_id") REFERENCES "public"."estates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_follow_ups_agreement_year_key" ON "agreement_follow_ups" USING btree ("agreement_id","year");--> statement-breakpoint
CREATE INDEX "agreement_status_events_agreement_idx" ON "agreement_status_events" USING btree ("agreement_id","at");--> statement-breakpoint
CREATE INDEX "agreements_organisation_year_idx" ON "agreements" USING btree ("organisation_id","governance_year");--> statement-breakpoint
CREATE UNIQUE INDEX "agreements_decision_key" ON "agreements" USING btree ("decision_id");