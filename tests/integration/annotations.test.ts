import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { deleteAnnotationAction, saveAnnotationAction } from '@/app/w/[workspace]/annotations/actions';
import { getDb } from '@/db/client';
import { annotations, type User } from '@/db/schema';
import { createAnnotation, deleteAnnotation, getAnnotation, listAnnotations, timelineMarkers, updateAnnotation } from '@/lib/annotations';
import { sessionUser } from '@/lib/auth/session';
import { addConsentEvent } from '@/lib/consent/events';
import { AppError } from '@/lib/errors';
import { createProfile } from '@/lib/profiles/profiles';
import { submit } from '../support/actions';
import { accessAs, makeTeam, makeUser, type Team } from '../support/fixtures';

// Dated notes on the workspace's timeline: what lib/ stores and refuses, the markers charts
// draw (notes merged with opt-in changes), the actions the page posts to, and the page.
vi.mock('@/lib/auth/session', () => ({ sessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error) => (error instanceof AppError ? error.code : error?.name === 'ZodError' ? 'invalid' : String(error)),
  );

let team: Team;
let other: Team;
let ada: string;
let grace: string;
let otherProfile: string;

beforeAll(async () => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true'; // as next.config.js's authInterrupts sets it
  [team, other] = await Promise.all([makeTeam('notes'), makeTeam('notes-other')]);
  const db = await getDb();
  const access = await accessAs(team.editor, team.workspace, 'data:write');
  ada = (await createProfile(db, access, { name: 'Ada', kind: 'member', region: 'US' })).id;
  grace = (await createProfile(db, access, { name: 'Grace', kind: 'member', region: 'DE' })).id;
  otherProfile = (await createProfile(db, await accessAs(other.editor, other.workspace, 'data:write'), { name: 'Else', kind: 'member', region: 'US' })).id;
});

describe('annotations in lib/', () => {
  it('are created, read, updated and deleted, with who wrote them', async () => {
    const db = await getDb();
    const access = await accessAs(team.editor, team.workspace, 'data:write');
    const created = await createAnnotation(db, access, { day: '2025-04-01', label: '  Spring campaign ', note: 'Paid boost', profileId: ada });
    expect(created).toMatchObject({ day: '2025-04-01', label: 'Spring campaign', note: 'Paid boost', profileId: ada, createdBy: team.editor.id, workspaceId: team.workspace.id });

    const updated = await updateAnnotation(db, access, created.id, { day: '2025-04-02', label: 'Spring campaign, week 2', note: '', profileId: '' });
    expect(updated).toMatchObject({ id: created.id, day: '2025-04-02', label: 'Spring campaign, week 2', note: null, profileId: null });
    expect(await getAnnotation(db, team.workspace.id, created.id)).toMatchObject({ label: 'Spring campaign, week 2' });

    const [listed] = (await listAnnotations(db, team.workspace.id)).filter((a) => a.id === created.id);
    expect(listed).toMatchObject({ profileName: null, createdByName: team.editor.name });

    await deleteAnnotation(db, access, created.id);
    expect(await codeOf(getAnnotation(db, team.workspace.id, created.id))).toBe('not_found');
  });

  it('refuse a day that does not exist, an empty or too long label, a long note, and a profile of another workspace', async () => {
    const db = await getDb();
    const access = await accessAs(team.editor, team.workspace, 'data:write');
    expect(await codeOf(createAnnotation(db, access, { day: '2025-02-30', label: 'x' }))).toBe('invalid');
    expect(await codeOf(createAnnotation(db, access, { day: '01/02/2025', label: 'x' }))).toBe('invalid');
    expect(await codeOf(createAnnotation(db, access, { day: '2025-02-01', label: '   ' }))).toBe('invalid');
    expect(await codeOf(createAnnotation(db, access, { day: '2025-02-01', label: 'x'.repeat(121) }))).toBe('invalid');
    expect(await codeOf(createAnnotation(db, access, { day: '2025-02-01', label: 'x'.repeat(120), note: 'y'.repeat(2001) }))).toBe('invalid');
    expect(await codeOf(createAnnotation(db, access, { day: '2025-02-01', label: 'x', profileId: otherProfile }))).toBe('bad_request');
    expect(await (await getDb()).select().from(annotations).where(eq(annotations.label, 'x'))).toHaveLength(0);
  });

  it('are not found under another workspace, whoever asks', async () => {
    const db = await getDb();
    const theirs = await createAnnotation(db, await accessAs(other.editor, other.workspace, 'data:write'), { day: '2025-01-01', label: 'Theirs' });
    const mine = await accessAs(team.owner, team.workspace, 'data:write');
    expect(await codeOf(getAnnotation(db, team.workspace.id, theirs.id))).toBe('not_found');
    expect(await codeOf(updateAnnotation(db, mine, theirs.id, { day: '2025-01-01', label: 'Mine now' }))).toBe('not_found');
    expect(await codeOf(deleteAnnotation(db, mine, theirs.id))).toBe('not_found');
    expect(await codeOf(deleteAnnotation(db, mine, 'not-a-uuid'))).toBe('not_found');
    expect((await listAnnotations(db, team.workspace.id)).map((a) => a.id)).not.toContain(theirs.id);
    expect(await getAnnotation(db, other.workspace.id, theirs.id)).toMatchObject({ label: 'Theirs' });
  });
});

