// Seeds one workspace of benchmark size into the PostgreSQL server at DATABASE_URL:
// 5 profiles with opt-in histories, 100,000 posts over two years, 3,000,000 metric snapshots
// (30 per post), daily follower counts, 20 names, 500,000 AI answers and 1,500,000 mentions.
// Deterministic: every value comes from hashint8 of the row's number, so two runs seed the
// same data. Bulk rows are written by INSERT … SELECT over generate_series (minutes, not hours).
//   DATABASE_URL=postgres://… npm run seed:large          prints the workspace's slug and id
//   SCALE=0.1 …                                              a tenth of every count
import { sql } from 'drizzle-orm';
import { openPostgres } from '@/db/client';
import { requireMember, userPrincipal } from '@/lib/auth/access';
import { createUser } from '@/lib/auth/users';
import { addConsentEvent } from '@/lib/consent/events';
import { refreshExposure } from '@/lib/consent/refresh';
import { createEntity } from '@/lib/entities/entities';
import { PRIVACY_SCAN_VERSION } from '@/lib/posts/privacy';
import { createProfile } from '@/lib/profiles/profiles';
import { createWorkspace } from '@/lib/workspaces/workspaces';

const SCALE = Number(process.env.SCALE ?? 1);
const POSTS = Math.round(100_000 * SCALE);
const SNAPSHOTS_PER_POST = 30;
const ANSWERS = Math.round(500_000 * SCALE);
const MENTIONS_PER_ANSWER = 3;
const END = Date.UTC(2026, 10, 23);
const START = END - 730 * 86_400_000;

/** A number in [0, 1) from a row number and a salt, the same on every run. */
const rand = (i: string, salt: number) => sql.raw(`((hashint8((${i})::bigint * 7919 + ${salt}) & 2147483647)::float8 / 2147483648.0)`);

