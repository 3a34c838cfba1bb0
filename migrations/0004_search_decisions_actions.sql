ALTER TABLE "action_items" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('danish', text || ' ' || coalesce(responsible, ''))) STORED;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('danish', coalesce(body, '') || ' ' || text)) STORED;--> statement-breakpoint
CREATE INDEX "action_items_search_idx" ON "action_items" USING gin ("search");--> statement-breakpoint
CREATE INDEX "decisions_search_idx" ON "decisions" USING gin ("search");