describe('timeline markers', () => {
  let fresh: Team;
  let p1: string;
  let p2: string;

  beforeAll(async () => {
    fresh = await makeTeam('markers');
    const db = await getDb();
    const access = await accessAs(fresh.editor, fresh.workspace, 'data:write');
    p1 = (await createProfile(db, access, { name: 'Ada', kind: 'member', region: 'US' })).id;
    p2 = (await createProfile(db, access, { name: 'Grace', kind: 'company', region: 'DE' })).id;
    await addConsentEvent(db, access, p1, { status: 'off', effectiveAt: '2025-03-10T23:30:00Z' }, 'manual');
    await addConsentEvent(db, access, p1, { status: 'on', effectiveAt: '2025-05-01T08:00:00Z' }, 'api');
    await addConsentEvent(db, access, p2, { status: 'off', effectiveAt: '2025-04-15T12:00:00Z' }, 'manual');
    await createAnnotation(db, access, { day: '2025-03-10', label: 'Algorithm change' });
    await createAnnotation(db, access, { day: '2025-04-20', label: 'Viral post', note: '2M impressions', profileId: p1 });
    await createAnnotation(db, access, { day: '2025-04-21', label: 'New job title', profileId: p2 });
    await createAnnotation(db, access, { day: '2025-07-01', label: 'Out of range' });
  });

  it('merge the notes with every opt-in change, sorted by day, each with the profile it is about', async () => {
    const markers = await timelineMarkers(await getDb(), fresh.workspace.id, { from: '2025-03-01', to: '2025-06-30' });
    expect(markers.map(({ day, kind, label, profileName }) => ({ day, kind, label, profileName }))).toEqual([
      { day: '2025-03-10', kind: 'note', label: 'Algorithm change', profileName: undefined },
      { day: '2025-03-10', kind: 'opt_out', label: 'Opted out of generative-AI training', profileName: 'Ada' },
      { day: '2025-04-15', kind: 'opt_out', label: 'Opted out of generative-AI training', profileName: 'Grace' },
      { day: '2025-04-20', kind: 'note', label: 'Viral post', profileName: 'Ada' },
      { day: '2025-04-21', kind: 'note', label: 'New job title', profileName: 'Grace' },
      { day: '2025-05-01', kind: 'opt_in', label: 'Opted in to generative-AI training', profileName: 'Ada' },
    ]);
    expect(markers.find((m) => m.label === 'Viral post')).toMatchObject({ note: '2M impressions' });
    expect(markers.find((m) => m.label === 'Algorithm change')).not.toHaveProperty('profileName');
  });

  it('for one profile, keep the workspace-wide notes and that profile’s notes and opt-in changes', async () => {
    const markers = await timelineMarkers(await getDb(), fresh.workspace.id, { from: '2025-01-01', to: '2025-12-31', profileId: p1 });
    expect(markers.map((m) => `${m.day} ${m.kind} ${m.label}`)).toEqual([
      '2025-03-10 note Algorithm change',
      '2025-03-10 opt_out Opted out of generative-AI training',
      '2025-04-20 note Viral post',
      '2025-05-01 opt_in Opted in to generative-AI training',
      '2025-07-01 note Out of range',
    ]);
    const notes = await listAnnotations(await getDb(), fresh.workspace.id, { profileId: p2 });
    expect(notes.map((n) => n.label)).toEqual(['Out of range', 'New job title', 'Algorithm change']);
  });

  it('include both end days (UTC) and nothing outside them, and refuse a range that runs backwards', async () => {
    const db = await getDb();
    const markers = await timelineMarkers(db, fresh.workspace.id, { from: '2025-03-10', to: '2025-04-15' });
    expect(markers.map((m) => m.day)).toEqual(['2025-03-10', '2025-03-10', '2025-04-15']);
    expect(await timelineMarkers(db, fresh.workspace.id, { from: '2025-03-11', to: '2025-04-14' })).toEqual([]);
    expect((await listAnnotations(db, fresh.workspace.id, { from: '2025-04-01', to: '2025-04-20' })).map((n) => n.label)).toEqual(['Viral post']);
    expect(await codeOf(timelineMarkers(db, fresh.workspace.id, { from: '2025-05-01', to: '2025-04-01' }))).toBe('invalid');
    expect(await codeOf(timelineMarkers(db, fresh.workspace.id, { from: '2025-01-01', to: '2025-12-31', profileId: 'nope' }))).toBe('not_found');
  });

  it('never show another workspace’s notes or opt-in changes', async () => {
    const db = await getDb();
    const markers = await timelineMarkers(db, fresh.workspace.id, { from: '2020-01-01', to: '2030-12-31', profileId: otherProfile });
    expect(markers.map((m) => m.label)).toEqual(['Algorithm change', 'Out of range']);
  });
});

