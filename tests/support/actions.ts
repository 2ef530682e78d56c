import { vi } from 'vitest';
import type { User } from '@/db/schema';
import type { FormState } from '@/lib/actions/form-state';
import { sessionUser } from '@/lib/auth/session';

// For tests of server actions. The test file must mock the session module first:
//   vi.mock('@/lib/auth/session', () => ({ sessionUser: vi.fn() }));

export type Action = (previous: FormState, form: FormData) => Promise<FormState<unknown>>;
export type Fields = Record<string, string>;
export type Outcome = FormState<any> | { redirectedTo: string };

/** Signs `user` in, submits the form for workspace `slug`, and turns Next's redirect() into an outcome. */
export async function submit(action: Action, user: User | null, slug: string, fields: Fields = {}): Promise<Outcome> {
  vi.mocked(sessionUser).mockResolvedValue(user);
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...fields, workspace: slug })) form.append(name, value);
  try {
    return await action({ status: 'idle' }, form);
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT')) return { redirectedTo: digest.split(';')[2]! };
    throw error;
  }
}
