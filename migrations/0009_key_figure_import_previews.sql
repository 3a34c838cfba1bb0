CREATE TABLE "key_figure_import_previews" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "key_figure_import_previews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_by" integer NOT NULL,
	"organisation_id" integer,
	"file_name" text NOT NULL,
	"file_hash" char(64) NOT NULL,
	"source" text NOT NULL,
	"year" integer,
	"watermark" integer DEFAULT 0 NOT NULL,
	"report" jsonb NOT NULL,
	"errors" jsonb NOT NULL,
	"status" text DEFAULT 'preview' NOT NULL,
	"import_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "key_figure_import_previews" ADD CONSTRAINT "key_figure_import_previews_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_figure_import_previews" ADD CONSTRAINT "key_figure_import_previews_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_figure_import_previews" ADD CONSTRAINT "key_figure_import_previews_file_hash_stored_files_sha256_fk" FOREIGN KEY ("file_hash") REFERENCES "public"."stored_files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_figure_import_previews" ADD CONSTRAINT "key_figure_import_previews_import_id_key_figure_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."key_figure_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "key_figure_import_previews_created_by_idx" ON "key_figure_import_previews" USING btree ("created_by");