CREATE TYPE "public"."import_kind" AS ENUM('posts', 'answers');--> statement-breakpoint
CREATE TYPE "public"."answer_source" AS ENUM('manual', 'api', 'import', 'probe');--> statement-breakpoint
CREATE TYPE "public"."answer_engine" AS ENUM('chatgpt', 'copilot', 'gemini', 'perplexity', 'claude', 'other');--> statement-breakpoint
CREATE TYPE "public"."engine_protocol" AS ENUM('openai', 'anthropic');--> statement-breakpoint
CREATE TYPE "public"."probe_run_status" AS ENUM('queued', 'running', 'succeeded', 'failed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."probe_trigger" AS ENUM('manual', 'schedule');--> statement-breakpoint
CREATE TYPE "public"."prompt_schedule" AS ENUM('manual', 'daily', 'weekly');--> statement-breakpoint
CREATE TABLE "answer_citations" (
	"workspace_id" uuid NOT NULL,
	"answer_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"url" text NOT NULL,
	"host" text,
	"ours" boolean NOT NULL,
	"entity_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"linkedin_post_id" text,
	CONSTRAINT "answer_citations_answer_id_position_pk" PRIMARY KEY("answer_id","position")
);
--> statement-breakpoint
CREATE TABLE "answer_entities" (
	"workspace_id" uuid NOT NULL,
	"answer_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"rank" integer NOT NULL,
	"visibility" double precision NOT NULL,
	"word_share" double precision NOT NULL,
	"sentiment" double precision NOT NULL,
	"mention_count" integer NOT NULL,
	"own_citation" boolean NOT NULL,
	CONSTRAINT "answer_entities_answer_id_entity_id_pk" PRIMARY KEY("answer_id","entity_id")
);
--> statement-breakpoint
CREATE TABLE "answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"engine" "answer_engine" NOT NULL,
	"model" text,
	"asked_at" timestamp with time zone NOT NULL,
	"prompt" text NOT NULL,
	"answer" text NOT NULL,
	"citations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source" "answer_source" NOT NULL,
	"prompt_id" uuid,
	"engine_id" uuid,
	"probe_run_id" uuid,
	"import_id" uuid,
	"external_id" text,
	"content_key" text NOT NULL,
	"scanned_version" integer DEFAULT 0 NOT NULL,
	"word_count" integer DEFAULT 0 NOT NULL,
	"sentence_count" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_by_token" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentions" (
	"workspace_id" uuid NOT NULL,
	"answer_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"alias" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"rank" integer NOT NULL,
	"visibility" double precision NOT NULL,
	"word_share" double precision NOT NULL,
	"sentiment" double precision NOT NULL,
	CONSTRAINT "mentions_answer_id_start_pk" PRIMARY KEY("answer_id","start")
);
--> statement-breakpoint
CREATE TABLE "engines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"product" "answer_engine" NOT NULL,
	"protocol" "engine_protocol" NOT NULL,
	"base_url" text NOT NULL,
	"model" text NOT NULL,
	"api_key_sealed" text,
	"api_key_hint" text,
	"system_prompt" text,
	"temperature" real,
	"max_tokens" integer,
	"concurrency" integer DEFAULT 2 NOT NULL,
	"timeout_seconds" integer DEFAULT 60 NOT NULL,
	"max_attempts" integer DEFAULT 3 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "probe_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"prompt_id" uuid NOT NULL,
	"engine_id" uuid NOT NULL,
	"trigger" "probe_trigger" NOT NULL,
	"scheduled_for" timestamp with time zone NOT NULL,
	"status" "probe_run_status" DEFAULT 'queued' NOT NULL,
	"attempts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error_kind" text,
	"error" text,
	"http_status" integer,
	"input_tokens" integer,
	"output_tokens" integer,
	"latency_ms" integer,
	"answer_id" uuid,
	"lease_expires_at" timestamp with time zone,
	"requested_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "prompt_engines" (
	"workspace_id" uuid NOT NULL,
	"prompt_id" uuid NOT NULL,
	"engine_id" uuid NOT NULL,
	CONSTRAINT "prompt_engines_prompt_id_engine_id_pk" PRIMARY KEY("prompt_id","engine_id")
);
--> statement-breakpoint
CREATE TABLE "tracked_prompts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"text" text NOT NULL,
	"schedule" "prompt_schedule" DEFAULT 'manual' NOT NULL,
	"next_run_at" timestamp with time zone,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "entities_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "kind" "import_kind" DEFAULT 'posts' NOT NULL;--> statement-breakpoint
