'use server';

import { z } from 'zod';
import { asUtcInput } from '@/app/_components/utc';
import { workspaceAction } from '@/lib/actions/workspace-action';
import { addConsentEvent, consentEventInputSchema, deleteConsentEvent } from '@/lib/consent/events';
import { createProfile, profileInputSchema, setProfileArchived, updateProfile } from '@/lib/profiles/profiles';
import { followerCountInputSchema, recordFollowerCount } from '@/lib/profiles/followers';

// Profiles and their opt-in timeline. Each action is its permission and one call into lib/;
// the wrapper checks the session and the role, validates, and reports errors inline.

const id = z.string().uuid('Not a valid id.');

export const createProfileAction = workspaceAction('data:write', profileInputSchema, async (input, { db, access }) => {
  const profile = await createProfile(db, access, input);
  return { id: profile.id, name: profile.name };
});

export const updateProfileAction = workspaceAction('data:write', profileInputSchema.extend({ profileId: id }), async ({ profileId, ...input }, { db, access }) => {
  await updateProfile(db, access, profileId, input);
});

export const archiveProfileAction = workspaceAction(
  'data:write',
  z.object({ profileId: id, archived: z.enum(['true', 'false']) }),
  async ({ profileId, archived }, { db, access }) => {
    await setProfileArchived(db, access, profileId, archived === 'true');
  },
);

// The form's datetime-local has no zone: it is read as UTC, as the form says.
const consentEventFields = consentEventInputSchema.extend({
  profileId: id,
  effectiveAt: z.preprocess(asUtcInput, consentEventInputSchema.shape.effectiveAt),
});

export const addConsentEventAction = workspaceAction('data:write', consentEventFields, async ({ profileId, note, ...event }, { db, access }) => {
  await addConsentEvent(db, access, profileId, { ...event, note: note ?? undefined }, 'manual');
});

/** The guide's one-click "I turned it OFF/ON today": an event effective now. */
export const recordToggleNowAction = workspaceAction(
  'data:write',
  z.object({ profileId: id, status: z.enum(['on', 'off']) }),
  async ({ profileId, status }, { db, access }) => {
    await addConsentEvent(db, access, profileId, { status, effectiveAt: new Date(), note: 'Recorded from the opt-out guide (“changed it today”).' }, 'manual');
  },
);

export const deleteConsentEventAction = workspaceAction('data:write', z.object({ profileId: id, eventId: id }), async ({ profileId, eventId }, { db, access }) => {
  await deleteConsentEvent(db, access, profileId, eventId);
});

export const recordFollowersAction = workspaceAction(
  'data:write',
  followerCountInputSchema.extend({ profileId: id }),
  async ({ profileId, ...count }, { db, access }) => {
    await recordFollowerCount(db, access, profileId, count);
  },
);
