CREATE TABLE "post_day_totals" (
	"workspace_id" uuid NOT NULL,
	"profile_id" uuid NOT NULL,
	"day" date NOT NULL,
	"posts" integer NOT NULL,
	"impressions" double precision NOT NULL,
	"members_reached" double precision NOT NULL,
	"engagement" double precision NOT NULL,
	"engaged_impressions" double precision NOT NULL,
	"privacy_exposure" double precision NOT NULL,
	"ever_exposed_posts" integer NOT NULL,
	CONSTRAINT "post_day_totals_profile_id_day_pk" PRIMARY KEY("profile_id","day")
);
--> statement-breakpoint
CREATE TABLE "answer_day_totals" (
	"workspace_id" uuid NOT NULL,
	"day" date NOT NULL,
	"engine" "answer_engine" NOT NULL,
	"answers" integer NOT NULL,
	"mentioning" integer NOT NULL,
	"us_mentions" integer NOT NULL,
	"all_mentions" integer NOT NULL,
	"us_visibility" double precision NOT NULL,
	"us_rank_sum" integer NOT NULL,
	CONSTRAINT "answer_day_totals_workspace_id_day_engine_pk" PRIMARY KEY("workspace_id","day","engine")
);
--> statement-breakpoint
ALTER TABLE "post_day_totals" ADD CONSTRAINT "post_day_totals_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_day_totals" ADD CONSTRAINT "post_day_totals_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_day_totals" ADD CONSTRAINT "answer_day_totals_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "post_day_totals_workspace_idx" ON "post_day_totals" USING btree ("workspace_id","day");--> statement-breakpoint
-- Recomputes post_day_totals for the (workspace, profile, day) keys given: rows of the
-- touched days are deleted and summed again from posts, so the totals are exact whatever
-- changed (metrics, exposure, privacy, a post moved or deleted).
CREATE FUNCTION optlens_post_days_recompute(p_workspace uuid[], p_profile uuid[], p_day date[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM post_day_totals t
  USING (SELECT DISTINCT * FROM unnest(p_workspace, p_profile, p_day) AS u(workspace_id, profile_id, day)) k
  WHERE t.profile_id = k.profile_id AND t.day = k.day;
  INSERT INTO post_day_totals (workspace_id, profile_id, day, posts, impressions, members_reached, engagement, engaged_impressions, privacy_exposure, ever_exposed_posts)
  SELECT p.workspace_id, p.profile_id, k.day, count(*)::int,
    coalesce(sum(p.latest_impressions), 0)::float8,
    coalesce(sum(p.latest_members_reached), 0)::float8,
    coalesce(sum(coalesce(p.latest_engagement_rate * p.latest_impressions, 0)) FILTER (WHERE p.latest_impressions > 0), 0)::float8,
    coalesce(sum(p.latest_impressions) FILTER (WHERE p.latest_impressions > 0), 0)::float8,
    coalesce(sum(p.privacy_score) FILTER (WHERE p.ever_exposed), 0)::float8,
    (count(*) FILTER (WHERE p.ever_exposed))::int
  FROM (SELECT DISTINCT * FROM unnest(p_workspace, p_profile, p_day) AS u(workspace_id, profile_id, day)) k
  JOIN posts p ON p.workspace_id = k.workspace_id AND p.profile_id = k.profile_id
    AND p.published_at >= (k.day::timestamp AT TIME ZONE 'UTC') AND p.published_at < ((k.day + 1)::timestamp AT TIME ZONE 'UTC')
  GROUP BY p.workspace_id, p.profile_id, k.day;
$$;
--> statement-breakpoint
CREATE FUNCTION optlens_posts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM optlens_post_days_recompute(array_agg(workspace_id), array_agg(profile_id), array_agg((published_at AT TIME ZONE 'UTC')::date)) FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM optlens_post_days_recompute(array_agg(workspace_id), array_agg(profile_id), array_agg((published_at AT TIME ZONE 'UTC')::date)) FROM old_rows;
  ELSE
    PERFORM optlens_post_days_recompute(array_agg(workspace_id), array_agg(profile_id), array_agg((published_at AT TIME ZONE 'UTC')::date))
    FROM (SELECT workspace_id, profile_id, published_at FROM new_rows UNION SELECT workspace_id, profile_id, published_at FROM old_rows) changed;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER posts_day_totals_insert AFTER INSERT ON posts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION optlens_posts_changed();
--> statement-breakpoint
CREATE TRIGGER posts_day_totals_update AFTER UPDATE ON posts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION optlens_posts_changed();
--> statement-breakpoint
CREATE TRIGGER posts_day_totals_delete AFTER DELETE ON posts REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION optlens_posts_changed();
--> statement-breakpoint
CREATE FUNCTION optlens_answer_days_recompute(p_workspace uuid[], p_day date[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM answer_day_totals t
  USING (SELECT DISTINCT * FROM unnest(p_workspace, p_day) AS u(workspace_id, day)) k
  WHERE t.workspace_id = k.workspace_id AND t.day = k.day;
  INSERT INTO answer_day_totals (workspace_id, day, engine, answers, mentioning, us_mentions, all_mentions, us_visibility, us_rank_sum)
  SELECT a.workspace_id, k.day, a.engine, count(*)::int, count(a.us_best_rank)::int,
    coalesce(sum(a.us_mentions), 0)::int, coalesce(sum(a.all_mentions), 0)::int,
    coalesce(sum(a.us_visibility), 0)::float8, coalesce(sum(a.us_best_rank), 0)::int
  FROM (SELECT DISTINCT * FROM unnest(p_workspace, p_day) AS u(workspace_id, day)) k
  JOIN answers a ON a.workspace_id = k.workspace_id
    AND a.asked_at >= (k.day::timestamp AT TIME ZONE 'UTC') AND a.asked_at < ((k.day + 1)::timestamp AT TIME ZONE 'UTC')
  GROUP BY a.workspace_id, k.day, a.engine;
$$;
--> statement-breakpoint
CREATE FUNCTION optlens_answers_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM optlens_answer_days_recompute(array_agg(workspace_id), array_agg((asked_at AT TIME ZONE 'UTC')::date)) FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM optlens_answer_days_recompute(array_agg(workspace_id), array_agg((asked_at AT TIME ZONE 'UTC')::date)) FROM old_rows;
  ELSE
    PERFORM optlens_answer_days_recompute(array_agg(workspace_id), array_agg((asked_at AT TIME ZONE 'UTC')::date))
    FROM (SELECT workspace_id, asked_at FROM new_rows UNION SELECT workspace_id, asked_at FROM old_rows) changed;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER answers_day_totals_insert AFTER INSERT ON answers REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION optlens_answers_changed();
--> statement-breakpoint
CREATE TRIGGER answers_day_totals_update AFTER UPDATE ON answers REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION optlens_answers_changed();
--> statement-breakpoint
CREATE TRIGGER answers_day_totals_delete AFTER DELETE ON answers REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION optlens_answers_changed();
--> statement-breakpoint
-- Totals of what is already there.
SELECT optlens_post_days_recompute(array_agg(workspace_id), array_agg(profile_id), array_agg((published_at AT TIME ZONE 'UTC')::date)) FROM posts;
--> statement-breakpoint
SELECT optlens_answer_days_recompute(array_agg(workspace_id), array_agg((asked_at AT TIME ZONE 'UTC')::date)) FROM answers;