describe('the notes actions', () => {
  it('let an editor add, edit and delete a note', async () => {
    const added = await submit(saveAnnotationAction, team.editor, team.workspace.slug, { day: '2025-06-01', label: 'Webinar', note: '', profileId: grace });
    expect(added).toMatchObject({ status: 'ok', data: { label: 'Webinar' } });
    const id = (added as { data: { id: string } }).data.id;
    expect(await submit(saveAnnotationAction, team.editor, team.workspace.slug, { annotationId: id, day: '2025-06-02', label: 'Webinar (moved)', profileId: '' })).toMatchObject({ status: 'ok' });
    expect(await getAnnotation(await getDb(), team.workspace.id, id)).toMatchObject({ day: '2025-06-02', profileId: null });
    expect(await submit(deleteAnnotationAction, team.editor, team.workspace.slug, { annotationId: id })).toMatchObject({ status: 'ok' });
  });

  it('refuse a viewer and change nothing', async () => {
    const note = await createAnnotation(await getDb(), await accessAs(team.editor, team.workspace, 'data:write'), { day: '2025-06-03', label: 'Kept' });
    expect(await submit(saveAnnotationAction, team.viewer, team.workspace.slug, { day: '2025-06-01', label: 'Sneaky' })).toMatchObject({ status: 'error', code: 'forbidden' });
    expect(await submit(saveAnnotationAction, team.viewer, team.workspace.slug, { annotationId: note.id, day: '2025-06-01', label: 'Sneaky' })).toMatchObject({ status: 'error', code: 'forbidden' });
    expect(await submit(deleteAnnotationAction, team.viewer, team.workspace.slug, { annotationId: note.id })).toMatchObject({ status: 'error', code: 'forbidden' });
    expect(await getAnnotation(await getDb(), team.workspace.id, note.id)).toMatchObject({ label: 'Kept', day: '2025-06-03' });
  });

  it('answer not found for another workspace’s note or slug, and show field errors for bad input', async () => {
    const theirs = await createAnnotation(await getDb(), await accessAs(other.editor, other.workspace, 'data:write'), { day: '2025-01-01', label: 'Theirs too' });
    expect(await submit(deleteAnnotationAction, team.editor, team.workspace.slug, { annotationId: theirs.id })).toMatchObject({ status: 'error', code: 'not_found' });
    expect(await submit(saveAnnotationAction, team.editor, team.workspace.slug, { annotationId: theirs.id, day: '2025-01-01', label: 'Mine' })).toMatchObject({ status: 'error', code: 'not_found' });
    expect(await submit(saveAnnotationAction, team.editor, other.workspace.slug, { day: '2025-01-01', label: 'Mine' })).toMatchObject({ status: 'error', code: 'not_found' });
    expect(await submit(saveAnnotationAction, team.editor, team.workspace.slug, { day: '2025-13-01', label: '' })).toMatchObject({
      status: 'error',
      fieldErrors: { day: [expect.any(String)], label: [expect.any(String)] },
    });
    expect(await submit(saveAnnotationAction, team.editor, team.workspace.slug, { day: '2025-01-01', label: 'x', profileId: otherProfile })).toMatchObject({
      status: 'error',
      fieldErrors: { profileId: [expect.any(String)] },
    });
  });
});

