import { readJsonObject } from '@/lib/api/body';
import { apiRoute } from '@/lib/api/route';
import { answerListQuerySchema, getAnswer, listAnswers, type AnswerDetails } from '@/lib/answers/list';
import { recordAnswer, type AnswerInput } from '@/lib/answers/record';
import { getEntity } from '@/lib/entities/entities';
import { getPrompt } from '@/lib/probes/prompts';

/**
 * An answer as the API shows it: named fields only. `mentions` is DESIGN.md's contract
 * (`start`/`end` are UTF-16 offsets into `answer`); `entities` sums them up per entity and
 * `citationDetails` says which citations point to the workspace's own content.
 */
function publicAnswer(a: AnswerDetails) {
  return {
    id: a.id,
    engine: a.engine,
    model: a.model,
    askedAt: a.askedAt,
    prompt: a.prompt,
    answer: a.answer,
    citations: a.citations,
    source: a.source,
    promptId: a.promptId,
    mentions: a.mentions.map(({ entityId, alias, start, end, rank, visibility, sentiment }) => ({ entityId, alias, start, end, rank, visibility, sentiment })),
    entities: a.entities,
    citationDetails: a.citationDetails,
    createdAt: a.createdAt,
  };
}

export const GET = apiRoute('workspace:read', async ({ db, access, request }) => {
  const query = answerListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  // Another workspace's ids are "not found", not an empty list: a script with a wrong id hears about it.
  if (query.entity) await getEntity(db, access.workspace.id, query.entity);
  if (query.prompt) await getPrompt(db, access.workspace.id, query.prompt);
  const { items, nextCursor } = await listAnswers(db, access.workspace.id, query);
  return Response.json({ items: items.map(publicAnswer), nextCursor });
});

/** 201 with the new answer; the same answer sent again (same engine, time, prompt, text) is 200 with the stored one. */
export const POST = apiRoute('data:write', async ({ db, access, request }) => {
  const body = await readJsonObject(request);
  const recorded = await recordAnswer(db, access, body as AnswerInput, 'api');
  const answer = await getAnswer(db, access.workspace.id, recorded.id);
  return Response.json({ ...publicAnswer(answer), duplicate: !recorded.inserted }, { status: recorded.inserted ? 201 : 200 });
});
