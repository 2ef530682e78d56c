import Link from 'next/link';
import type { listPosts, PostSort } from '@/lib/posts/list';
import { ExposureBadge } from '@/app/_components/exposure';
import { Badge, cell, formatCount, formatDay, formatRate, Table, type TableHead } from '@/app/_components/ui';
import { currentSort, sortQuery, type ListParams } from './list-params';

type PostRow = Awaited<ReturnType<typeof listPosts>>['items'][number];

const excerpt = (text: string | null) => {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > 110 ? `${flat.slice(0, 109)}…` : flat;
};

export function PostsTable({ base, params, items }: { base: string; params: ListParams; items: PostRow[] }) {
  const now = currentSort(params);
  const sortable = (sort: PostSort, label: string, numeric = true): TableHead => {
    const active = now.sort === sort;
    const direction = now.dir === 'asc' ? 'ascending' : 'descending';
    return {
      numeric,
      sort: active ? direction : 'none',
      label: (
        <Link href={`${base}${sortQuery(params, sort)}`} className={`inline-flex items-center gap-1 hover:text-zinc-900 dark:hover:text-white ${active ? 'text-zinc-900 dark:text-white' : ''}`}>
          {label}
          <span aria-hidden>{active ? (now.dir === 'asc' ? '↑' : '↓') : '↕'}</span>
          <span className="sr-only">{active ? `, sorted ${direction}; sort ${now.dir === 'asc' ? 'descending' : 'ascending'}` : ', sort'}</span>
        </Link>
      ),
    };
  };
  return (
    <Table
      caption="Posts"
      head={[
        sortable('published', 'Published', false),
        'Profile',
        'Post',
        sortable('impressions', 'Impressions'),
        sortable('reactions', 'Reactions'),
        sortable('comments', 'Comments'),
        sortable('reposts', 'Reposts'),
        sortable('engagementRate', 'Eng. rate'),
        'Training exposure',
      ]}
    >
      {items.map((p) => (
        <tr key={p.id}>
          <td className={`${cell} whitespace-nowrap`}>{formatDay(p.publishedAt)}</td>
          <td className={cell}>{p.profileName}</td>
          <td className={`${cell} min-w-56 max-w-md`}>
            <Link href={`${base}/${p.id}`} className="text-indigo-600 hover:underline dark:text-indigo-400">
              {excerpt(p.text) || <span className="italic">(no text)</span>}
            </Link>
          </td>
          <td className={`${cell} text-right tabular-nums`}>{formatCount(p.latestImpressions)}</td>
          <td className={`${cell} text-right tabular-nums`}>{formatCount(p.latestReactions)}</td>
          <td className={`${cell} text-right tabular-nums`}>{formatCount(p.latestComments)}</td>
          <td className={`${cell} text-right tabular-nums`}>{formatCount(p.latestReposts)}</td>
          <td className={`${cell} text-right tabular-nums`}>{formatRate(p.latestEngagementRate)}</td>
          <td className={cell}>
            <div className="flex flex-wrap gap-1">
              <ExposureBadge state={p.exposureState} />
              {p.everExposed && <Badge tone="amber">ever exposed</Badge>}
            </div>
          </td>
        </tr>
      ))}
    </Table>
  );
}
