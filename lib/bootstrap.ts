import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, workspaces } from '@/db/schema';
import { requireMember, userPrincipal } from '@/lib/auth/access';
import { createApiToken } from '@/lib/auth/api-tokens';
import { verifyPassword } from '@/lib/auth/password';
import { createUser, findUserByEmail } from '@/lib/auth/users';
import { AppError } from '@/lib/errors';
import { createWorkspace } from '@/lib/workspaces/workspaces';

export interface BootstrapResult {
  userCreated: boolean;
  workspaceCreated: boolean;
  workspace: { id: string; name: string; slug: string };
  token: string;
}

/**
 * What `npm run cli -- bootstrap` does: creates the user and the workspace if they are
 * missing (the user as owner) and issues a new admin API token. Idempotent for the user and
 * workspace: a second run finds them and only adds a token.
 */
export async function bootstrap(db: Db, input: { email: string; password: string; workspace: string }): Promise<BootstrapResult> {
  let user = await findUserByEmail(db, input.email);
  const userCreated = !user;
  if (!user) {
    user = await createUser(db, { email: input.email, password: input.password });
  } else if (!(await verifyPassword(user.passwordHash, input.password))) {
    throw new AppError('unauthorized', `A user ${user.email} exists and the password given does not match theirs.`);
  }

  const name = input.workspace.trim();
  const [existing] = await db
    .select({ slug: workspaces.slug })
    .from(workspaces)
    .innerJoin(memberships, and(eq(memberships.workspaceId, workspaces.id), eq(memberships.userId, user.id)))
    .where(eq(workspaces.name, name))
    .limit(1);
  const slug = existing?.slug ?? (await createWorkspace(db, { userId: user.id, label: user.email }, name)).slug;

  const access = await requireMember(db, userPrincipal(user), { slug }, 'tokens:manage');
  const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const { token } = await createApiToken(db, access, { name: `bootstrap ${stamp}`, role: 'admin' });
  const { id, name: workspaceName } = access.workspace;
  return { userCreated, workspaceCreated: !existing, workspace: { id, name: workspaceName, slug }, token };
}
