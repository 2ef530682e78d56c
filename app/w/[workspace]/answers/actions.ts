'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { asUtcInput } from '@/app/_components/utc';
import { workspaceAction } from '@/lib/actions/workspace-action';
import { answerInputSchema, citationUrlSchema, MAX_CITATIONS, recordAnswer } from '@/lib/answers/record';
import { AppError, badRequest } from '@/lib/errors';
import { getPrompt } from '@/lib/probes/prompts';

// Recording an AI answer by hand. One call into lib/, which detects the mentions in the same
// transaction; the same answer sent twice is stored once and the form still lands on it.

/** Cited links one per line; a bad line is named by its line number in the box. */
const citationLines = z
  .string()
  .transform((text, ctx) => {
    const lines = text.split(/\r?\n/).map((line, i) => ({ line: line.trim(), number: i + 1 }));
    const links = lines.filter((l) => l.line !== '');
    if (links.length > MAX_CITATIONS) ctx.addIssue({ code: 'custom', message: `At most ${MAX_CITATIONS} cited links.` });
    for (const { line, number } of links) {
      const check = citationUrlSchema.safeParse(line);
      if (!check.success) ctx.addIssue({ code: 'custom', message: `Line ${number} (“${line.length > 60 ? `${line.slice(0, 59)}…` : line}”): ${check.error.issues[0]?.message ?? 'not a link.'}` });
    }
    return links.map((l) => l.line);
  })
  .default([]);

const answerFields = answerInputSchema.extend({
  // Empty when a tracked prompt is chosen: its text is the question.
  prompt: answerInputSchema.shape.prompt.optional(),
  citations: citationLines,
});

/** Form fields as the schema expects them: the datetime-local `askedAt` read as UTC, blank optional fields left out. */
function fromForm(fields: unknown) {
  if (!fields || typeof fields !== 'object') return fields;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    // The answer stays exactly as typed (mention offsets point into it); its schema names an empty one.
    if (key !== 'answer' && typeof value === 'string' && value.trim() === '') continue;
    out[key] = key === 'askedAt' ? asUtcInput(value) : value;
  }
  return out;
}

/** The tracked prompt's text, or a field error when it is not one of this workspace's. */
async function promptText(load: Promise<{ text: string }>): Promise<string> {
  try {
    return (await load).text;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw badRequest('Please correct the highlighted fields.', { fieldErrors: { promptId: ['Choose one of this workspace’s tracked prompts.'] } });
    throw error;
  }
}

export const recordAnswerAction = workspaceAction('data:write', z.preprocess(fromForm, answerFields), async ({ prompt, ...input }, { db, access }) => {
  const tracked = input.promptId ? await promptText(getPrompt(db, access.workspace.id, input.promptId)) : undefined;
  const question = prompt ?? tracked;
  if (!question) throw badRequest('Please correct the highlighted fields.', { fieldErrors: { prompt: ['Write the question that was asked, or choose a tracked prompt.'] } });
  const recorded = await recordAnswer(db, access, { ...input, prompt: question }, 'manual');
  redirect(`/w/${access.workspace.slug}/answers/${recorded.id}${recorded.inserted ? '' : '?duplicate=1'}`);
});
