import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/guards';
import { listRegionRules } from '@/lib/consent/region-rules';
import { regionName } from '@/lib/profiles/regions';
import { ExternalLink } from '@/app/_components/external-link';
import { Badge, Card, cell, EmptyState, PageHeader, Table } from '@/app/_components/ui';
import { DeleteRuleForm, RuleForm } from './rule-forms';

export const metadata: Metadata = { title: 'Region rules' };

function Regions({ codes }: { codes: string[] }) {
  if (codes.includes('*')) return <span>everywhere else</span>;
  return (
    <span className="font-mono text-xs leading-relaxed">
      {codes.map((code, i) => (
        <span key={code}>
          {i > 0 && ' '}
          <abbr title={regionName(code)} className="no-underline">
            {code}
          </abbr>
        </span>
      ))}
    </span>
  );
}

export default async function RegionRulesPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<{ edit?: string }>;
}) {
  const { workspace: slug } = await params;
  const { workspace } = await requirePageAccess(slug, 'workspace:update');
  const { edit } = await searchParams;
  const rules = await listRegionRules(await getDb(), workspace.id);
  const editing = rules.find((r) => r.id === edit);
  const base = `/w/${workspace.slug}/settings/rules`;

  return (
    <div className="space-y-6">
      <PageHeader
        title="Region rules"
        description="LinkedIn’s published changes to “Data for Generative AI Improvement”: from which day, for which regions, whether members there were exempt and what the toggle defaulted to. Exposure is computed from these rows and the recorded changes; correct them when LinkedIn changes its policy again."
      />
      {editing && (
        <Card
          title={`Edit the rule from ${editing.effectiveFrom}`}
          description={
            <Link href={base} className="text-indigo-600 hover:underline dark:text-indigo-400">
              Done editing
            </Link>
          }
        >
          <RuleForm key={editing.id} workspace={workspace.slug} rule={editing} />
        </Card>
      )}
      <Card>
        {rules.length === 0 ? (
          <EmptyState title="No rules">Without rules no profile has a setting, so no post counts as exposed. Add LinkedIn’s changes below.</EmptyState>
        ) : (
          <Table caption="Region rules" head={['From', 'Regions', 'Exempt', 'Default', 'Rule', 'Source', '']}>
            {rules.map((rule) => (
              <tr key={rule.id} className={rule.id === editing?.id ? 'bg-indigo-50 dark:bg-indigo-950/40' : undefined}>
                <td className={`${cell} whitespace-nowrap`}>
                  {rule.effectiveFrom}
                  {rule.startUnconfirmed && (
                    <div className="mt-1">
                      <Badge tone="amber">start unconfirmed</Badge>
                    </div>
                  )}
                </td>
                <td className={`${cell} min-w-44 max-w-56`}>
                  <Regions codes={rule.regions} />
                </td>
                <td className={cell}>{rule.exempt ? <Badge tone="green">exempt</Badge> : 'no'}</td>
                <td className={cell}>{rule.defaultOn ? 'ON' : 'OFF'}</td>
                <td className={`${cell} min-w-48`}>{rule.label}</td>
                <td className={`${cell} min-w-48 text-xs`}>
                  <ExternalLink href={rule.sourceUrl}>{rule.sourceTitle}</ExternalLink>
                </td>
                <td className={`${cell} whitespace-nowrap text-right`}>
                  <Link href={`${base}?edit=${rule.id}`} className="mr-1 text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
                    Edit<span className="sr-only"> the rule from {rule.effectiveFrom}</span>
                  </Link>
                  <DeleteRuleForm workspace={workspace.slug} ruleId={rule.id} label={`${rule.effectiveFrom}: ${rule.label}`} />
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      <Card title="Add a rule" description="A later rule for a region replaces the earlier one from its date; on the same date, a rule naming the region beats the * rule.">
        <RuleForm workspace={workspace.slug} />
      </Card>
    </div>
  );
}
