import 'server-only';
import { revalidatePath } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { getDb, type Db } from '@/db/client';
import { requireMember, type Access } from '@/lib/auth/access';
import type { Permission } from '@/lib/auth/permissions';
import { requireSessionUser, userPrincipal } from '@/lib/auth/guards';
import { toFormError, type FormState } from './form-state';

const workspaceField = z.object({ workspace: z.string().min(1) });

/**
 * Wraps a server action that acts inside a workspace: reads FormData, checks the caller
 * through the authorization door (the workspace slug comes from the form's hidden
 * `workspace` field), validates the input with zod, runs the work and refreshes the
 * workspace's pages. Errors come back as a FormState for the form to show inline; the
 * domain functions that the audit log covers (members, tokens, the workspace, region rules)
 * write their audit events inside their own transactions.
 */
export function workspaceAction<S extends z.ZodType, R>(
  permission: Permission,
  schema: S,
  run: (input: z.infer<S>, ctx: { db: Db; access: Access }) => Promise<R>,
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState<R>> => {
    try {
      const user = await requireSessionUser();
      const fields = Object.fromEntries(formData);
      const { workspace: slug } = workspaceField.parse(fields);
      const db = await getDb();
      const access = await requireMember(db, userPrincipal(user), { slug }, permission);
      const input = schema.parse(fields);
      const data = await run(input, { db, access });
      revalidatePath(`/w/${access.workspace.slug}`, 'layout');
      return { status: 'ok', data };
    } catch (error) {
      unstable_rethrow(error); // redirect() after success is not a failure
      return toFormError(error);
    }
  };
}
