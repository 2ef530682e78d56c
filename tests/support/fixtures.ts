import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditEvents, memberships, users, type Role, type User, type Workspace } from '@/db/schema';
import { requireMember, type Access, type Principal } from '@/lib/auth/access';
import { createApiToken } from '@/lib/auth/api-tokens';
import { hashPassword } from '@/lib/auth/password';
import { PERMISSIONS, ROLES, type Permission } from '@/lib/auth/permissions';
import { createInvitation } from '@/lib/workspaces/invitations';
import { createWorkspace } from '@/lib/workspaces/workspaces';

// Builders for integration tests: every call makes fresh rows with unique names, so tests
// never depend on each other's data. They go through lib/ wherever lib/ has the operation,
// and write rows directly only where lib/ would be needlessly slow (password hashing).

export const FIXTURE_PASSWORD = 'correct horse battery staple';

/** A short random tag that makes emails, names and IPs unique across tests and runs. */
export const unique = (label = 'x') => `${label}-${randomBytes(4).toString('hex')}`;

// argon2 is deliberately slow; one hash of the shared password serves every fixture user.
let passwordHash: Promise<string> | undefined;

export async function makeUser(label = 'user'): Promise<User> {
  const db = await getDb();
  passwordHash ??= hashPassword(FIXTURE_PASSWORD);
  const [user] = await db
    .insert(users)
    .values({ email: `${unique(label)}@example.test`, name: label, passwordHash: await passwordHash })
    .returning();
  return user!;
}

export const principalOf = (user: User): Principal => ({ kind: 'user', userId: user.id, email: user.email });

export async function accessAs(user: User, workspace: Workspace, permission: Permission = 'workspace:read'): Promise<Access> {
  return requireMember(await getDb(), principalOf(user), { id: workspace.id }, permission);
}

export async function addMember(workspace: Workspace, role: Role, label: string = role): Promise<User> {
  const user = await makeUser(label);
  await (await getDb()).insert(memberships).values({ workspaceId: workspace.id, userId: user.id, role });
  return user;
}

export interface Team {
  workspace: Workspace;
  owner: User;
  admin: User;
  editor: User;
  viewer: User;
}

/** A workspace created by its owner through lib/, with one more member of every other role. */
export async function makeTeam(label = 'team'): Promise<Team> {
  const db = await getDb();
  const owner = await makeUser(`${label}-owner`);
  const workspace = await createWorkspace(db, { userId: owner.id, label: owner.email }, unique(label));
  const [admin, editor, viewer] = await Promise.all([
    addMember(workspace, 'admin', `${label}-admin`),
    addMember(workspace, 'editor', `${label}-editor`),
    addMember(workspace, 'viewer', `${label}-viewer`),
  ]);
  return { workspace, owner, admin, editor, viewer };
}

export async function makeToken(team: Team, role: 'admin' | 'editor' | 'viewer' = 'editor') {
  const access = await accessAs(team.owner, team.workspace, 'tokens:manage');
  return createApiToken(await getDb(), access, { name: unique('token'), role });
}

export async function makeInvitation(team: Team, input: { email?: string; role: Role }, by: User = team.owner) {
  const access = await accessAs(by, team.workspace, 'members:manage');
  return createInvitation(await getDb(), access, input);
}

export async function roleOf(workspace: Workspace, user: User): Promise<Role | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspace.id), eq(memberships.userId, user.id)));
  return row?.role;
}

/** The workspace's audit actions, oldest first. */
export async function auditActions(workspace: Workspace): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.workspaceId, workspace.id))
    .orderBy(asc(auditEvents.id));
  return rows.map((r) => r.action);
}

export async function lastAudit(workspace: Workspace) {
  const db = await getDb();
  const [row] = await db.select().from(auditEvents).where(eq(auditEvents.workspaceId, workspace.id)).orderBy(desc(auditEvents.id)).limit(1);
  return row;
}

/** The role just below the lowest role a permission allows; undefined when every role has it. */
export function roleTooLowFor(permission: Permission): Role | undefined {
  const lowest = Math.max(...PERMISSIONS[permission].roles.map((r) => ROLES.indexOf(r)));
  return ROLES[lowest + 1];
}
