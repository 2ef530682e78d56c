'use server';

import { cookies } from 'next/headers';
import { redirect, unstable_rethrow } from 'next/navigation';
import { getDb } from '@/db/client';
import { toFormError, type FormState } from '@/lib/actions/form-state';
import { sessionUser } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { acceptInvitation } from '@/lib/workspaces/invitations';
import { createWorkspace } from '@/lib/workspaces/workspaces';
import { THEME_COOKIE, themeSchema } from '@/lib/theme';

// Actions of a signed-in user that are not inside one workspace yet.

async function signedInUser() {
  const user = await sessionUser();
  if (!user) throw new AppError('unauthorized', 'Your session has ended. Sign in again.');
  return user;
}

export async function createWorkspaceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let slug: string;
  try {
    const user = await signedInUser();
    const workspace = await createWorkspace(await getDb(), { userId: user.id, label: user.email }, String(formData.get('name') ?? ''));
    slug = workspace.slug;
  } catch (error) {
    return toFormError(error);
  }
  redirect(`/w/${slug}`);
}

export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let slug: string;
  try {
    const user = await signedInUser();
    const result = await acceptInvitation(await getDb(), { userId: user.id, email: user.email }, String(formData.get('token') ?? ''));
    slug = result.workspaceSlug;
  } catch (error) {
    unstable_rethrow(error);
    return toFormError(error);
  }
  redirect(`/w/${slug}`);
}

export async function setThemeAction(formData: FormData) {
  const theme = themeSchema.parse(formData.get('theme'));
  (await cookies()).set(THEME_COOKIE, theme, { path: '/', maxAge: 365 * 86_400, sameSite: 'lax' });
}
