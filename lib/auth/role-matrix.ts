import { PERMISSIONS, ROLES, can, type Permission } from './permissions';

/** The role matrix as a Markdown table, for the README (a unit test keeps them equal). */
export function roleMatrixMarkdown(): string {
  const header = `| permission | ${ROLES.join(' | ')} |`;
  const rule = `|---|${ROLES.map(() => ':-:').join('|')}|`;
  const rows = (Object.keys(PERMISSIONS) as Permission[]).map(
    (p) => `| ${PERMISSIONS[p].label} (\`${p}\`) | ${ROLES.map((r) => (can(r, p) ? '✓' : '—')).join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n');
}
