import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, workspaces, type Role, type Workspace } from '@/db/schema';
import type { Actor } from '@/lib/audit';
import { forbidden, notFound } from '@/lib/errors';
import { can, type Permission } from './permissions';

/** Who is calling: a signed-in user, or an API token (which belongs to one workspace). */
export type Principal =
  | { kind: 'user'; userId: string; email: string }
  | { kind: 'token'; tokenId: string; tokenName: string; workspaceId: string; role: Role };

/** What the door hands back: the workspace, the caller's role in it, and who to audit. */
export interface Access {
  workspace: Workspace;
  role: Role;
  actor: Actor;
  principal: Principal;
}

export type WorkspaceRef = { slug: string } | { id: string };

export const userPrincipal = (user: { id: string; email: string }): Principal => ({ kind: 'user', userId: user.id, email: user.email });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

/**
 * The one door: resolves the caller's membership in the workspace and checks the role
 * matrix. Every page, server action and API route goes through it; nothing else reads
 * memberships to decide access. A workspace the caller does not belong to is "not found",
 * exactly like one that does not exist, so ids and slugs leak nothing.
 */
export async function requireMember(db: Db, principal: Principal, ref: WorkspaceRef, permission: Permission): Promise<Access> {
  const where = 'slug' in ref ? eq(workspaces.slug, ref.slug) : isUuid(ref.id) ? eq(workspaces.id, ref.id) : undefined;
  if (!where) throw notFound('Workspace not found.');

  let workspace: Workspace | undefined;
  let role: Role | undefined;
  let actor: Actor;
  if (principal.kind === 'user') {
    const [row] = await db
      .select({ workspace: workspaces, role: memberships.role })
      .from(workspaces)
      .innerJoin(memberships, and(eq(memberships.workspaceId, workspaces.id), eq(memberships.userId, principal.userId)))
      .where(where);
    workspace = row?.workspace;
    role = row?.role;
    actor = { userId: principal.userId, label: principal.email };
  } else {
    const [row] = await db.select().from(workspaces).where(and(where, eq(workspaces.id, principal.workspaceId)));
    workspace = row;
    role = principal.role;
    actor = { tokenId: principal.tokenId, label: `API token “${principal.tokenName}”` };
  }
  if (!workspace || !role) throw notFound('Workspace not found.');
  if (!can(role, permission)) throw forbidden();
  return { workspace, role, actor, principal };
}
