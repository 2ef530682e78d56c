import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditEvents, type AuditEvent } from '@/db/schema';

/** Who did something: a signed-in user or an API token, with a label that outlives them. */
export type Actor = { userId: string; tokenId?: undefined; label: string } | { userId?: undefined; tokenId: string; label: string };

export type AuditAction =
  | 'workspace.created'
  | 'workspace.renamed'
  | 'workspace.exported'
  | 'member.invited'
  | 'invitation.revoked'
  | 'member.joined'
  | 'member.role_changed'
  | 'member.removed'
  | 'member.left'
  | 'token.created'
  | 'token.revoked'
  | 'region_rule.added'
  | 'region_rule.changed'
  | 'region_rule.deleted'
  | 'engine.added'
  | 'engine.changed'
  | 'engine.archived'
  | 'engine.restored';

export interface AuditEntry {
  action: AuditAction;
  targetType?: 'workspace' | 'member' | 'invitation' | 'token' | 'region_rule' | 'engine';
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

/** One line of plain English per event, for the audit log page. */
export function describeAuditEvent(event: Pick<AuditEvent, 'action' | 'data'>): string {
  const d = event.data as Record<string, any>;
  const who = (d.email as string | null) ?? 'anyone with the link';
  switch (event.action as AuditAction) {
    case 'workspace.created':
      return `Created the workspace “${d.name}”`;
    case 'workspace.renamed':
      return `Renamed the workspace from “${d.from?.name}” (/${d.from?.slug}) to “${d.to?.name}” (/${d.to?.slug})`;
    case 'member.invited':
      return `Invited ${who} as ${d.role}`;
    case 'invitation.revoked':
      return `Withdrew the invitation for ${who} (${d.role})${d.reason ? `: ${d.reason}` : ''}`;
    case 'member.joined':
      return `${d.email} joined as ${d.role}`;
    case 'member.role_changed':
      return `Changed ${d.email}’s role from ${d.from} to ${d.to}`;
    case 'member.removed':
      return `Removed ${d.email} (${d.role})`;
    case 'member.left':
      return `${d.email} left the workspace`;
    case 'token.created':
      return `Created the API token “${d.name}” (${d.role})`;
    case 'token.revoked':
      return d.reason ? `Revoked the API token “${d.name}”: ${d.reason}` : `Revoked the API token “${d.name}”`;
    case 'region_rule.added':
      return `Added the region rule “${d.label}” (from ${d.effectiveFrom})`;
    case 'region_rule.changed':
      return `Changed the region rule “${d.label}” (from ${d.effectiveFrom})`;
    case 'region_rule.deleted':
      return `Deleted the region rule “${d.label}”`;
    default:
      return event.action;
  }
}