describe('the notes page', () => {
  type Page = (props: { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string>> }) => Promise<ReactElement>;

  async function render(user: User, slug: string, searchParams: Record<string, string> = {}): Promise<string> {
    vi.mocked(sessionUser).mockResolvedValue(user);
    const page = (await import('@/app/w/[workspace]/annotations/page')).default as Page;
    try {
      return renderToStaticMarkup(await page({ params: Promise.resolve({ workspace: slug }), searchParams: Promise.resolve(searchParams) }));
    } catch (error) {
      const digest = String((error as { digest?: unknown }).digest ?? '');
      if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;')) return digest.split(';')[1]!;
      throw error;
    }
  }

  it('shows a viewer the notes, newest first, as text and without edit controls', async () => {
    const access = await accessAs(team.editor, team.workspace, 'data:write');
    await createAnnotation(await getDb(), access, { day: '2024-01-01', label: 'Oldest <b>note</b>' });
    await createAnnotation(await getDb(), access, { day: '2030-01-01', label: 'Newest note', profileId: ada });
    const html = await render(team.viewer, team.workspace.slug);
    expect(html.indexOf('Newest note')).toBeGreaterThan(-1);
    expect(html.indexOf('Newest note')).toBeLessThan(html.indexOf('Oldest'));
    expect(html).toContain('Oldest &lt;b&gt;note&lt;/b&gt;');
    expect(html).not.toContain('Add a note');
    expect(html).not.toContain('>Delete<');
  });

  it('gives an editor the form with the profiles to choose, and the note to edit', async () => {
    const note = await createAnnotation(await getDb(), await accessAs(team.editor, team.workspace, 'data:write'), { day: '2025-08-08', label: 'To edit', profileId: grace });
    const html = await render(team.editor, team.workspace.slug, { edit: note.id });
    expect(html).toContain('Edit “To edit”');
    expect(html).toContain('The whole workspace');
    expect(html).toContain('>Grace<');
    expect(html).not.toContain('Else'); // another workspace's profile
  });

  it('is not found for a member of another workspace or an outsider', async () => {
    expect(await render(other.owner, team.workspace.slug)).toBe('404');
    expect(await render(await makeUser('outsider'), team.workspace.slug)).toBe('404');
  });
});
