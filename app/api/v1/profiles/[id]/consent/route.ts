import { readJsonObject } from '@/lib/api/body';
import { apiRoute } from '@/lib/api/route';
import { addConsentEvent, listConsentTimeline, type ConsentEventInput } from '@/lib/consent/events';
import type { ExposureSpan } from '@/lib/consent/exposure';
import { notFound } from '@/lib/errors';

type TimelineItem = Awaited<ReturnType<typeof listConsentTimeline>>['items'][number];

/** An event as the API shows it: no workspace, no internal user or token ids. */
const publicEvent = (e: TimelineItem) => ({
  id: e.id,
  profileId: e.profileId,
  status: e.status,
  effectiveAt: e.effectiveAt,
  note: e.note,
  recordedVia: e.recordedVia,
  recordedByEmail: e.recordedByEmail,
  createdAt: e.createdAt,
  exposureEffective: e.exposureEffective,
  exposureState: e.exposureState,
  rule: e.rule,
});

const publicSpan = (s: ExposureSpan) => ({
  state: s.state,
  exposureEffective: s.state === 'exposed',
  since: s.from,
  until: s.to,
  toggle: s.toggle,
  toggleFrom: s.toggleFrom,
  rule: s.rule ? { id: s.rule.id, label: s.rule.label, exempt: s.rule.exempt } : null,
});

const profileIdOf = (params: Record<string, string | string[]>) => String(params.id);

// The whole timeline in one page: a profile changes its setting a handful of times.
export const GET = apiRoute('workspace:read', async ({ db, access, params }) => {
  const { items, current } = await listConsentTimeline(db, access.workspace.id, profileIdOf(params));
  return Response.json({ items: items.map(publicEvent), current: publicSpan(current), nextCursor: null });
});

export const POST = apiRoute('data:write', async ({ db, access, request, params }) => {
  const profileId = profileIdOf(params);
  const body = await readJsonObject(request);
  const event = await addConsentEvent(db, access, profileId, body as ConsentEventInput, 'api');
  // Whether the event exposes anything depends on the region rules and the other events:
  // the timeline knows, so the reply is the event as the list will show it.
  const { items } = await listConsentTimeline(db, access.workspace.id, profileId);
  const item = items.find((i) => i.id === event.id);
  if (!item) throw notFound('Event not found: it was deleted while it was being recorded.');
  return Response.json(publicEvent(item), { status: 201 });
});
