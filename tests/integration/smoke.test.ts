import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { requireMember } from '@/lib/auth/access';
import { createUser } from '@/lib/auth/users';
import { createWorkspace } from '@/lib/workspaces/workspaces';

describe('smoke', () => {
  it('creates a user and a workspace they own', async () => {
    const db = await getDb();
    const user = await createUser(db, { email: 'A@Example.com ', password: 'correct horse' });
    expect(user.email).toBe('a@example.com');
    const ws = await createWorkspace(db, { userId: user.id, label: user.email }, 'Acme Corp');
    expect(ws.slug).toBe('acme-corp');
    const access = await requireMember(db, { kind: 'user', userId: user.id, email: user.email }, { slug: 'acme-corp' }, 'workspace:delete');
    expect(access.role).toBe('owner');
  });
});