ALTER TABLE "answer_citations" ADD CONSTRAINT "answer_citations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_citations" ADD CONSTRAINT "answer_citations_answer_id_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_entities" ADD CONSTRAINT "answer_entities_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_entities" ADD CONSTRAINT "answer_entities_answer_id_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_entities" ADD CONSTRAINT "answer_entities_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_prompt_id_tracked_prompts_id_fk" FOREIGN KEY ("prompt_id") REFERENCES "public"."tracked_prompts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_engine_id_engines_id_fk" FOREIGN KEY ("engine_id") REFERENCES "public"."engines"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_probe_run_id_probe_runs_id_fk" FOREIGN KEY ("probe_run_id") REFERENCES "public"."probe_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_created_by_token_api_tokens_id_fk" FOREIGN KEY ("created_by_token") REFERENCES "public"."api_tokens"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_answer_id_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engines" ADD CONSTRAINT "engines_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probe_runs" ADD CONSTRAINT "probe_runs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probe_runs" ADD CONSTRAINT "probe_runs_prompt_id_tracked_prompts_id_fk" FOREIGN KEY ("prompt_id") REFERENCES "public"."tracked_prompts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probe_runs" ADD CONSTRAINT "probe_runs_engine_id_engines_id_fk" FOREIGN KEY ("engine_id") REFERENCES "public"."engines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probe_runs" ADD CONSTRAINT "probe_runs_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prompt_engines" ADD CONSTRAINT "prompt_engines_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prompt_engines" ADD CONSTRAINT "prompt_engines_prompt_id_tracked_prompts_id_fk" FOREIGN KEY ("prompt_id") REFERENCES "public"."tracked_prompts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prompt_engines" ADD CONSTRAINT "prompt_engines_engine_id_engines_id_fk" FOREIGN KEY ("engine_id") REFERENCES "public"."engines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracked_prompts" ADD CONSTRAINT "tracked_prompts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "answer_citations_host_idx" ON "answer_citations" USING btree ("workspace_id","host");--> statement-breakpoint
CREATE INDEX "answer_entities_entity_idx" ON "answer_entities" USING btree ("workspace_id","entity_id");--> statement-breakpoint
CREATE INDEX "answers_workspace_asked_idx" ON "answers" USING btree ("workspace_id","asked_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "answers_engine_idx" ON "answers" USING btree ("workspace_id","engine","asked_at");--> statement-breakpoint
CREATE INDEX "answers_prompt_idx" ON "answers" USING btree ("prompt_id");--> statement-breakpoint
CREATE INDEX "answers_scan_idx" ON "answers" USING btree ("workspace_id","scanned_version");--> statement-breakpoint
CREATE UNIQUE INDEX "answers_content_idx" ON "answers" USING btree ("workspace_id","content_key");--> statement-breakpoint
CREATE UNIQUE INDEX "answers_external_idx" ON "answers" USING btree ("workspace_id","external_id") WHERE "answers"."external_id" is not null;--> statement-breakpoint
CREATE INDEX "mentions_entity_idx" ON "mentions" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "engines_workspace_idx" ON "engines" USING btree ("workspace_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "probe_runs_slot_idx" ON "probe_runs" USING btree ("prompt_id","engine_id","scheduled_for");--> statement-breakpoint
CREATE INDEX "probe_runs_workspace_idx" ON "probe_runs" USING btree ("workspace_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "probe_runs_engine_status_idx" ON "probe_runs" USING btree ("engine_id","status");--> statement-breakpoint
CREATE INDEX "probe_runs_status_idx" ON "probe_runs" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "prompt_engines_engine_idx" ON "prompt_engines" USING btree ("engine_id");--> statement-breakpoint
CREATE INDEX "tracked_prompts_workspace_idx" ON "tracked_prompts" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "tracked_prompts_due_idx" ON "tracked_prompts" USING btree ("next_run_at");