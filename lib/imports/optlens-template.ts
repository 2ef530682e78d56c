// The Optlens posts template: a CSV anyone can fill in from a spreadsheet when LinkedIn's own
// exports do not cover a post (or for data from another tool). Documented on the import page,
// downloadable there as `optlens-posts.csv` (renderPostsTemplateSample).
//
// One row per post and day of metrics; a post measured on several days takes several rows.
// Separator `,` (`;` and tab are read too), UTF-8 with or without BOM, header in the first row,
// columns in any order, headers case-insensitive.

export const OPTLENS_POSTS_COLUMNS = [
  'url',
  'published_at',
  'text',
  'media_kind',
  'captured_on',
  'impressions',
  'members_reached',
  'reactions',
  'comments',
  'reposts',
  'clicks',
  'saves',
] as const;

export type OptlensPostsColumn = (typeof OPTLENS_POSTS_COLUMNS)[number];

export const OPTLENS_POSTS_HEADER = OPTLENS_POSTS_COLUMNS.join(',');

export const OPTLENS_MEDIA_KINDS = ['text', 'image', 'video', 'article', 'document', 'poll', 'event', 'repost'] as const;

export const METRIC_COLUMNS = ['impressions', 'members_reached', 'reactions', 'comments', 'reposts', 'clicks', 'saves'] as const;

/** What each column holds, for the import page. */
export const OPTLENS_POSTS_COLUMN_DOCS: Record<OptlensPostsColumn, string> = {
  url: 'Required. The post\'s LinkedIn URL in any form (…/feed/update/urn:li:activity:<id>, …/posts/<slug>-activity-<id>-…), its URN (urn:li:share:<id>) or its 19-digit id.',
  published_at: 'Optional. When the post went out: 2026-05-07T16:41:18Z, 2026-05-07 16:41 (read as UTC) or 2026-05-07. Empty: taken from the post id.',
  text: 'Optional. The post\'s text; quote it when it holds commas, quotes (doubled: "") or line breaks.',
  media_kind: `Optional. One of ${OPTLENS_MEDIA_KINDS.join(', ')}.`,
  captured_on: 'The day (YYYY-MM-DD, UTC) the metrics on this row were read. Required when the row has metrics.',
  impressions: 'Optional whole number ≥ 0; empty means unknown (not zero). So are the columns below.',
  members_reached: 'Unique members who saw the post.',
  reactions: 'Likes and other reactions.',
  comments: 'Comments.',
  reposts: 'Reposts.',
  clicks: 'Clicks on the post.',
  saves: 'Saves.',
};

/** A small filled-in template to download: shows every column, a multi-line text and a metrics-only row. */
export function renderPostsTemplateSample(): string {
  const rows: string[][] = [
    [...OPTLENS_POSTS_COLUMNS],
    [
      'https://www.linkedin.com/feed/update/urn:li:activity:7458194261025673216/',
      '2026-05-07T16:41:18Z',
      'Three things we learned shipping our first data product:\n1. Ship small\n2. Measure "reach", not likes',
      'text',
      '2026-05-14',
      '12840',
      '8311',
      '214',
      '37',
      '9',
      '402',
      '18',
    ],
    ['urn:li:share:7448081445065035776', '2026-04-01', 'A link worth reading', 'article', '', '', '', '', '', '', '', ''],
    ['7458194261025673216', '', '', '', '2026-05-21', '15102', '9020', '240', '41', '11', '455', '21'],
  ];
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
