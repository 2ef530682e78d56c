import { and, asc, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { isUniqueViolation } from '@/db/results';
import { memberships, workspaces, type Workspace } from '@/db/schema';
import type { Access } from '@/lib/auth/access';
import { recordAudit, type Actor } from '@/lib/audit';
import { badRequest, conflict } from '@/lib/errors';
import { seedRegionRules } from '@/lib/consent/region-rules';
import { SLUG_PATTERN, slugify, withSuffix } from './slug';

export const workspaceNameSchema = z.string().trim().min(1, 'Give the workspace a name.').max(80, 'At most 80 characters.');
export const workspaceSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(SLUG_PATTERN, 'Use 1–40 lowercase letters, digits and dashes, not starting or ending with a dash.');

/** The name of the workspace a new account starts in. */
export const firstWorkspaceName = (userName: string | null | undefined) => (userName ? `${userName}’s workspace` : 'My workspace');

/** Creates a workspace with the user as its owner. */
export async function createWorkspace(db: Db, owner: { userId: string; label: string }, name: string): Promise<Workspace> {
  const cleanName = workspaceNameSchema.parse(name);
  return db.transaction(async (tx) => {
    const base = slugify(cleanName);
    let workspace: Workspace | undefined;
    for (let attempt = 0; !workspace && attempt < 5; attempt++) {
      const slug = attempt === 0 ? base : withSuffix(base);
      [workspace] = await tx.insert(workspaces).values({ name: cleanName, slug }).onConflictDoNothing().returning();
    }
    if (!workspace) throw conflict('Could not find a free URL for this workspace; try another name.');
    await tx.insert(memberships).values({ workspaceId: workspace.id, userId: owner.userId, role: 'owner' });
    await seedRegionRules(tx, workspace.id);
    const actor: Actor = { userId: owner.userId, label: owner.label };
    await recordAudit(tx, workspace.id, actor, { action: 'workspace.created', targetType: 'workspace', targetId: workspace.id, data: { name: cleanName } });
    return workspace;
  });
}

/** The workspaces a user belongs to, with their role, by name. */
export function listUserWorkspaces(db: Db, userId: string) {
  return db
    .select({ id: workspaces.id, name: workspaces.name, slug: workspaces.slug, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(workspaces.name), asc(workspaces.slug));
}

const slugTaken = () => badRequest('That URL is taken.', { fieldErrors: { slug: ['That URL is taken.'] } });

export async function updateWorkspace(db: Db, access: Access, input: { name: string; slug: string }): Promise<Workspace> {
  const name = workspaceNameSchema.parse(input.name);
  const slug = workspaceSlugSchema.parse(input.slug);
  const { workspace } = access;
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: workspaces.id })
      .from(workspaces)
      .where(and(eq(workspaces.slug, slug), ne(workspaces.id, workspace.id)));
    if (taken) throw slugTaken();
    const [updated] = await tx
      .update(workspaces)
      .set({ name, slug })
      .where(eq(workspaces.id, workspace.id))
      .returning()
      .catch((error) => {
        // Someone took the slug between the check above and this update.
        if (isUniqueViolation(error)) throw slugTaken();
        throw error;
      });
    await recordAudit(tx, workspace.id, access.actor, {
      action: 'workspace.renamed',
      targetType: 'workspace',
      targetId: workspace.id,
      data: { from: { name: workspace.name, slug: workspace.slug }, to: { name, slug } },
    });
    return updated!;
  });
}

/**
 * Deletes the workspace and, through ON DELETE CASCADE, every row that belongs to it.
 * The caller must type the workspace's name exactly: a guard against the wrong tab.
 */
export async function deleteWorkspace(db: Db, access: Access, confirmation: string): Promise<void> {
  if (confirmation.trim() !== access.workspace.name) {
    throw badRequest('Type the workspace name exactly to confirm.', {
      fieldErrors: { confirmation: [`Type “${access.workspace.name}” to confirm.`] },
    });
  }
  await db.delete(workspaces).where(eq(workspaces.id, access.workspace.id));
}
