'use server';

import { z } from 'zod';
import { workspaceAction } from '@/lib/actions/workspace-action';
import { deleteRegionRule, saveRegionRule } from '@/lib/consent/region-rules';

// Region rules are LinkedIn's dated changes to the setting; only admins correct them, and
// every change recomputes the exposure of the workspace's posts (lib/consent/region-rules.ts).

const id = z.string().uuid('Not a valid id.');

// The form's raw fields; lib's schema validates them (region codes, a real date, an http(s)
// source, checkboxes that send "on" or nothing).
const ruleFields = z.object({
  ruleId: z.union([z.literal(''), id]).optional(),
  effectiveFrom: z.string().default(''),
  regions: z.string().default(''),
  exempt: z.literal('on').optional(),
  defaultOn: z.literal('on').optional(),
  startUnconfirmed: z.literal('on').optional(),
  label: z.string().default(''),
  sourceTitle: z.string().default(''),
  sourceUrl: z.string().default(''),
});

export const saveRegionRuleAction = workspaceAction('workspace:update', ruleFields, async ({ ruleId, ...rule }, { db, access }) => {
  await saveRegionRule(db, access, ruleId || null, rule);
});

export const deleteRegionRuleAction = workspaceAction('workspace:update', z.object({ ruleId: id }), async ({ ruleId }, { db, access }) => {
  await deleteRegionRule(db, access, ruleId);
});
