import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditEvents } from '@/db/schema';

/** Who did something: a signed-in user or an API token, with a label that outlives them. */
export type Actor = { userId: string; tokenId?: undefined; label: string } | { userId?: undefined; tokenId: string; label: string };

export type AuditAction =
  | 'workspace.created'
  | 'workspace.renamed'
  | 'member.invited'
  | 'invitation.revoked'
  | 'member.joined'
  | 'member.role_changed'
  | 'member.removed'
  | 'member.left'
  | 'token.created'
  | 'token.revoked';

export interface AuditEntry {
  action: AuditAction;
  targetType?: 'workspace' | 'member' | 'invitation' | 'token';
  targetId?: string;
  data?: Record<string, unknown>;
}

export async function recordAudit(db: Db, workspaceId: string, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    workspaceId,
    actorUserId: actor.userId ?? null,
    actorTokenId: actor.tokenId ?? null,
    actorLabel: actor.label,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    data: entry.data ?? {},
  });
}

/** Newest first; `before` is the cursor (the id of the last event of the previous page). */
export async function listAuditEvents(db: Db, workspaceId: string, opts: { limit?: number; before?: number } = {}) {
  const limit = Math.min(Math.max(opts.limit ?? 50, 1), 200);
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.workspaceId, workspaceId), opts.before ? lt(auditEvents.id, opts.before) : undefined))
    .orderBy(desc(auditEvents.id))
    .limit(limit + 1);
  return { items: rows.slice(0, limit), nextCursor: rows.length > limit ? rows[limit - 1]!.id : null };
}

