import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/guards';
import { can } from '@/lib/auth/permissions';
import { ANSWER_ENGINES, ANSWERS_CSV_HEADER } from '@/lib/answers/imports';
import { formatLabel, OPTLENS_CONSENT_HEADER, OPTLENS_POSTS_COLUMN_DOCS } from '@/lib/imports';
import { listImports } from '@/lib/imports/run-import';
import { listProfiles } from '@/lib/profiles/profiles';
import { env } from '@/lib/env';
import { Badge, Card, cell, EmptyState, formatDateTime, PageHeader, Table } from '@/app/_components/ui';
import { ImportUploader } from './import-uploader';

export const metadata: Metadata = { title: 'Import' };

const FORMATS = [
  ['LinkedIn data archive', 'The .zip from Settings → Data privacy → Get a copy of your data (its Shares.csv), or Shares.csv on its own.'],
  ['Creator analytics', 'The .xlsx from your content analytics → Export: daily impressions and engagements, top posts, followers.'],
  ['Single post analytics', 'The .xlsx exported from one post’s analytics.'],
  ['Company page content', 'The page’s content export as .xlsx, .xls or .csv.'],
  ['Optlens posts template', 'For anything else: one row per post and day of metrics.'],
  ['Optlens opt-in events template', 'The profile’s history of the setting, one change per row: status (on/off), effective_at (UTC), note.'],
  ['ChatGPT data export', 'AI answers: the .zip from ChatGPT → Settings → Data controls → Export data (or its conversations.json). Every reply is paired with its question; edited branches that were abandoned are left out. Needs no profile.'],
  ['Optlens answers template', 'AI answers from any engine, one per row: asked_at, engine, model, prompt, answer, citations. Needs no profile.'],
] as const;

export default async function ImportPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const { workspace, role } = await requirePageAccess(slug, 'workspace:read');
  const db = await getDb();
  const [profiles, history] = await Promise.all([listProfiles(db, workspace.id), listImports(db, workspace.id)]);
  const base = `/w/${workspace.slug}`;
  return (
    <div className="space-y-6">
      <PageHeader title="Import" description="Bring in LinkedIn’s own exports and AI answers. The format is recognised from the file’s content; importing the same file twice changes nothing." />
      {can(role, 'data:write') ? (
        <Card title="Upload a file" description={`Up to ${env().IMPORT_MAX_MB} MB. Preview first: it shows what the import would add, update and reject, and writes nothing.`}>
          {profiles.length === 0 && (
            <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
              LinkedIn files belong to a profile: <Link className="text-indigo-600 underline dark:text-indigo-400" href={`${base}/profiles`}>add the profile</Link> first. AI answers files need none.
            </p>
          )}
          <ImportUploader workspace={workspace.slug} profiles={profiles.map((p) => ({ value: p.id, label: `${p.name} (${p.kind === 'company' ? 'company page' : 'member'})` }))} />
        </Card>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Your role can read imports but not make them.</p>
      )}

      <Card title="What Optlens reads">
        <ul className="space-y-2 text-sm">
          {FORMATS.map(([name, text]) => (
            <li key={name}>
              <span className="font-medium">{name}</span> — <span className="text-zinc-600 dark:text-zinc-400">{text}</span>
            </li>
          ))}
        </ul>
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer font-medium text-indigo-600 dark:text-indigo-400">The Optlens templates</summary>
          <p className="mt-2">
            <a className="text-indigo-600 underline dark:text-indigo-400" href={`${base}/imports/template?template=consent`}>
              Download the opt-in events template
            </a>{' '}
            (<code className="text-xs">{OPTLENS_CONSENT_HEADER}</code>; the events belong to the profile you import into; future dates are refused).
          </p>
          <p className="mt-2">
            <a className="text-indigo-600 underline dark:text-indigo-400" href={`${base}/imports/template?template=answers`}>
              Download the AI answers template
            </a>{' '}
            (<code className="text-xs">{ANSWERS_CSV_HEADER}</code>; engine is one of {ANSWER_ENGINES.join(', ')}; citations are links separated by spaces or line breaks).
          </p>
          <p className="mt-2">
            <a className="text-indigo-600 underline dark:text-indigo-400" href={`${base}/imports/template`}>
              Download the posts template
            </a>{' '}
            (UTF-8, comma-separated, header in the first row, columns in any order).
          </p>
          <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
            {Object.entries(OPTLENS_POSTS_COLUMN_DOCS).map(([column, doc]) => (
              <div key={column} className="contents">
                <dt className="font-mono text-xs">{column}</dt>
                <dd className="text-zinc-600 dark:text-zinc-400">{doc}</dd>
              </div>
            ))}
          </dl>
        </details>
      </Card>

      <Card title="Recent imports">
        {history.length === 0 ? (
          <p className="text-sm text-zinc-500">No imports yet.</p>
        ) : (
          <Table caption="Recent imports" head={['When', 'File', 'Format', 'Status', 'Read', 'Added', 'Updated', 'Unchanged', 'Rejected']}>
            {history.map((i) => (
              <tr key={i.id}>
                <td className={`${cell} whitespace-nowrap text-zinc-500`}>{formatDateTime(i.createdAt)}</td>
                <td className={cell}>{i.fileName}</td>
                <td className={cell}>{formatLabel(i.format)}</td>
                <td className={cell}>
                  <Badge tone={i.status === 'succeeded' ? 'green' : i.status === 'failed' ? 'red' : 'amber'}>{i.status}</Badge>
                  {i.message && <div className="mt-1 max-w-md text-xs text-red-700 dark:text-red-300">{i.message}</div>}
                </td>
                {[i.rowsRead, i.added, i.updated, i.skipped, i.rejected].map((n, k) => (
                  <td key={k} className={`${cell} tabular-nums`}>
                    {n.toLocaleString('en')}
                  </td>
                ))}
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
