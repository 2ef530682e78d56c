import { and, desc, eq, getTableColumns, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { apiTokens, workspaces, type ApiToken, type Role } from '@/db/schema';
import type { Access, Principal } from '@/lib/auth/access';
import { recordAudit, type Actor } from '@/lib/audit';
import { forbidden, notFound } from '@/lib/errors';
import { ROLES, roleRank } from './permissions';
import { hashSecret, newSecret } from './secrets';

export const TOKEN_PREFIX = 'olk';

// A token never acts as an owner: deleting a workspace or managing owners needs a person.
export const TOKEN_ROLES = ['admin', 'editor', 'viewer'] as const;

export const apiTokenInputSchema = z.object({
  name: z.string().trim().min(1, 'Name the token after what will use it.').max(80, 'At most 80 characters.'),
  role: z.enum(TOKEN_ROLES).default('editor'),
});

export type ApiTokenSummary = Omit<ApiToken, 'tokenHash'>;

/** Creates a token; its secret is returned this once and only its hash is stored. */
export async function createApiToken(
  db: Db,
  access: Access,
  input: z.input<typeof apiTokenInputSchema>,
): Promise<{ token: string; apiToken: ApiTokenSummary }> {
  const { name, role } = apiTokenInputSchema.parse(input);
  if (roleRank(role) > roleRank(access.role)) throw forbidden('A token cannot have a higher role than yours.');
  const token = newSecret(TOKEN_PREFIX);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        workspaceId: access.workspace.id,
        name,
        role,
        tokenHash: hashSecret(token),
        prefix: token.slice(0, TOKEN_PREFIX.length + 7),
        createdBy: access.principal.kind === 'user' ? access.principal.userId : null,
      })
      .returning();
    const { tokenHash: _, ...apiToken } = row!;
    await recordAudit(tx, access.workspace.id, access.actor, {
      action: 'token.created',
      targetType: 'token',
      targetId: apiToken.id,
      data: { name, role },
    });
    return { token, apiToken };
  });
}

export function listApiTokens(db: Db, workspaceId: string): Promise<ApiTokenSummary[]> {
  const { tokenHash: _, ...columns } = getTableColumns(apiTokens);
  return db.select(columns).from(apiTokens).where(eq(apiTokens.workspaceId, workspaceId)).orderBy(desc(apiTokens.createdAt));
}

export async function revokeApiToken(db: Db, access: Access, tokenId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.workspaceId, access.workspace.id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, name: apiTokens.name });
    if (!revoked) throw notFound('Token not found.');
    await recordAudit(tx, access.workspace.id, access.actor, {
      action: 'token.revoked',
      targetType: 'token',
      targetId: tokenId,
      data: { name: revoked.name },
    });
  });
}

/**
 * A token may not outrank the member who made it. When that member leaves or is removed,
 * their tokens are revoked; when they are demoted, the tokens above their new role are.
 */
export async function revokeTokensCreatedBy(db: Db, workspaceId: string, actor: Actor, userId: string, opts: { above?: Role } = {}) {
  const roles = opts.above ? ROLES.filter((r) => roleRank(r) > roleRank(opts.above!)) : ROLES;
  if (roles.length === 0) return;
  const revoked = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.workspaceId, workspaceId), eq(apiTokens.createdBy, userId), isNull(apiTokens.revokedAt), inArray(apiTokens.role, [...roles])))
    .returning({ id: apiTokens.id, name: apiTokens.name });
  for (const token of revoked) {
    await recordAudit(db, workspaceId, actor, {
      action: 'token.revoked',
      targetType: 'token',
      targetId: token.id,
      data: { name: token.name, reason: opts.above ? 'its creator’s role was lowered' : 'its creator left the workspace' },
    });
  }
}

/** Resolves a bearer token to its principal; null for unknown or revoked tokens. */
export async function authenticateApiToken(db: Db, token: string): Promise<Extract<Principal, { kind: 'token' }> | null> {
  if (!token.startsWith(`${TOKEN_PREFIX}_`)) return null;
  const [row] = await db
    .select({ id: apiTokens.id, name: apiTokens.name, role: apiTokens.role, workspaceId: apiTokens.workspaceId })
    .from(apiTokens)
    .innerJoin(workspaces, eq(workspaces.id, apiTokens.workspaceId))
    .where(and(eq(apiTokens.tokenHash, hashSecret(token)), isNull(apiTokens.revokedAt)));
  if (!row) return null;
  // "Last used" to the minute is enough, and spares a write on every request.
  await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiTokens.id, row.id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - interval '1 minute'`))));
  return { kind: 'token', tokenId: row.id, tokenName: row.name, workspaceId: row.workspaceId, role: row.role };
}
