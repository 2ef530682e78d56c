ALTER TABLE "answers" ADD COLUMN "us_best_rank" integer;--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "us_mentions" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "all_mentions" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "us_visibility" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "answers_visibility_idx" ON "answers" USING btree ("workspace_id","asked_at","engine","us_best_rank","us_mentions","all_mentions","us_visibility");--> statement-breakpoint
-- Existing answers get their new totals from a background re-scan (lib/answers/scan.ts).
UPDATE "answers" SET "scanned_version" = 0;
