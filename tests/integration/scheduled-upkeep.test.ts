import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { imports, posts, regionRules, workspaces } from '@/db/schema';
import { refreshWhereRulesStarted } from '@/lib/consent/rules-started';
import { failInterruptedImports } from '@/lib/imports/run-import';
import { createPost } from '@/lib/posts/posts';
import { createProfile } from '@/lib/profiles/profiles';
import { accessAs, makeTeam } from '../support/fixtures';

// What the scheduler's tick keeps up to date besides probes: exposure when a region rule
// dated ahead starts, and imports cut off by a stopped server.

const day = (offset = 0) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('a region rule that starts today', () => {
  it('brings the stored exposure of the workspace’s posts up to date, once a day', async () => {
    const team = await makeTeam('rule-starts');
    const db = await getDb();
    const access = await accessAs(team.editor, team.workspace, 'data:write');
    const rule = { workspaceId: team.workspace.id, regions: ['JP'], defaultOn: true, label: 'test', sourceTitle: 'test', sourceUrl: 'https://example.com/' };
    await db.insert(regionRules).values({ ...rule, effectiveFrom: '2024-09-18', exempt: true });
    const profile = await createProfile(db, access, { name: 'Kenji', kind: 'member', region: 'JP' });
    const post = await createPost(db, access, { profileId: profile.id, url: 'urn:li:activity:7300000000000000000', publishedAt: '2025-03-01T10:00:00Z' });
    const stored = async () => (await db.select().from(posts).where(eq(posts.id, post.id)))[0]!;
    expect((await stored()).everExposed).toBe(false);

    // The exemption ends today: written when today was still ahead (so nothing was refreshed then).
    await db.insert(regionRules).values({ ...rule, effectiveFrom: day(), exempt: false });
    await db.update(workspaces).set({ exposureRefreshedOn: day(-1) }).where(eq(workspaces.id, team.workspace.id));
    expect((await stored()).everExposed).toBe(false);

    expect(await refreshWhereRulesStarted(db, day())).toContain(team.workspace.id);
    expect((await stored()).everExposed).toBe(true);
    expect(await refreshWhereRulesStarted(db, day())).not.toContain(team.workspace.id);
  });

  it('leaves workspaces alone when no rule started since their last refresh', async () => {
    const team = await makeTeam('rule-quiet');
    const db = await getDb();
    await db.update(workspaces).set({ exposureRefreshedOn: day(-1) }).where(eq(workspaces.id, team.workspace.id));
    expect(await refreshWhereRulesStarted(db, day())).not.toContain(team.workspace.id);
  });
});

describe('an import cut off by a stopped server', () => {
  it('is marked failed, saying it changed nothing, once no import could still be running', async () => {
    const team = await makeTeam('import-cut');
    const db = await getDb();
    const values = { workspaceId: team.workspace.id, fileName: 'Shares.csv', checksum: 'x', sizeBytes: 1 };
    const [old] = await db.insert(imports).values({ ...values, createdAt: new Date(Date.now() - 7 * 3600_000) }).returning();
    const [recent] = await db.insert(imports).values(values).returning();
    const failed = await failInterruptedImports(db);
    expect(failed).toContain(old!.id);
    expect(failed).not.toContain(recent!.id);
    const [row] = await db.select().from(imports).where(eq(imports.id, old!.id));
    expect(row).toMatchObject({ status: 'failed', message: expect.stringContaining('changed nothing') });
  });
});
