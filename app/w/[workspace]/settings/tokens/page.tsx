import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/guards';
import { listApiTokens, TOKEN_ROLES } from '@/lib/auth/api-tokens';
import { roleRank } from '@/lib/auth/permissions';
import { Badge, Card, cell, formatDateTime, PageHeader, Table } from '@/app/_components/ui';
import { CreateTokenForm, RevokeTokenForm } from './token-forms';

export const metadata: Metadata = { title: 'API tokens' };

export default async function TokensPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const { workspace, role } = await requirePageAccess(slug, 'tokens:manage');
  const tokens = await listApiTokens(await getDb(), workspace.id);
  const roles = TOKEN_ROLES.filter((r) => roleRank(r) <= roleRank(role)).map((r) => ({ value: r, label: r }));
  return (
    <div className="space-y-6">
      <PageHeader
        title="API tokens"
        description={
          <>
            Tokens let scripts use the <a className="text-indigo-600 underline dark:text-indigo-400" href="/api/v1/openapi.json">Optlens API</a> as this workspace. Send one as{' '}
            <code className="text-xs">Authorization: Bearer &lt;token&gt;</code>.
          </>
        }
      />
      <Card title="Create a token" description="The token is shown once. Only a hash of it is stored, so it cannot be shown again.">
        <CreateTokenForm workspace={workspace.slug} roles={roles} />
      </Card>
      <Card title="Tokens">
        {tokens.length === 0 ? (
          <p className="text-sm text-zinc-500">No tokens yet.</p>
        ) : (
          <Table caption="API tokens" head={['Name', 'Token', 'Role', 'Created', 'Last used', '']}>
            {tokens.map((t) => (
              <tr key={t.id} className={t.revokedAt ? 'opacity-60' : undefined}>
                <td className={`${cell} font-medium`}>{t.name}</td>
                <td className={`${cell} font-mono text-xs`}>{t.prefix}…</td>
                <td className={cell}>
                  <Badge>{t.role}</Badge>
                </td>
                <td className={`${cell} text-zinc-500`}>{formatDateTime(t.createdAt)}</td>
                <td className={`${cell} text-zinc-500`}>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'never'}</td>
                <td className={`${cell} text-right`}>
                  {t.revokedAt ? <Badge tone="red">revoked {formatDateTime(t.revokedAt)}</Badge> : <RevokeTokenForm workspace={workspace.slug} tokenId={t.id} name={t.name} />}
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
