import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, ROLES, roleRank, type Permission } from '@/lib/auth/permissions';
import { roleMatrixMarkdown } from '@/lib/auth/role-matrix';

describe('the role matrix', () => {
  it.each([
    ['owner', 'workspace:delete', true],
    ['admin', 'workspace:delete', false],
    ['admin', 'members:manage', true],
    ['admin', 'owners:manage', false],
    ['editor', 'data:write', true],
    ['editor', 'members:manage', false],
    ['editor', 'tokens:manage', false],
    ['viewer', 'workspace:read', true],
    ['viewer', 'data:write', false],
    ['viewer', 'audit:read', false],
  ] as const)('%s may %s: %s', (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  it('gives every higher role every permission of the roles below it', () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
      for (let i = 1; i < ROLES.length; i++) {
        if (can(ROLES[i]!, permission)) expect(can(ROLES[i - 1]!, permission), `${ROLES[i - 1]} ${permission}`).toBe(true);
      }
    }
  });

  it('ranks owner above admin above editor above viewer', () => {
    expect(ROLES.map(roleRank)).toEqual([4, 3, 2, 1]);
  });

  it('is printed in the README exactly as the code defines it', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(roleMatrixMarkdown());
  });
});
