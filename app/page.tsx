import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { sessionUser } from '@/lib/auth/session';
import { listUserWorkspaces } from '@/lib/workspaces/workspaces';

// The front door: signed-out visitors sign in; members go to their first workspace.
export default async function Home() {
  const user = await sessionUser();
  if (!user) redirect('/sign-in');
  const [first] = await listUserWorkspaces(await getDb(), user.id);
  redirect(first ? `/w/${first.slug}` : '/workspaces/new');
}
