'use server';

import { z } from 'zod';
import { workspaceAction } from '@/lib/actions/workspace-action';
import { deleteRegionRule, saveRegionRule } from '@/lib/consent/region-rules';

// Region rules are LinkedIn's dated changes to the setting; only admins correct them, and
// every change recomputes the exposure of the workspace's posts (lib/consent/region-rules.ts).

const id = z.string().uuid('Not a valid id.');

// The form's raw fields: lib's schema validates them (and turns the region list into codes).
// A checkbox sends "on" when ticked and nothing otherwise.
const ruleFields = z.object({
  ruleId: z.union([z.literal(''), id]).optional(),
  effectiveFrom: z.string().default(''),
  regions: z.string().default(''),
  exempt: z.literal('on').optional(),
  defaultOn: z.literal('on').optional(),
  startUnconfirmed: z.literal('on').optional(),
  label: z.string().default(''),
  sourceTitle: z.string().default(''),
  // Shown as a link to every reader: only a web address may be one.
  sourceUrl: z
    .string()
    .trim()
    .default('')
    .refine((v) => v === '' || /^https?:\/\//i.test(v), 'Link the source with a web address (https://…).'),
});

export const saveRegionRuleAction = workspaceAction('workspace:update', ruleFields, async ({ ruleId, exempt, defaultOn, startUnconfirmed, ...rule }, { db, access }) => {
  await saveRegionRule(db, access, ruleId || null, { ...rule, exempt: !!exempt, defaultOn: !!defaultOn, startUnconfirmed: !!startUnconfirmed });
});

export const deleteRegionRuleAction = workspaceAction('workspace:update', z.object({ ruleId: id }), async ({ ruleId }, { db, access }) => {
  await deleteRegionRule(db, access, ruleId);
});
