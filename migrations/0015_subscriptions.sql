CREATE TABLE "public_subscriptions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "public_subscriptions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_ref" text NOT NULL,
	"unsubscribe_token" text NOT NULL,
	"confirm_token_hash" text,
	"confirm_expires_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"seen_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"last_digest_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "headers" jsonb;--> statement-breakpoint
CREATE UNIQUE INDEX "public_subscriptions_one_per_scope" ON "public_subscriptions" USING btree ("email","scope_kind","scope_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "public_subscriptions_confirm_token" ON "public_subscriptions" USING btree ("confirm_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "public_subscriptions_unsubscribe_token" ON "public_subscriptions" USING btree ("unsubscribe_token");--> statement-breakpoint
CREATE INDEX "public_subscriptions_confirmed" ON "public_subscriptions" USING btree ("confirmed_at");