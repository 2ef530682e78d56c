import { can, type Permission, type Role } from '@/lib/auth/permissions';

// The workspace's sections. Only features that exist are listed, and each only for the
// roles that may open it (the pages check again through the door).
const SECTIONS: { path: string; label: string; permission: Permission; exact?: boolean }[] = [
  { path: '', label: 'Dashboard', permission: 'workspace:read', exact: true },
  { path: '/opt-in-test', label: 'Opt-in test', permission: 'workspace:read' },
  { path: '/profiles', label: 'Profiles', permission: 'workspace:read' },
  { path: '/posts', label: 'Posts', permission: 'workspace:read' },
  { path: '/imports', label: 'Import', permission: 'workspace:read' },
  { path: '/entities', label: 'Names', permission: 'workspace:read' },
  { path: '/answers', label: 'AI answers', permission: 'workspace:read' },
  { path: '/prompts', label: 'Prompts', permission: 'workspace:read' },
  { path: '/annotations', label: 'Notes', permission: 'workspace:read' },
  { path: '/settings', label: 'Settings', permission: 'workspace:update' },
];

const SETTINGS: { path: string; label: string; permission: Permission }[] = [
  { path: '/settings', label: 'General', permission: 'workspace:update' },
  { path: '/settings/members', label: 'Members', permission: 'members:manage' },
  { path: '/settings/tokens', label: 'API tokens', permission: 'tokens:manage' },
  { path: '/settings/rules', label: 'Region rules', permission: 'workspace:update' },
  { path: '/settings/engines', label: 'AI engines', permission: 'engines:manage' },
  { path: '/settings/audit', label: 'Audit log', permission: 'audit:read' },
];

const visible = <T extends { path: string; permission: Permission }>(items: T[], slug: string, role: Role) =>
  items.filter((i) => can(role, i.permission)).map((i) => ({ ...i, href: `/w/${slug}${i.path}` }));

export const workspaceSections = (slug: string, role: Role) => visible(SECTIONS, slug, role);
export const settingsSections = (slug: string, role: Role) =>
  visible(SETTINGS, slug, role).map((i) => ({ ...i, exact: i.path === '/settings' }));
