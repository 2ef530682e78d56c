import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { calendarDaySchema } from '@/lib/dates';
import type { Db } from '@/db/client';
import { regionRules, type RegionRule } from '@/db/schema';
import type { Access } from '@/lib/auth/access';
import { isUuid } from '@/lib/auth/access';
import { recordAudit } from '@/lib/audit';
import { notFound } from '@/lib/errors';
import { isRegion } from '@/lib/profiles/regions';
import { refreshExposure } from './refresh';

/** A new workspace starts from the shipped rules (drizzle/0002_seed_region_rules.sql). */
export async function seedRegionRules(db: Db, workspaceId: string): Promise<void> {
  await db.execute(sql`
    insert into region_rules (workspace_id, effective_from, regions, exempt, default_on, label, source_title, source_url, start_unconfirmed)
    select ${workspaceId}, effective_from, regions, exempt, default_on, label, source_title, source_url, start_unconfirmed
    from region_rule_defaults`);
}

export function listRegionRules(db: Db, workspaceId: string): Promise<RegionRule[]> {
  return db.select().from(regionRules).where(eq(regionRules.workspaceId, workspaceId)).orderBy(asc(regionRules.effectiveFrom), asc(regionRules.label));
}

// z.coerce.boolean() would read the string "false" as true: accept what forms and JSON send,
// and an absent value (an unticked checkbox sends nothing) as false.
const formBoolean = z
  .union([z.boolean(), z.enum(['true', 'false', 'on', 'off', '']).transform((v) => v === 'true' || v === 'on')])
  .optional()
  .transform((v) => v ?? false);

export const regionRuleInputSchema = z.object({
  effectiveFrom: calendarDaySchema('Use a real date like 2024-09-18.'),
  // Codes separated by commas or spaces; "*" = every region no other rule names.
  regions: z
    .string()
    .transform((s) => [...new Set(s.toUpperCase().split(/[\s,;]+/).filter(Boolean))])
    .refine((codes) => codes.length > 0, 'List at least one region code, or * for everywhere else.')
    .refine((codes) => codes.every((c) => c === '*' || isRegion(c)), 'Use ISO 3166 codes such as DE, GB, CA, or *.'),
  exempt: formBoolean,
  defaultOn: formBoolean,
  label: z.string().trim().min(1, 'Say what the rule is.').max(200),
  sourceTitle: z.string().trim().min(1, 'Name the source.').max(300),
  sourceUrl: z
    .string()
    .trim()
    .url('Link the source.')
    .refine((u) => /^https?:\/\//i.test(u), 'Use an http(s) address.'),
  startUnconfirmed: formBoolean,
});

export async function saveRegionRule(db: Db, access: Access, id: string | null, input: z.input<typeof regionRuleInputSchema>): Promise<RegionRule> {
  const data = regionRuleInputSchema.parse(input);
  return db.transaction(async (tx) => {
    let rule: RegionRule | undefined;
    if (id) {
      if (!isUuid(id)) throw notFound('Rule not found.');
      [rule] = await tx.update(regionRules).set(data).where(and(eq(regionRules.workspaceId, access.workspace.id), eq(regionRules.id, id))).returning();
      if (!rule) throw notFound('Rule not found.');
    } else {
      [rule] = await tx.insert(regionRules).values({ ...data, workspaceId: access.workspace.id }).returning();
    }
    await recordAudit(tx, access.workspace.id, access.actor, {
      action: id ? 'region_rule.changed' : 'region_rule.added',
      targetType: 'region_rule',
      targetId: rule!.id,
      data: { label: data.label, effectiveFrom: data.effectiveFrom, regions: data.regions, exempt: data.exempt },
    });
    await refreshExposure(tx, access.workspace.id);
    return rule!;
  });
}

export async function deleteRegionRule(db: Db, access: Access, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound('Rule not found.');
  await db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(regionRules)
      .where(and(eq(regionRules.workspaceId, access.workspace.id), eq(regionRules.id, id)))
      .returning({ id: regionRules.id, label: regionRules.label });
    if (!gone) throw notFound('Rule not found.');
    await recordAudit(tx, access.workspace.id, access.actor, { action: 'region_rule.deleted', targetType: 'region_rule', targetId: id, data: { label: gone.label } });
    await refreshExposure(tx, access.workspace.id);
  });
}