export async function seedLarge(url: string) {
  const { db, close } = await openPostgres(url, 4);
  const started = performance.now();
  const step = (what: string) => console.log(`${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  ${what}`);
  try {
    const email = `seed-large-${Date.now()}@example.test`;
    const user = await createUser(db, { email, password: 'seed-large-password' });
    const workspace = await createWorkspace(db, { userId: user.id, label: email }, 'Large benchmark');
    const access = await requireMember(db, userPrincipal(user), { id: workspace.id }, 'data:write');
    const regions = ['US', 'DE', 'GB', 'FR', 'AU'];
    const profiles = [];
    for (const [i, region] of regions.entries()) {
      const profile = await createProfile(db, access, { name: `Profile ${i + 1}`, kind: i === 4 ? 'company' : 'member', region });
      // Opt-in histories: some turn it off, some back on, one never touches it.
      if (i % 2 === 0) await addConsentEvent(db, access, profile.id, { status: 'off', effectiveAt: new Date(START + (200 + i * 60) * 86_400_000) }, 'manual');
      if (i === 2) await addConsentEvent(db, access, profile.id, { status: 'on', effectiveAt: new Date(START + 500 * 86_400_000) }, 'manual');
      profiles.push(profile);
    }
    const entityIds: string[] = [];
    for (let i = 0; i < 20; i++) {
      const entity = await createEntity(db, access, { name: `Brand ${String.fromCharCode(65 + i)} Co`, kind: 'brand', isUs: i < 5, aliases: [`brand${i}.example`] });
      entityIds.push(entity.id);
    }
    step('workspace, 5 profiles with opt-in events, 20 names');

    const ws = workspace.id;
    const profileArray = sql.raw(`array[${profiles.map((p) => `'${p.id}'::uuid`).join(',')}]`);
    const span = END - START;
    await db.execute(sql`set max_parallel_workers_per_gather = 0`);
    await db.execute(sql`
      insert into posts (workspace_id, profile_id, activity_id, url, published_at, text, media_kind, privacy_score, privacy_findings, privacy_scanned_version)
      select ${ws}::uuid, (${profileArray})[1 + (i % 5)],
        ((((${START}::bigint + (i::bigint * ${Math.floor(span / POSTS)}))) << 22) + (i % 4096))::text,
        'https://www.linkedin.com/feed/update/urn:li:activity:' || ((((${START}::bigint + (i::bigint * ${Math.floor(span / POSTS)}))) << 22) + (i % 4096))::text,
        to_timestamp((${START}::bigint + i::bigint * ${Math.floor(span / POSTS)}) / 1000.0),
        'Post ' || i || ' about B2B growth on LinkedIn, lessons and numbers.',
        case when i % 7 = 0 then 'image' when i % 11 = 0 then 'video' else 'text' end,
        round((${rand('i', 1)} * ${rand('i', 2)} * 12)::numeric, 1)::float8, '[]'::jsonb, ${PRIVACY_SCAN_VERSION}
      from generate_series(0, ${POSTS - 1}) as i`);
    await refreshExposure(db, ws);
    step(`${POSTS.toLocaleString('en')} posts, their exposure from the opt-in timelines`);

    await db.execute(sql`
      insert into post_metrics (post_id, workspace_id, captured_on, impressions, members_reached, reactions, comments, reposts, clicks)
      select p.id, p.workspace_id, (p.published_at at time zone 'UTC')::date + k,
        (base.imp * (k + 1) / ${SNAPSHOTS_PER_POST})::bigint,
        (base.imp * 0.6 * (k + 1) / ${SNAPSHOTS_PER_POST})::bigint,
        (base.imp * 0.02 * (k + 1) / ${SNAPSHOTS_PER_POST})::bigint,
        (base.imp * 0.004 * (k + 1) / ${SNAPSHOTS_PER_POST})::bigint,
        (base.imp * 0.002 * (k + 1) / ${SNAPSHOTS_PER_POST})::bigint,
        (base.imp * 0.01 * (k + 1) / ${SNAPSHOTS_PER_POST})::bigint
      from posts p
      cross join lateral (select 200 + ${rand("hashtext(p.activity_id)", 3)} * 5000 * (case when p.exposed_at_publication then 1.2 else 1 end) as imp) base
      cross join generate_series(0, ${SNAPSHOTS_PER_POST - 1}) as k
      where p.workspace_id = ${ws}::uuid`);
    step(`${(POSTS * SNAPSHOTS_PER_POST).toLocaleString('en')} metric snapshots`);

    await db.execute(sql`
      update posts p set latest_captured_on = m.captured_on, latest_impressions = m.impressions, latest_members_reached = m.members_reached,
        latest_reactions = m.reactions, latest_comments = m.comments, latest_reposts = m.reposts, latest_clicks = m.clicks,
        latest_engagement_rate = (m.reactions + m.comments + m.reposts + m.clicks)::float8 / nullif(m.impressions, 0)
      from post_metrics m
      where m.post_id = p.id and m.captured_on = (p.published_at at time zone 'UTC')::date + ${SNAPSHOTS_PER_POST - 1}::int and p.workspace_id = ${ws}::uuid`);
    step('latest metrics on posts');

    await db.execute(sql`
      insert into follower_counts (profile_id, workspace_id, day, total, new_followers)
      select pr, ${ws}::uuid, to_timestamp(${START} / 1000.0)::date + d, 1000 + d * (3 + pi) + (${rand('d * 13 + pi', 4)} * 20)::int, 3 + pi
      from unnest(${profileArray}) with ordinality as u(pr, pi) cross join generate_series(0, 729) as d`);
    step('daily follower counts');

    const engines = sql.raw(`array['chatgpt','copilot','gemini','perplexity','claude']::answer_engine[]`);
    await db.execute(sql`
      insert into answers (workspace_id, engine, model, asked_at, prompt, answer, citations, source, content_key, scanned_version, word_count, sentence_count)
      select ${ws}::uuid, (${engines})[1 + (i % 5)], 'model-' || (i % 3),
        to_timestamp((${START}::bigint + i::bigint * ${Math.floor(span / ANSWERS)}) / 1000.0),
        'Who are the best B2B LinkedIn agencies? (' || (i % 50) || ')',
        'Brand ' || chr(65 + (i % 20)) || ' Co is often named, then Brand ' || chr(65 + ((i + 7) % 20)) || ' Co and Brand ' || chr(65 + ((i + 13) % 20)) || ' Co.',
        jsonb_build_array('https://brand' || (i % 20) || '.example/page'), 'import', md5('seed' || i), (select entities_version from workspaces where id = ${ws}::uuid), 17, 1
      from generate_series(0, ${ANSWERS - 1}) as i`);
    step(`${ANSWERS.toLocaleString('en')} answers`);

    const entityArray = sql.raw(`array[${entityIds.map((id) => `'${id}'::uuid`).join(',')}]`);
    await db.execute(sql`
      insert into answer_entities (workspace_id, answer_id, entity_id, rank, visibility, word_share, sentiment, mention_count, own_citation)
      select ${ws}::uuid, a.id, (${entityArray})[1 + ((a.n + offs.o) % 20)], offs.r, 0.3 / offs.r, 0.33, ${rand('a.n * 3 + offs.r', 5)} - 0.5, 1, offs.r = 1
      from (select id, (row_number() over (order by asked_at, id))::int - 1 as n from answers where workspace_id = ${ws}::uuid) a
      cross join (values (0, 1), (7, 2), (13, 3)) as offs(o, r)`);
    await db.execute(sql`
      update answers a set us_best_rank = t.best, us_mentions = t.us, all_mentions = t.total, us_visibility = t.vis
      from (
        select ae.answer_id, min(ae.rank) filter (where e.is_us) as best, count(*) filter (where e.is_us) as us, count(*) as total,
          coalesce(sum(ae.visibility) filter (where e.is_us), 0) as vis
        from answer_entities ae join entities e on e.id = ae.entity_id
        where ae.workspace_id = ${ws}::uuid group by ae.answer_id
      ) t where a.id = t.answer_id`);
    step(`${(ANSWERS * MENTIONS_PER_ANSWER).toLocaleString('en')} answer × name summaries, answers' totals`);
    await db.execute(sql`
      insert into mentions (workspace_id, answer_id, entity_id, alias, start, "end", rank, visibility, word_share, sentiment)
      select ae.workspace_id, ae.answer_id, ae.entity_id, 'Brand', (ae.rank - 1) * 30, (ae.rank - 1) * 30 + 12, ae.rank, ae.visibility, ae.word_share, ae.sentiment
      from answer_entities ae where ae.workspace_id = ${ws}::uuid`);
    await db.execute(sql`
      insert into answer_citations (workspace_id, answer_id, position, url, host, ours, entity_ids)
      select a.workspace_id, a.id, 0, a.citations ->> 0, split_part(split_part(a.citations ->> 0, '//', 2), '/', 1), false, '[]'::jsonb
      from answers a where a.workspace_id = ${ws}::uuid`);
    step(`${(ANSWERS * MENTIONS_PER_ANSWER).toLocaleString('en')} mentions, ${ANSWERS.toLocaleString('en')} citations`);
    await db.execute(sql`analyze`);
    step('analyze');
    console.log(`\nworkspace ${workspace.slug} (${ws}); owner ${email} / seed-large-password`);
    return { workspaceId: ws, slug: workspace.slug };
  } finally {
    await close();
  }
}

if (process.argv[1]?.endsWith('seed-large.ts')) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('seed:large writes into PostgreSQL: set DATABASE_URL=postgres://… (a database you can fill with ~2 GB).');
    process.exit(2);
  }
  seedLarge(url).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
