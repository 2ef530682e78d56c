import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { addConsentEvent, listConsentTimeline } from '@/lib/consent/events';
import { listRegionRules, saveRegionRule } from '@/lib/consent/region-rules';
import { createPost, getPost } from '@/lib/posts/posts';
import { createProfile, updateProfile } from '@/lib/profiles/profiles';
import { accessAs, auditActions, makeTeam } from '../support/fixtures';

const postUrl = (iso: string) => `urn:li:activity:${(BigInt(Date.parse(iso)) << 22n).toString()}`;

describe('the opt-in timeline and region rules', () => {
  it('start every workspace with the rules of DESIGN.md, each with an http(s) source', async () => {
    const team = await makeTeam('rules');
    const rules = await listRegionRules(await getDb(), team.workspace.id);
    expect(rules).toHaveLength(5);
    expect(rules.every((r) => /^https:\/\//.test(r.sourceUrl))).toBe(true);
    expect(rules.find((r) => r.regions.includes('CA') && r.exempt)?.startUnconfirmed).toBe(true);
    expect(rules.find((r) => r.effectiveFrom === '2025-11-03')?.regions).toEqual(expect.arrayContaining(['DE', 'GB', 'CA', 'HK', 'NO', 'CH']));
  });

  it('say per event whether exposure was effective: an ON in an exempt region exposes nothing', async () => {
    const team = await makeTeam('timeline');
    const access = await accessAs(team.editor, team.workspace, 'data:write');
    const db = await getDb();
    const profile = await createProfile(db, access, { name: 'Lena', kind: 'member', region: 'DE' });
    await addConsentEvent(db, access, profile.id, { status: 'on', effectiveAt: '2025-01-05T00:00:00Z' }, 'manual');
    await addConsentEvent(db, access, profile.id, { status: 'on', effectiveAt: '2025-12-01T00:00:00Z', note: 'checked again' }, 'manual');
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    await expect(addConsentEvent(db, access, profile.id, { status: 'off', effectiveAt: tomorrow }, 'manual')).rejects.toThrow(/in the future/);
    const { items } = await listConsentTimeline(db, team.workspace.id, profile.id);
    expect(items.map((i) => [i.exposureState, i.exposureEffective, i.recordedByEmail])).toEqual([
      ['exempt', false, team.editor.email],
      ['exposed', true, team.editor.email],
    ]);
  });

  it('recompute the stored exposure of posts when the profile moves to another region', async () => {
    const team = await makeTeam('moves');
    const access = await accessAs(team.editor, team.workspace, 'data:write');
    const db = await getDb();
    const profile = await createProfile(db, access, { name: 'Sam', kind: 'member', region: 'US' });
    const post = await createPost(db, access, { profileId: profile.id, url: postUrl('2025-02-01T00:00:00Z') });
    expect(post.exposedAtPublication).toBe(true);
    await updateProfile(db, access, profile.id, { name: 'Sam', kind: 'member', region: 'GB' });
    expect((await getPost(db, team.workspace.id, post.id)).post).toMatchObject({ exposedAtPublication: false, exposureState: 'exempt' });
  });

  it('take the form value "false" as false, refuse non-http sources, and are audited', async () => {
    const team = await makeTeam('edits');
    const admin = await accessAs(team.admin, team.workspace, 'workspace:update');
    const db = await getDb();
    const input = { effectiveFrom: '2026-01-01', regions: 'BR, AR', exempt: 'false', defaultOn: 'true', label: 'Test', sourceTitle: 'Somewhere', sourceUrl: 'https://example.com/a' } as const;
    const rule = await saveRegionRule(db, admin, null, input);
    expect(rule).toMatchObject({ exempt: false, defaultOn: true, regions: ['BR', 'AR'] });
    await expect(saveRegionRule(db, admin, null, { ...input, sourceUrl: 'javascript:alert(1)' })).rejects.toThrow();
    expect(await auditActions(team.workspace)).toContain('region_rule.added');
  });
});

describe('follower counts', () => {
  it('keep one total per profile and day, newest first, and refuse another workspace’s profile', async () => {
    const { recordFollowerCount, listFollowerCounts } = await import('@/lib/profiles/followers');
    const team = await makeTeam('followers');
    const other = await makeTeam('followers-other');
    const access = await accessAs(team.editor, team.workspace, 'data:write');
    const db = await getDb();
    const profile = await createProfile(db, access, { name: 'Fay', kind: 'member', region: 'US' });
    await recordFollowerCount(db, access, profile.id, { day: '2026-01-01', total: 100 });
    await recordFollowerCount(db, access, profile.id, { day: '2026-01-02', total: 104 });
    await recordFollowerCount(db, access, profile.id, { day: '2026-01-01', total: 101 });
    expect(await listFollowerCounts(db, team.workspace.id, profile.id)).toEqual([
      { day: '2026-01-02', total: 104, newFollowers: null },
      { day: '2026-01-01', total: 101, newFollowers: null },
    ]);
    const theirs = await accessAs(other.owner, other.workspace, 'data:write');
    await expect(recordFollowerCount(db, theirs, profile.id, { day: '2026-01-03', total: 1 })).rejects.toMatchObject({ code: 'not_found' });
  });
});
