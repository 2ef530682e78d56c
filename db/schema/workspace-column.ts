import { uuid } from 'drizzle-orm/pg-core';
import { workspaces } from './auth';

/** The workspace a row belongs to: every table but the account tables has one, and every query filters on it. */
export const workspaceId = () =>
  uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });
