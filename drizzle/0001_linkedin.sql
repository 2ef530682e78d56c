CREATE TYPE "public"."consent_status" AS ENUM('on', 'off');--> statement-breakpoint
CREATE TYPE "public"."import_status" AS ENUM('running', 'succeeded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."profile_kind" AS ENUM('member', 'company');--> statement-breakpoint
CREATE TYPE "public"."recorded_via" AS ENUM('manual', 'api', 'import');--> statement-breakpoint
CREATE TABLE "consent_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"profile_id" uuid NOT NULL,
	"status" "consent_status" NOT NULL,
	"effective_at" timestamp with time zone NOT NULL,
	"note" text,
	"recorded_via" "recorded_via" NOT NULL,
	"recorded_by" uuid,
	"recorded_by_token" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follower_counts" (
	"profile_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"day" date NOT NULL,
	"total" bigint,
	"new_followers" bigint,
	CONSTRAINT "follower_counts_profile_id_day_pk" PRIMARY KEY("profile_id","day")
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"profile_id" uuid,
	"format" text,
	"file_name" text NOT NULL,
	"checksum" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"status" "import_status" DEFAULT 'running' NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"added" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"skipped" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notices" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"message" text,
	"created_by" uuid,
	"created_by_token" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "post_metrics" (
	"post_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"captured_on" date NOT NULL,
	"impressions" bigint,
	"members_reached" bigint,
	"reactions" bigint,
	"comments" bigint,
	"reposts" bigint,
	"clicks" bigint,
	"saves" bigint,
	"engagements" bigint,
	"import_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "post_metrics_post_id_captured_on_pk" PRIMARY KEY("post_id","captured_on")
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"profile_id" uuid NOT NULL,
	"activity_id" text NOT NULL,
	"url" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"text" text,
	"media_kind" text,
	"visibility" text,
	"shared_url" text,
	"exposed_at_publication" boolean DEFAULT false NOT NULL,
	"ever_exposed" boolean DEFAULT false NOT NULL,
	"exposure_state" text,
	"latest_captured_on" date,
	"latest_impressions" bigint,
	"latest_members_reached" bigint,
	"latest_reactions" bigint,
	"latest_comments" bigint,
	"latest_reposts" bigint,
	"latest_clicks" bigint,
	"latest_engagement_rate" double precision,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', coalesce(text, '') || ' ' || coalesce(shared_url, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "profile_daily_reach" (
	"profile_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"day" date NOT NULL,
	"impressions" bigint,
	"engagements" bigint,
	"members_reached" bigint,
	CONSTRAINT "profile_daily_reach_profile_id_day_pk" PRIMARY KEY("profile_id","day")
);
--> statement-breakpoint
CREATE TABLE "profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "profile_kind" NOT NULL,
	"linkedin_url" text,
	"region" text NOT NULL,
	"member_user_id" uuid,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region_rule_defaults" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"effective_from" date NOT NULL,
	"regions" text[] NOT NULL,
	"exempt" boolean NOT NULL,
	"default_on" boolean NOT NULL,
	"label" text NOT NULL,
	"source_title" text NOT NULL,
	"source_url" text NOT NULL,
	"start_unconfirmed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"effective_from" date NOT NULL,
	"regions" text[] NOT NULL,
	"exempt" boolean NOT NULL,
	"default_on" boolean NOT NULL,
	"label" text NOT NULL,
	"source_title" text NOT NULL,
	"source_url" text NOT NULL,
	"start_unconfirmed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consent_events" ADD CONSTRAINT "consent_events_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_events" ADD CONSTRAINT "consent_events_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_events" ADD CONSTRAINT "consent_events_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_events" ADD CONSTRAINT "consent_events_recorded_by_token_api_tokens_id_fk" FOREIGN KEY ("recorded_by_token") REFERENCES "public"."api_tokens"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follower_counts" ADD CONSTRAINT "follower_counts_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follower_counts" ADD CONSTRAINT "follower_counts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_created_by_token_api_tokens_id_fk" FOREIGN KEY ("created_by_token") REFERENCES "public"."api_tokens"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_metrics" ADD CONSTRAINT "post_metrics_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_metrics" ADD CONSTRAINT "post_metrics_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile_daily_reach" ADD CONSTRAINT "profile_daily_reach_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile_daily_reach" ADD CONSTRAINT "profile_daily_reach_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profiles" ADD CONSTRAINT "profiles_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profiles" ADD CONSTRAINT "profiles_member_user_id_users_id_fk" FOREIGN KEY ("member_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_rules" ADD CONSTRAINT "region_rules_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_events_profile_idx" ON "consent_events" USING btree ("workspace_id","profile_id","effective_at");--> statement-breakpoint
CREATE INDEX "imports_workspace_idx" ON "imports" USING btree ("workspace_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "post_metrics_workspace_idx" ON "post_metrics" USING btree ("workspace_id","captured_on");--> statement-breakpoint
CREATE UNIQUE INDEX "posts_activity_idx" ON "posts" USING btree ("workspace_id","activity_id");--> statement-breakpoint
CREATE INDEX "posts_published_idx" ON "posts" USING btree ("workspace_id","published_at" desc,"id" desc);--> statement-breakpoint
CREATE INDEX "posts_profile_published_idx" ON "posts" USING btree ("workspace_id","profile_id","published_at" desc,"id" desc);--> statement-breakpoint
CREATE INDEX "posts_latest_impressions_idx" ON "posts" USING btree ("workspace_id",coalesce("latest_impressions", -1) desc,"id" desc);--> statement-breakpoint
CREATE INDEX "posts_latest_members_reached_idx" ON "posts" USING btree ("workspace_id",coalesce("latest_members_reached", -1) desc,"id" desc);--> statement-breakpoint
CREATE INDEX "posts_latest_reactions_idx" ON "posts" USING btree ("workspace_id",coalesce("latest_reactions", -1) desc,"id" desc);--> statement-breakpoint
CREATE INDEX "posts_latest_engagement_rate_idx" ON "posts" USING btree ("workspace_id",coalesce("latest_engagement_rate", -1) desc,"id" desc);--> statement-breakpoint
CREATE INDEX "posts_search_idx" ON "posts" USING gin ("search");--> statement-breakpoint
CREATE INDEX "profiles_workspace_idx" ON "profiles" USING btree ("workspace_id","name");--> statement-breakpoint
CREATE INDEX "region_rules_workspace_idx" ON "region_rules" USING btree ("workspace_id","effective_from");