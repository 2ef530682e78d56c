// The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. A test checks that
// every route folder under app/api/v1 appears here, so the two cannot drift apart.

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

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
  },
} as const;
