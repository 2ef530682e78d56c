import type { Role } from '@/db/schema';

export type { Role };

export const ROLES = ['owner', 'admin', 'editor', 'viewer'] as const satisfies readonly Role[];

/**
 * The role matrix: the single source of "who may do what" in a workspace. The authorization
 * door (lib/auth/access.ts) enforces it for every page, server action and API route, and the
 * README prints it (lib/auth/role-matrix.ts renders it, `npm run docs:roles` prints it,
 * and a unit test fails when the README's copy differs).
 */
export const PERMISSIONS = {
  'workspace:read': { label: 'Read the workspace’s data and members', roles: ['owner', 'admin', 'editor', 'viewer'] },
  'data:write': { label: 'Add, edit, import and delete data', roles: ['owner', 'admin', 'editor'] },
  'members:manage': { label: 'Invite members, change roles, remove members', roles: ['owner', 'admin'] },
  'owners:manage': { label: 'Grant or take the owner role, remove an owner', roles: ['owner'] },
  'tokens:manage': { label: 'Create and revoke API tokens', roles: ['owner', 'admin'] },
  'engines:manage': { label: 'Configure AI engines: base URLs, models, API keys', roles: ['owner', 'admin'] },
  'audit:read': { label: 'Read the audit log', roles: ['owner', 'admin'] },
  'workspace:update': { label: 'Rename the workspace, change its URL', roles: ['owner', 'admin'] },
  'workspace:export': { label: 'Download all of the workspace’s data', roles: ['owner'] },
  'workspace:delete': { label: 'Delete the workspace and all its data', roles: ['owner'] },
} as const satisfies Record<string, { label: string; roles: readonly Role[] }>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission].roles as readonly Role[]).includes(role);
}

/** owner > admin > editor > viewer; used where a role may only hand out roles up to its own. */
export function roleRank(role: Role): number {
  return ROLES.length - ROLES.indexOf(role);
}
