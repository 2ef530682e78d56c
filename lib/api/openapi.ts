// The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. A test checks that
// every route folder under app/api/v1 appears here, so the two cannot drift apart; the
// enums come from lib/, so they cannot drift from the validation either.

import { ANSWER_ENGINES } from '@/lib/answers/engines';
import { MAX_ANSWER_CHARS, MAX_CITATIONS, MAX_PROMPT_CHARS } from '@/lib/answers/record';
import { ENTITY_KINDS } from '@/lib/entities/entities';
import { MAX_JSON_BODY_BYTES } from './body';
import { POST_SORTS } from '@/lib/posts/list';
import { METRIC_FIELDS } from '@/lib/posts/metrics';
import { MEDIA_KINDS } from '@/lib/posts/posts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const nullable = (type: string, extra: object = {}) => ({ type: [type, 'null'], ...extra });
const dateTime = { type: 'string', format: 'date-time' } as const;
const uuid = { type: 'string', format: 'uuid' } as const;

const error = (description: string) => ({
  description,
  content: json(ref('Error')),
});

const badInput = error(
  'The input is not valid. `details` names the fields: a list of `{ path, message }` (path such as `metrics.impressions`), ' +
    'or `{ fieldErrors: { field: [message] } }` for checks that need the database (a LinkedIn URL without a post id, a member who is not in the workspace).',
);
const notInWorkspace = error('No such resource in the token’s workspace (it may exist in another one: the answer is the same).');
const tooLarge = error(`The JSON body is larger than 1 MB (${MAX_JSON_BODY_BYTES} bytes).`);
const created = (description: string, schema: object) => ({ description, content: json(schema) });
const jsonBody = (name: string) => ({ required: true, content: json(ref(name)) });

/** `{ items, nextCursor }`: the shape of every list. */
const list = (item: string, extra: Record<string, object> = {}, nextCursor: object = nullable('string', { description: 'Pass as `cursor` for the next page; null on the last page.' })) => ({
  type: 'object',
  required: ['items', 'nextCursor', ...Object.keys(extra)],
  properties: { items: { type: 'array', items: ref(item) }, ...extra, nextCursor },
});
const onePage = { type: 'null', description: 'Always null: the whole list comes in one page.' };

const count = nullable('integer', { minimum: 0 });
const countInput = { type: 'integer', minimum: 0 };

