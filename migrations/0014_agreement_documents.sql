CREATE TABLE "agreement_document_sections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agreement_document_sections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"document_id" integer NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"heading" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"generated" boolean NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_documents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agreement_documents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisation_id" integer NOT NULL,
	"municipality_code" char(4) NOT NULL,
	"governance_year" integer NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'udkast' NOT NULL,
	"sent_at" timestamp with time zone,
	"municipality_approved_at" timestamp with time zone,
	"municipality_approved_by" text,
	"organisation_approved_at" timestamp with time zone,
	"organisation_approved_by" text,
	"published_at" timestamp with time zone,
	"published_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agreement_document_sections" ADD CONSTRAINT "agreement_document_sections_document_id_agreement_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."agreement_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_documents" ADD CONSTRAINT "agreement_documents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_documents" ADD CONSTRAINT "agreement_documents_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_document_sections_key" ON "agreement_document_sections" USING btree ("document_id","key");--> statement-breakpoint
CREATE INDEX "agreement_document_sections_doc_idx" ON "agreement_document_sections" USING btree ("document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_documents_org_year_number_key" ON "agreement_documents" USING btree ("organisation_id","governance_year","number");