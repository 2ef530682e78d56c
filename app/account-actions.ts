'use server';

import { cookies } from 'next/headers';
import { z } from 'zod';
import { redirect, unstable_rethrow } from 'next/navigation';
import { getDb } from '@/db/client';
import { toFormError, type FormState } from '@/lib/actions/form-state';
import { requireSessionUser } from '@/lib/auth/guards';
import { acceptInvitation } from '@/lib/workspaces/invitations';
import { createWorkspace, workspaceNameSchema } from '@/lib/workspaces/workspaces';
import { THEME_COOKIE, themeSchema } from '@/lib/theme';

// Actions of a signed-in user that are not inside one workspace yet.

export async function createWorkspaceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let slug: string;
  try {
    const user = await requireSessionUser();
    const { name } = z.object({ name: workspaceNameSchema }).parse(Object.fromEntries(formData));
    const workspace = await createWorkspace(await getDb(), { userId: user.id, label: user.email }, name);
    slug = workspace.slug;
  } catch (error) {
    return toFormError(error);
  }
  redirect(`/w/${slug}`);
}

export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let slug: string;
  try {
    const user = await requireSessionUser();
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