const authErrors = {
  '401': error('No token, or a token that is unknown or revoked.'),
  '403': error('The token’s role does not allow this.'),
  '429': {
    ...error('Too many requests for this token. Wait the number of seconds in Retry-After.'),
    headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds until the window resets.' } },
  },
};

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Optlens API',
    version: '1.0.0',
    description:
      'Every route but /health takes `Authorization: Bearer <api token>` and acts inside the token’s workspace. ' +
      'Create tokens in Workspace settings → API tokens, or with `npm run cli -- bootstrap`. ' +
      'Lists take `limit` (at most 100) and `cursor` and reply `{ items, nextCursor }`.',
  },
  servers: [{ url: '/api/v1' }],
  security: [{ bearer: [] }],
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An Optlens API token (olk_…).' } },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: {
              code: {
                type: 'string',
                enum: ['bad_request', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'too_large', 'rate_limited', 'internal'],
              },
              message: { type: 'string' },
              details: {},
            },
          },
        },
      },
      Workspace: {
        type: 'object',
        required: ['id', 'name', 'slug', 'createdAt', 'role'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          name: { type: 'string' },
          slug: { type: 'string', description: 'The workspace’s part of app URLs: /w/{slug}.' },
          createdAt: { type: 'string', format: 'date-time' },
          role: { type: 'string', enum: ['admin', 'editor', 'viewer'], description: 'The role the token acts with.' },
        },
      },
      Profile: {
        type: 'object',
        required: ['id', 'name', 'kind', 'linkedinUrl', 'region', 'memberUserId', 'archivedAt', 'createdAt', 'updatedAt'],
        properties: {
          id: uuid,
          name: { type: 'string' },
          kind: { type: 'string', enum: ['member', 'company'] },
          linkedinUrl: nullable('string', { format: 'uri' }),
          region: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 code of the country the profile is registered in.' },
          memberUserId: nullable('string', { format: 'uuid', description: 'The workspace member this profile belongs to, if any.' }),
          archivedAt: nullable('string', { format: 'date-time', description: 'Archived profiles keep their history but leave lists.' }),
          createdAt: dateTime,
          updatedAt: dateTime,
        },
      },
      ProfileInput: {
        type: 'object',
        required: ['name', 'kind', 'region'],
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 120 },
          kind: { type: 'string', enum: ['member', 'company'] },
          linkedinUrl: { type: 'string', format: 'uri', description: 'A https://…linkedin.com/ address.' },
          region: { type: 'string', description: 'ISO 3166-1 alpha-2 code, any case (stored upper case).', examples: ['US', 'de'] },
          memberUserId: { ...uuid, description: 'A user who is a member of this workspace.' },
        },
      },
      ProfileList: list('Profile', {}, onePage),
      Alias: {
        type: 'object',
        required: ['text', 'caseSensitive'],
        properties: { text: { type: 'string' }, caseSensitive: { type: 'boolean', description: 'Match only as written (for names that are common words).' } },
      },
      Entity: {
        type: 'object',
        required: ['id', 'name', 'kind', 'isUs', 'caseSensitive', 'aliases', 'archivedAt', 'createdAt', 'updatedAt'],
        properties: {
          id: uuid,
          name: { type: 'string' },
          kind: { type: 'string', enum: [...ENTITY_KINDS] },
          isUs: { type: 'boolean', description: 'The workspace’s own person, brand or product; false for a competitor.' },
          caseSensitive: { type: 'boolean', description: 'The default for aliases that do not say.' },
          aliases: { type: 'array', items: ref('Alias'), description: 'Other names; the entity’s name always counts too.' },
          archivedAt: nullable('string', { format: 'date-time' }),
          createdAt: dateTime,
          updatedAt: dateTime,
        },
      },
      EntityInput: {
        type: 'object',
        required: ['name', 'kind'],
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 200 },
          kind: { type: 'string', enum: [...ENTITY_KINDS] },
          isUs: { type: 'boolean', default: true },
          caseSensitive: { type: 'boolean', default: false, description: 'The default for its aliases.' },
          aliases: {
            type: 'array',
            maxItems: 100,
            items: { oneOf: [{ type: 'string' }, { type: 'object', required: ['text'], properties: { text: { type: 'string' }, caseSensitive: { type: 'boolean' } } }] },
          },
        },
      },
      EntityList: list('Entity', {}, onePage),
      Mention: {
        type: 'object',
        required: ['entityId', 'alias', 'start', 'end', 'rank', 'visibility', 'sentiment'],
        properties: {
          entityId: uuid,
          alias: { type: 'string', description: 'The name or alias that matched, as the entity lists it.' },
          start: { type: 'integer', minimum: 0, description: 'UTF-16 offset into `answer` (as JavaScript strings count) where the match starts.' },
          end: { type: 'integer', minimum: 0, description: 'UTF-16 offset where it ends (exclusive). A possessive or plural ending is not included.' },
          rank: { type: 'integer', minimum: 1, description: 'Order of the entity’s first appearance among tracked entities in this answer (1 = first).' },
          visibility: { type: 'number', minimum: 0, maximum: 1, description: 'The entity’s GEO position-adjusted word share in this answer (Aggarwal et al. 2023).' },
          sentiment: { type: 'number', minimum: -1, maximum: 1, description: 'AFINN comparative score of the sentence holding this mention.' },
        },
      },
      AnswerEntity: {
        type: 'object',
        description: 'One entity named in the answer, summed up.',
        required: ['entityId', 'name', 'isUs', 'rank', 'visibility', 'wordShare', 'sentiment', 'mentionCount', 'ownCitation'],
        properties: {
          entityId: uuid,
          name: { type: 'string' },
          isUs: { type: 'boolean' },
          rank: { type: 'integer', minimum: 1 },
          visibility: { type: 'number', minimum: 0, maximum: 1 },
          wordShare: { type: 'number', minimum: 0, maximum: 1, description: 'The GEO word share without the position weight.' },
          sentiment: { type: 'number', minimum: -1, maximum: 1, description: 'Over every sentence naming the entity.' },
          mentionCount: { type: 'integer', minimum: 1 },
          ownCitation: { type: 'boolean', description: 'A citation points to one of this entity’s domains.' },
        },
      },
      CitationDetail: {
        type: 'object',
        required: ['url', 'host', 'ours', 'entityIds', 'linkedinPostId'],
        properties: {
          url: { type: 'string' },
          host: nullable('string'),
          ours: { type: 'boolean', description: 'Points to an “us” entity’s domain or one of the workspace’s LinkedIn posts.' },
          entityIds: { type: 'array', items: uuid, description: 'Entities whose domain this is.' },
          linkedinPostId: nullable('string', { description: 'The LinkedIn post the URL names, if any.' }),
        },
      },
      Answer: {
        type: 'object',
        required: ['id', 'engine', 'model', 'askedAt', 'prompt', 'answer', 'citations', 'source', 'promptId', 'mentions', 'entities', 'citationDetails', 'createdAt'],
        properties: {
          id: uuid,
          engine: { type: 'string', enum: [...ANSWER_ENGINES] },
          model: nullable('string'),
          askedAt: dateTime,
          prompt: { type: 'string' },
          answer: { type: 'string' },
          citations: { type: 'array', items: { type: 'string' } },
          source: { type: 'string', enum: ['manual', 'api', 'import', 'probe'] },
          promptId: nullable('string', { format: 'uuid' }),
          mentions: { type: 'array', items: ref('Mention'), description: 'In order of `start`.' },
          entities: { type: 'array', items: ref('AnswerEntity'), description: 'In rank order.' },
          citationDetails: { type: 'array', items: ref('CitationDetail'), description: 'One per citation, same order.' },
          createdAt: dateTime,
        },
      },
      AnswerInput: {
        type: 'object',
        required: ['engine', 'askedAt', 'prompt', 'answer'],
        properties: {
          engine: { type: 'string', enum: [...ANSWER_ENGINES] },
          model: { type: 'string', maxLength: 200 },
          askedAt: { ...dateTime, description: 'When the question was asked; not in the future.' },
          prompt: { type: 'string', minLength: 1, maxLength: MAX_PROMPT_CHARS },
          answer: { type: 'string', minLength: 1, maxLength: MAX_ANSWER_CHARS, description: 'Stored exactly as sent: mention offsets point into it.' },
          citations: { type: 'array', maxItems: MAX_CITATIONS, items: { type: 'string', format: 'uri', description: 'http(s) only.' } },
          promptId: { ...uuid, description: 'The tracked prompt this answers, if any.' },
        },
      },
      AnswerList: list('Answer'),
      ExposureRule: {
        type: 'object',
        description: 'The region rule (DESIGN.md “Effective training exposure”) in force at that time.',
        required: ['id', 'label', 'exempt'],
        properties: { id: uuid, label: { type: 'string' }, exempt: { type: 'boolean', description: 'No training on these members whatever the toggle says.' } },
      },
      ExposureState: {
        type: 'string',
        enum: ['exposed', 'opted_out', 'exempt', 'no_setting'],
        description: 'exposed: toggle ON in a region that is not exempt; opted_out: toggle OFF; exempt: the region rule forbids training; no_setting: before the setting existed.',
      },
      ConsentEvent: {
        type: 'object',
        required: ['id', 'profileId', 'status', 'effectiveAt', 'note', 'recordedVia', 'recordedByEmail', 'createdAt', 'exposureEffective', 'exposureState', 'rule'],
        properties: {
          id: uuid,
          profileId: uuid,
          status: { type: 'string', enum: ['on', 'off'] },
          effectiveAt: dateTime,
          note: nullable('string'),
          recordedVia: { type: 'string', enum: ['manual', 'api', 'import'] },
          recordedByEmail: nullable('string', { description: 'The member who recorded it; null when recorded through the API or an import.' }),
          createdAt: dateTime,
          exposureEffective: { type: 'boolean', description: 'Whether training exposure was in effect after this event under the region rules.' },
          exposureState: ref('ExposureState'),
          rule: { oneOf: [ref('ExposureRule'), { type: 'null' }] },
        },
      },
      ConsentEventInput: {
        type: 'object',
        required: ['status', 'effectiveAt'],
        properties: {
          status: { type: 'string', enum: ['on', 'off'] },
          effectiveAt: { type: 'string', description: 'An ISO 8601 date or date-time, at most a year ahead.', examples: ['2025-03-01T00:00:00Z'] },
          note: { type: 'string', maxLength: 1000 },
        },
      },
      ExposureNow: {
        type: 'object',
        description: 'The profile’s exposure now: the stretch of the timeline that holds the present.',
        required: ['state', 'exposureEffective', 'since', 'until', 'toggle', 'toggleFrom', 'rule'],
        properties: {
          state: ref('ExposureState'),
          exposureEffective: { type: 'boolean' },
          since: nullable('string', { format: 'date-time', description: 'null: since always.' }),
          until: nullable('string', { format: 'date-time', description: 'The next scheduled change (a future event or rule), or null.' }),
          toggle: nullable('string', { enum: ['on', 'off', null] }),
          toggleFrom: nullable('string', { enum: ['event', 'default', null], description: 'Whether the toggle comes from a recorded event or the rule’s default.' }),
          rule: { oneOf: [ref('ExposureRule'), { type: 'null' }] },
        },
      },
      ConsentTimeline: list('ConsentEvent', { current: ref('ExposureNow') }, onePage),
      LatestMetrics: {
        type: 'object',
        description: 'The newest metric snapshot’s numbers (the ones `sort` orders by).',
        required: ['capturedOn', 'impressions', 'membersReached', 'reactions', 'comments', 'reposts', 'clicks', 'engagementRate'],
        properties: {
          capturedOn: { type: 'string', format: 'date' },
          impressions: count,
          membersReached: count,
          reactions: count,
          comments: count,
          reposts: count,
          clicks: count,
          engagementRate: nullable('number', { description: '(reactions + comments + reposts + clicks) / impressions.' }),
        },
      },
      Post: {
        type: 'object',
        required: [
          'id', 'profileId', 'profileName', 'activityId', 'url', 'publishedAt', 'text', 'mediaKind', 'visibility', 'sharedUrl',
          'exposedAtPublication', 'everExposed', 'exposureState', 'latestMetrics', 'createdAt', 'updatedAt',
        ],
        properties: {
          id: uuid,
          profileId: uuid,
          profileName: { type: 'string' },
          activityId: { type: 'string', pattern: '^\\d+$', description: 'LinkedIn’s numeric id: the post’s identity in the workspace.' },
          url: { type: 'string', format: 'uri', description: 'The canonical https://www.linkedin.com/feed/update/urn:li:activity:… address.' },
          publishedAt: dateTime,
          text: nullable('string'),
          mediaKind: nullable('string', { enum: [...MEDIA_KINDS, null] }),
          visibility: nullable('string'),
          sharedUrl: nullable('string'),
          exposedAtPublication: { type: 'boolean', description: 'Under effective training exposure when published.' },
          everExposed: { type: 'boolean', description: 'Under exposure at any time since publication: once in the pool, always in the pool.' },
          exposureState: { oneOf: [ref('ExposureState'), { type: 'null' }], description: 'The state at publication.' },
          latestMetrics: { oneOf: [ref('LatestMetrics'), { type: 'null' }] },
          createdAt: dateTime,
          updatedAt: dateTime,
        },
      },
      CreatedPost: {
        allOf: [ref('Post'), { type: 'object', required: ['metrics'], properties: { metrics: { type: 'array', items: ref('MetricSnapshot') } } }],
      },
      MetricSnapshot: {
        type: 'object',
        description: 'A post’s numbers on one day. One per post per day: a later write for that day updates it.',
        required: ['capturedOn', ...METRIC_FIELDS, 'importId'],
        properties: {
          capturedOn: { type: 'string', format: 'date' },
          ...Object.fromEntries(METRIC_FIELDS.map((f) => [f, count])),
          importId: nullable('string', { format: 'uuid', description: 'The import that wrote it, if any.' }),
        },
      },
      MetricSnapshotInput: {
        type: 'object',
        properties: {
          capturedOn: { type: 'string', format: 'date', description: 'The UTC day of the numbers; today when left out.' },
          ...Object.fromEntries(METRIC_FIELDS.map((f) => [f, countInput])),
        },
      },
      PostInput: {
        type: 'object',
        required: ['profileId', 'url'],
        properties: {
          profileId: { ...uuid, description: 'A profile of this workspace.' },
          url: { type: 'string', maxLength: 2000, description: 'Any LinkedIn URL or URN of the post (feed/update, posts/…-activity-…, urn:li:share:…).' },
          publishedAt: { type: 'string', description: 'ISO 8601; when left out, the time encoded in the post’s id.' },
          text: { type: 'string', maxLength: 100000 },
          mediaKind: { type: 'string', enum: [...MEDIA_KINDS] },
          visibility: { type: 'string', maxLength: 40 },
          metrics: ref('MetricSnapshotInput'),
        },
      },
      PostList: list('Post'),
      ImportProblem: {
        type: 'object',
        required: ['message'],
        properties: { file: { type: 'string' }, sheet: { type: 'string' }, row: { type: 'integer' }, column: { type: 'string' }, message: { type: 'string' } },
      },
      ImportCounts: {
        type: 'object',
        required: ['rowsRead', 'added', 'updated', 'skipped', 'rejected'],
        properties: Object.fromEntries(['rowsRead', 'added', 'updated', 'skipped', 'rejected'].map((k) => [k, { type: 'integer', minimum: 0 }])),
      },
      ImportResult: {
        allOf: [
          ref('ImportCounts'),
          {
            type: 'object',
            required: ['id', 'importId', 'format', 'checksum', 'dryRun', 'previouslyImportedAt', 'errors', 'notices', 'sample'],
            properties: {
              id: nullable('string', { format: 'uuid', description: 'The import record; null for a dry run.' }),
              importId: nullable('string', { format: 'uuid' }),
              format: { type: 'string', description: 'The detected file format.' },
              checksum: { type: 'string', description: 'SHA-256 of the file.' },
              dryRun: { type: 'boolean' },
              previouslyImportedAt: nullable('string', { format: 'date-time', description: 'When the same file was imported before.' }),
              errors: { type: 'array', items: ref('ImportProblem'), description: 'Rejected rows, each with where and why.' },
              notices: { type: 'array', items: ref('ImportProblem') },
              sample: {
                type: 'array',
                description: 'The first posts (or answers) of the file.',
                items: { type: 'object', properties: { key: { type: 'string' }, date: nullable('string', { format: 'date-time' }), text: nullable('string') } },
              },
            },
          },
        ],
      },
      Import: {
        allOf: [
          ref('ImportCounts'),
          {
            type: 'object',
            required: ['id', 'profileId', 'format', 'fileName', 'checksum', 'sizeBytes', 'status', 'errors', 'notices', 'message', 'createdAt', 'finishedAt'],
            properties: {
              id: uuid,
              profileId: nullable('string', { format: 'uuid' }),
              format: nullable('string'),
              fileName: { type: 'string' },
              checksum: { type: 'string' },
              sizeBytes: { type: 'integer' },
              status: { type: 'string', enum: ['running', 'succeeded', 'failed'] },
              errors: { type: 'array', items: ref('ImportProblem') },
              notices: { type: 'array', items: ref('ImportProblem') },
              message: nullable('string', { description: 'Why a failed import failed.' }),
              createdAt: dateTime,
              finishedAt: nullable('string', { format: 'date-time' }),
            },
          },
        ],
      },
      ReachTotals: {
        type: 'object',
        description: 'Reach of the posts published in the period, each with its newest numbers (DESIGN.md "Metrics").',
        required: ['posts', 'impressions', 'membersReached', 'engagementRate', 'followersGained', 'privacyExposure', 'exposedPosts'],
        properties: {
          posts: { type: 'integer' },
          impressions: { type: 'number' },
          membersReached: { type: 'number' },
          engagementRate: nullable('number', { description: '(reactions + comments + reposts + clicks) / impressions.' }),
          followersGained: nullable('number'),
          privacyExposure: { type: 'number', description: 'Privacy scores summed over the posts ever under effective training exposure.' },
          exposedPosts: { type: 'integer' },
        },
      },
      VisibilityTotals: {
        type: 'object',
        description: 'AI visibility of the workspace’s own names in the period’s answers.',
        required: ['answers', 'answersMentioning', 'mentionRate', 'shareOfVoice', 'avgRank', 'avgVisibility'],
        properties: {
          answers: { type: 'integer' },
          answersMentioning: { type: 'integer' },
          mentionRate: nullable('number', { description: 'Answers naming one of our names / answers.' }),
          shareOfVoice: nullable('number', { description: 'Mentions of our names / mentions of all tracked names, same answers.' }),
          avgRank: nullable('number'),
          avgVisibility: nullable('number', { description: 'GEO position-adjusted word count, 0 for answers not naming us.' }),
        },
      },
      OptInGroup: {
        type: 'object',
        required: ['n', 'value'],
        properties: { n: { type: 'integer' }, value: nullable('number', { description: 'Mean, or rate for the mention rate.' }) },
      },
      OptInComparison: {
        type: 'object',
        required: ['id', 'title', 'description', 'unit', 'effect'],
        properties: {
          id: { type: 'string', enum: ['reach', 'engagement', 'reach_raw', 'team_reach', 'mention_rate', 'share_of_voice'] },
          title: { type: 'string' },
          description: { type: 'string' },
          unit: { type: 'string' },
          effect: {
            type: 'object',
            required: ['exposed', 'control', 'ratio', 'low', 'high', 'test', 'minimumDetectableRatio', 'verdict'],
            properties: {
              exposed: ref('OptInGroup'),
              control: ref('OptInGroup'),
              ratio: nullable('number', { description: 'exposed / control.' }),
              low: nullable('number', { description: 'The 95% percentile-bootstrap interval (seeded: the same data gives the same interval).' }),
              high: nullable('number'),
              test: { type: 'object', required: ['name', 'p'], properties: { name: { type: 'string' }, p: nullable('number') } },
              minimumDetectableRatio: nullable('number', { description: 'The smallest ratio detectable at 80% power, α = 0.05.' }),
              verdict: {
                type: 'object',
                required: ['conclusive', 'direction', 'reasons', 'text'],
                properties: {
                  conclusive: { type: 'boolean' },
                  direction: { type: ['string', 'null'], enum: ['higher', 'lower', null] },
                  reasons: { type: 'array', items: { type: 'string' } },
                  text: { type: 'string' },
                },
              },
            },
          },
        },
      },
      OptInTestResult: {
        type: 'object',
        required: ['claim', 'lagDays', 'scope', 'comparisons', 'tradeOff', 'counts'],
        properties: {
          claim: { type: 'string' },
          lagDays: { type: 'integer' },
          scope: {
            type: 'object',
            required: ['profileId', 'from', 'to'],
            properties: { profileId: nullable('string', { format: 'uuid' }), from: { type: 'string', format: 'date' }, to: { type: 'string', format: 'date', description: 'Exclusive.' } },
          },
          comparisons: { type: 'array', items: ref('OptInComparison') },
          tradeOff: {
            type: 'array',
            description: 'Running totals per bucket since the start of the range.',
            items: {
              type: 'object',
              required: ['bucket', 'privacyExposure', 'exposedImpressions', 'mentionsWhileExposed'],
              properties: {
                bucket: { type: 'string', format: 'date' },
                privacyExposure: { type: 'number' },
                exposedImpressions: { type: 'number' },
                mentionsWhileExposed: { type: 'integer' },
              },
            },
          },
          counts: {
            type: 'object',
            required: ['posts', 'postsWithoutFollowers', 'answers', 'profiles'],
            properties: { posts: { type: 'integer' }, postsWithoutFollowers: { type: 'integer' }, answers: { type: 'integer' }, profiles: { type: 'integer' } },
          },
        },
      },
      AnalyticsSummary: {
        type: 'object',
        required: ['range', 'reach', 'visibility', 'optInTest'],
        properties: {
          range: {
            type: 'object',
            required: ['from', 'to', 'profile', 'lagDays', 'previous'],
            properties: {
              from: { type: 'string', format: 'date' },
              to: { type: 'string', format: 'date', description: 'Included.' },
              profile: nullable('string', { format: 'uuid' }),
              lagDays: { type: 'integer' },
              previous: {
                type: 'object',
                description: 'The period of the same length just before.',
                required: ['from', 'to'],
                properties: { from: { type: 'string', format: 'date' }, to: { type: 'string', format: 'date', description: 'Included.' } },
              },
            },
          },
          reach: { type: 'object', required: ['current', 'previous'], properties: { current: ref('ReachTotals'), previous: ref('ReachTotals') } },
          visibility: { type: 'object', required: ['current', 'previous'], properties: { current: ref('VisibilityTotals'), previous: ref('VisibilityTotals') } },
          optInTest: ref('OptInTestResult'),
        },
      },
    },
    parameters: {
      importId: { name: 'id', in: 'path', required: true, schema: uuid, description: 'An import of the token’s workspace.' },
      limit: { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 50 }, description: 'Items per page.' },
      cursor: { name: 'cursor', in: 'query', schema: { type: 'string' }, description: 'The `nextCursor` of the previous page, with the same filters and sort.' },
      profileId: { name: 'id', in: 'path', required: true, schema: uuid, description: 'A profile of the token’s workspace.' },
    },
  },
  paths: {
    '/health': {
      get: {
        summary: 'Is the app up, and which database does it use?',
        security: [],
        responses: {
          '200': {
            description: 'The app and its database answer.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['status', 'database'],
                  properties: { status: { const: 'ok' }, database: { enum: ['pglite', 'postgres'] } },
                },
              },
            },
          },
          '503': error('The database does not answer.'),
        },
      },
    },
    '/openapi.json': {
      get: {
        summary: 'This document.',
        security: [],
        responses: { '200': { description: 'The OpenAPI 3.1 document.' } },
      },
    },
    '/workspace': {
      get: {
        summary: 'The workspace the token belongs to.',
        responses: {
          '200': { description: 'The workspace.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Workspace' } } } },
          ...authErrors,
        },
      },
    },
    '/profiles': {
      get: {
        summary: 'The tracked profiles, by name.',
        parameters: [
          { name: 'includeArchived', in: 'query', schema: { type: 'string', enum: ['true', 'false'], default: 'false' }, description: 'Include archived profiles.' },
        ],
        responses: {
          '200': { description: 'Every profile, in one page.', content: json(ref('ProfileList')) },
          '400': badInput,
          ...authErrors,
        },
      },
      post: {
        summary: 'Track a profile. Needs an editor or admin token.',
        requestBody: jsonBody('ProfileInput'),
        responses: {
          '201': created('The new profile.', ref('Profile')),
          '400': badInput,
          '413': tooLarge,
          ...authErrors,
        },
      },
    },
    '/entities': {
      get: {
        summary: 'The names to look for in AI answers, by name, with their aliases.',
        parameters: [
          { name: 'includeArchived', in: 'query', schema: { type: 'string', enum: ['true', 'false'], default: 'false' }, description: 'Include archived entities.' },
        ],
        responses: {
          '200': { description: 'Every entity, in one page.', content: json(ref('EntityList')) },
          '400': badInput,
          ...authErrors,
        },
      },
      post: {
        summary: 'Add a name to look for. Needs an editor or admin token.',
        requestBody: jsonBody('EntityInput'),
        responses: {
          '201': created('The new entity.', ref('Entity')),
          '400': badInput,
          '413': tooLarge,
          ...authErrors,
        },
      },
    },
    '/answers': {
      get: {
        summary: 'AI answers, newest first, with the mentions found in them.',
        parameters: [
          { name: 'engine', in: 'query', schema: { type: 'string', enum: [...ANSWER_ENGINES] } },
          { name: 'entity', in: 'query', schema: uuid, description: 'Only answers naming this entity. An entity of another workspace answers 404.' },
          { name: 'prompt', in: 'query', schema: uuid, description: 'Only answers to this tracked prompt. A prompt of another workspace answers 404.' },
          { name: 'from', in: 'query', schema: { type: 'string' }, description: 'Asked at or after (ISO 8601 date or date-time).' },
          { name: 'to', in: 'query', schema: { type: 'string' }, description: 'Asked before (exclusive).' },
          { $ref: '#/components/parameters/limit' },
          { $ref: '#/components/parameters/cursor' },
        ],
        responses: {
          '200': { description: 'A page of answers.', content: json(ref('AnswerList')) },
          '400': badInput,
          '404': notInWorkspace,
          ...authErrors,
        },
      },
      post: {
        summary: 'Record an AI answer; the reply holds the mentions detected in it. Needs an editor or admin token.',
        description: 'The same answer sent again (same engine, askedAt, prompt and answer) is not stored twice: the reply is 200 with the stored answer and `duplicate: true`.',
        requestBody: jsonBody('AnswerInput'),
        responses: {
          '201': created('The new answer, with `duplicate: false`.', { allOf: [ref('Answer'), { type: 'object', properties: { duplicate: { type: 'boolean' } } }] }),
          '200': { description: 'The answer was already recorded: the stored one, with `duplicate: true`.', content: json(ref('Answer')) },
          '400': badInput,
          '413': tooLarge,
          ...authErrors,
        },
      },
    },
    '/profiles/{id}/consent': {
      parameters: [{ $ref: '#/components/parameters/profileId' }],
      get: {
        summary: 'The profile’s opt-in timeline, oldest event first, with the exposure each event left in effect.',
        responses: {
          '200': { description: 'The timeline and the state now.', content: json(ref('ConsentTimeline')) },
          '404': notInWorkspace,
          ...authErrors,
        },
      },
      post: {
        summary: 'Record a change of the generative-AI training setting. Needs an editor or admin token.',
        description: 'Recomputes the exposure of the profile’s posts. The reply says whether exposure was effective after the event.',
        requestBody: jsonBody('ConsentEventInput'),
        responses: {
          '201': created('The event as the timeline shows it.', ref('ConsentEvent')),
          '400': badInput,
          '404': notInWorkspace,
          '413': tooLarge,
          ...authErrors,
        },
      },
    },
    '/posts': {
      get: {
        summary: 'Posts, newest first by default, with filters, search and cursor pagination.',
        parameters: [
          { name: 'profile', in: 'query', schema: uuid, description: 'Only this profile’s posts. A profile of another workspace answers 404.' },
          { name: 'from', in: 'query', schema: { type: 'string' }, description: 'Published at or after (ISO 8601 date or date-time).' },
          { name: 'to', in: 'query', schema: { type: 'string' }, description: 'Published before (exclusive).' },
          {
            name: 'exposure',
            in: 'query',
            schema: { type: 'string', enum: ['exposed', 'not_exposed', 'ever_exposed'] },
            description: 'exposed / not_exposed: at publication; ever_exposed: at any time since.',
          },
          { name: 'q', in: 'query', schema: { type: 'string', maxLength: 200 }, description: 'Full-text search in the post text (web-search syntax: "quoted phrase", -word, or).' },
          { name: 'sort', in: 'query', schema: { type: 'string', enum: [...POST_SORTS], default: 'published' }, description: 'Posts without metrics sort below every real value.' },
          { name: 'dir', in: 'query', schema: { type: 'string', enum: ['asc', 'desc'], default: 'desc' } },
          { $ref: '#/components/parameters/limit' },
          { $ref: '#/components/parameters/cursor' },
        ],
        responses: {
          '200': { description: 'One page of posts.', content: json(ref('PostList')) },
          '400': badInput,
          '404': notInWorkspace,
          ...authErrors,
        },
      },
      post: {
        summary: 'Add a post, optionally with a metric snapshot. Needs an editor or admin token.',
        requestBody: jsonBody('PostInput'),
        responses: {
          '201': created('The new post with its metric snapshots.', ref('CreatedPost')),
          '400': badInput,
          '404': error('`profileId` is not a profile of the token’s workspace.'),
          '409': error('The post is already in the workspace (the message names its id).'),
          '413': tooLarge,
          ...authErrors,
        },
      },
    },
    '/imports': {
      post: {
        summary: 'Import a LinkedIn export or an Optlens CSV into a profile, or AI answers (a ChatGPT data export, the Optlens answers template) into the workspace. Needs an editor or admin token.',
        description:
          'Detects the format from the content and imports in one transaction: a broken file changes nothing, the same file twice adds nothing. ' +
          'Replies when the import has finished.',
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file'],
                properties: {
                  file: { type: 'string', format: 'binary' },
                  profile: { ...uuid, description: 'The profile a LinkedIn file belongs to (required for those; AI answers files need none).' },
                  dryRun: { type: 'string', enum: ['true', 'false'], description: 'true: report what the import would do, write nothing.' },
                },
              },
            },
          },
        },
        responses: {
          '200': { description: 'The dry run’s result.', content: json(ref('ImportResult')) },
          '201': created('The import’s counts and per-row problems.', ref('ImportResult')),
          '400': error('Not multipart, no file, or a file that cannot be imported (the message says where; `details.importId` names the failed import).'),
          '404': error('`profile` is not a profile of the token’s workspace.'),
          '413': error('The file is larger than the import limit (IMPORT_MAX_MB).'),
          ...authErrors,
        },
      },
    },
    '/imports/{id}': {
      parameters: [{ $ref: '#/components/parameters/importId' }],
      get: {
        summary: 'An import’s status, counts and per-row problems.',
        responses: {
          '200': { description: 'The import.', content: json(ref('Import')) },
          '404': notInWorkspace,
          ...authErrors,
        },
      },
    },
    '/analytics/summary': {
      get: {
        summary: 'Reach, AI visibility (mention rate, share of voice) and the opt-in test for a range and optionally one profile.',
        description:
          'Reach and visibility come for the range and for the period of the same length just before it. ' +
          'The opt-in test compares what happened under effective training exposure with what happened without it; answers are judged by the exposure `lag` days before they were asked.',
        parameters: [
          { name: 'from', in: 'query', schema: { type: 'string', format: 'date' }, description: 'First day (UTC). Default: 29 days before `to`.' },
          { name: 'to', in: 'query', schema: { type: 'string', format: 'date' }, description: 'Last day, included (UTC). Default: today.' },
          { name: 'profile', in: 'query', schema: uuid, description: 'Only this profile’s posts (answers belong to the workspace). A profile of another workspace answers 404.' },
          { name: 'lag', in: 'query', schema: { type: 'integer', minimum: 0, maximum: 365, default: 90 }, description: 'Days between exposure and the AI answers it may have influenced.' },
        ],
        responses: {
          '200': { description: 'The summary.', content: json(ref('AnalyticsSummary')) },
          '400': badInput,
          '404': notInWorkspace,
          ...authErrors,
        },
      },
    },
  },
} as const;
