import { listFormatNames, OUTPUT_FORMATS } from '../render/index.js';
import { GENERATOR_VERSION } from '../version.js';
import { BRIEFING_FORMATS, DEFAULT_BRIEFING_FORMAT } from './briefing-service.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json(ref('Error'), description);
const nullableString = { type: ['string', 'null'] };
const storyId = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'Story id, in plain decimal (`^[1-9][0-9]*$`; "0x5a", "1e1" or "01" are no ids)',
  schema: { type: 'integer', minimum: 1 },
};
const writeSecurity = [{ bearer: [] }, {}];
const retryAfter = { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } };
const limited = (description: string) => ({ ...error(description), headers: retryAfter });
const briefingContent = Object.fromEntries(
  BRIEFING_FORMATS.map((format) => [format.mediaType.split(';')[0]!, { schema: format === OUTPUT_FORMATS.json ? ref('Briefing') : { type: 'string' } }]),
);

const ARTICLE_FIELDS = {
  title: nullableString,
  text: { ...nullableString, description: 'Plain text of the article' },
  html: { ...nullableString, description: 'HTML of the article or page (main text is extracted)' },
  url: { ...nullableString, description: 'Fetched when neither text nor html is given' },
  outlet: nullableString,
  published: { ...nullableString, description: 'ISO 8601 date or date-time' },
  byline: nullableString,
};

const ARTICLES_BODY = {
  required: true,
  content: {
    'application/json': {
      schema: {
        oneOf: [
          ref('ArticleInput'),
          { type: 'array', items: ref('ArticleInput'), minItems: 1, maxItems: 100 },
          {
            type: 'object',
            required: ['articles'],
            additionalProperties: false,
            properties: { articles: { type: 'array', items: ref('ArticleInput'), minItems: 1, maxItems: 100 } },
          },
        ],
      },
    },
    'multipart/form-data': {
      schema: {
        type: 'object',
        properties: {
          files: { type: 'array', items: { type: 'string', contentMediaType: 'application/octet-stream' } },
          text: { type: 'string' },
          urls: { type: 'string', description: 'URLs, one per line' },
        },
      },
    },
  },
};

/** The OpenAPI 3.1 description of the HTTP API, served at /api/openapi.json. */
export const OPENAPI_DOCUMENT = withLimits({
  openapi: '3.1.0',
  info: {
    title: 'corroborate API',
    version: GENERATOR_VERSION,
    description:
      'Stories (piles of articles about one event) and their briefings: what the sources agree on, where they differ, who said what. ' +
      'Errors are {"error": {"code", "message"}}. When the server runs with a token, every route but /api/health needs ' +
      '`Authorization: Bearer <token>` (401 without it); a read-only token (--read-token) reads and gets 403 on writes. ' +
      'Each client address may send a number of requests a minute (429 with Retry-After past it); briefings, renderings and ' +
      "additions beyond the server's cap of heavy work get 503 with Retry-After. Prometheus metrics are at /metrics (same token).",
  },
  servers: [{ url: '/' }],
  // Optional: a server started without --token needs none.
  security: writeSecurity,
  paths: {
    '/api/openapi.json': { get: { operationId: 'getOpenApi', summary: 'This document', responses: { 200: json({ type: 'object' }, 'OpenAPI 3.1 document') } } },
    '/api/health': {
      get: { operationId: 'getHealth', summary: 'Liveness (needs no token)', security: [], responses: { 200: json(ref('Health'), 'The server is up') } },
    },
    '/api/stories': {
      get: {
        operationId: 'listStories',
        summary: 'List stories, newest change first, or search them (full text over titles and article text)',
        parameters: [
          {
            name: 'q',
            in: 'query',
            schema: { type: 'string', maxLength: 500 },
            description:
              'Words to search for (all required, stemmed; the last one also as a prefix when it has three or more letters). A search ranks at most the 2,000 newest matching articles and stops after 100 ms; `truncated` then says more may match.',
          },
          {
            name: 'order',
            in: 'query',
            schema: { enum: ['updated', 'rank'], default: 'updated' },
            description: 'Without q: `updated` (most recent change first) or `rank` (the front page: sources × 2^(−hours since the last change / 24))',
          },
          { name: 'since', in: 'query', schema: { type: 'string', format: 'date-time' }, description: 'Without q: only stories changed since then' },
          {
            name: 'minSources',
            in: 'query',
            schema: { type: 'integer', minimum: 0, default: 0 },
            description: 'Without q: only stories with this many sources or more',
          },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
          { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
        ],
        responses: { 200: json(ref('StoryList'), 'Stories'), 400: error('Bad query parameter') },
      },
      post: {
        operationId: 'createStory',
        summary: 'Create a story',
        security: writeSecurity,
        requestBody: { required: false, content: { 'application/json': { schema: ref('NewStory') } } },
        responses: {
          201: json(ref('Story'), 'Created; Location header names it'),
          400: error('Bad body'),
          401: error('Token missing or wrong'),
          413: error('Body too large'),
          415: error('Not JSON'),
        },
      },
    },
    '/api/events': {
      get: {
        operationId: 'streamEvents',
        summary: 'Server-sent events: a `story` event (data: the Story) whenever a story changes, from `since` (default now) on',
        parameters: [{ name: 'since', in: 'query', schema: { type: 'string', format: 'date-time' }, description: 'Also send stories changed since then' }],
        responses: { 200: { description: 'An event stream', content: { 'text/event-stream': { schema: { type: 'string' } } } }, 400: error('Bad since') },
      },
    },
    '/api/articles': {
      post: {
        operationId: 'addStreamArticles',
        security: writeSecurity,
        summary:
          'Add articles that name no story: each joins the story the stream clusterer finds for it, or opens one. The same bodies as adding to a story; ' +
          'an article already stored in any story (same URL or text) is a duplicate.',
        requestBody: ARTICLES_BODY,
        responses: {
          201: json(ref('StreamAddResult'), 'At least one article added'),
          202: json(ref('StreamAddResult'), 'Database mode: nothing added yet, URLs queued for workers to fetch (`queued` names the jobs)'),
          200: json(ref('StreamAddResult'), 'Nothing new: every article was a duplicate or unusable'),
          400: error('Bad body'),
          401: error('Token missing or wrong'),
          413: error('Body too large'),
          415: error('Unsupported media type'),
          422: error('Nothing readable'),
        },
      },
    },
    '/api/stories/{id}/merge': {
      parameters: [storyId],
      post: {
        operationId: 'mergeStories',
        security: writeSecurity,
        summary: 'Merge other stories into this one: their articles move here and they are deleted (articles the clusterer would have put in them come here)',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['from'],
                additionalProperties: false,
                properties: { from: { type: 'array', items: { type: 'integer', minimum: 1 }, minItems: 1 } },
              },
            },
          },
        },
        responses: { 200: json(ref('Story'), 'The merged story'), 400: error('Bad body'), 401: error('Token missing or wrong'), 404: error('No such story') },
      },
    },
    '/api/stories/{id}/split': {
      parameters: [storyId],
      post: {
        operationId: 'splitStory',
        security: writeSecurity,
        summary: 'Move some articles of this story into a new story',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['articles'],
                additionalProperties: false,
                properties: {
                  articles: { type: 'array', items: { type: 'integer', minimum: 1 }, minItems: 1 },
                  title: { type: ['string', 'null'], maxLength: 500 },
                },
              },
            },
          },
        },
        responses: {
          201: json(ref('Story'), 'The new story; Location names it'),
          400: error('Bad body, or an article not in the story'),
          401: error('Token missing or wrong'),
          404: error('No such story'),
        },
      },
    },
    '/api/stories/{id}': {
      parameters: [storyId],
      patch: {
        operationId: 'renameStory',
        security: writeSecurity,
        summary: 'Rename a story',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['title'],
                additionalProperties: false,
                properties: { title: { type: 'string', minLength: 1, maxLength: 500 } },
              },
            },
          },
        },
        responses: { 200: json(ref('Story'), 'The renamed story'), 400: error('Bad body'), 401: error('Token missing or wrong'), 404: error('No such story') },
      },
      get: {
        operationId: 'getStory',
        summary: 'A story with its articles (without their text)',
        responses: { 200: json(ref('StoryDetail'), 'The story'), 404: error('No such story') },
      },
      delete: {
        operationId: 'deleteStory',
        summary: 'Delete a story, its articles and briefing',
        security: writeSecurity,
        responses: { 204: { description: 'Deleted' }, 401: error('Token missing or wrong'), 404: error('No such story') },
      },
    },
    '/api/stories/{id}/articles': {
      parameters: [storyId],
      get: {
        operationId: 'listArticles',
        summary: 'The articles of a story (without their text)',
        responses: { 200: json(ref('ArticleList'), 'Articles in the order added'), 404: error('No such story') },
      },
      post: {
        operationId: 'addArticles',
        security: writeSecurity,
        summary:
          'Add articles: JSON (one article, an array, or {"articles": [...]}) or a multipart form (files, "text", "urls" one per line). ' +
          'Articles already in the story (same URL or same normalized text) are reported as duplicates.',
        requestBody: ARTICLES_BODY,
        responses: {
          201: json(ref('AddResult'), 'At least one article added'),
          202: json(ref('AddResult'), 'Database mode: nothing added yet, URLs queued for workers to fetch (`queued` names the jobs)'),
          200: json(ref('AddResult'), 'Nothing new: every article was a duplicate'),
          400: error('Bad body'),
          401: error('Token missing or wrong'),
          404: error('No such story'),
          413: error('Body too large'),
          415: error('Unsupported media type'),
          422: error('Nothing readable, or a URL refused (private address, content type, size)'),
          502: error('A URL could not be fetched'),
        },
      },
    },
    '/api/stories/{id}/briefing': {
      parameters: [storyId],
      get: {
        operationId: 'getBriefing',
        summary: 'The briefing of the story, computed when articles change and cached',
        parameters: [
          {
            name: 'format',
            in: 'query',
            schema: { type: 'string', enum: BRIEFING_FORMATS.map((format) => format.name), default: DEFAULT_BRIEFING_FORMAT.name },
          },
        ],
        responses: {
          200: {
            description: `The briefing: ${listFormatNames(BRIEFING_FORMATS, true)}`,
            headers: {
              ETag: { schema: { type: 'string' } },
              'X-Story-Version': { schema: { type: 'integer' } },
              'X-Briefing-Cache': { description: 'hit when served from the cache', schema: { enum: ['hit', 'miss'] } },
            },
            content: briefingContent,
          },
          202: {
            description: 'Database mode: a worker is making the briefing of the current version; ask the same URL again (Location) after Retry-After',
            headers: { Location: { schema: { type: 'string' } }, 'Retry-After': { schema: { type: 'integer' } } },
            content: { 'application/json': { schema: ref('PendingBriefing') } },
          },
          304: { description: 'Not modified (If-None-Match)' },
          400: error('Unknown format'),
          404: error('No such story'),
          422: error('No usable article yet'),
        },
      },
    },
    '/api/stories/{id}/events': {
      parameters: [storyId],
      get: {
        operationId: 'streamStoryEvents',
        summary: 'Server-Sent Events: "version" ({"version": n}) whenever articles change; "deleted" when the story goes',
        responses: { 200: { description: 'An event stream', content: { 'text/event-stream': { schema: { type: 'string' } } } }, 404: error('No such story') },
      },
    },
    '/api/jobs': {
      get: {
        operationId: 'listJobs',
        summary: 'Database mode: background jobs in one state, newest first (failed ones by default, with their error)',
        parameters: [
          { name: 'state', in: 'query', schema: { enum: ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'], default: 'failed' } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
        ],
        responses: {
          200: json({ type: 'object', properties: { state: { type: 'string' }, jobs: { type: 'array', items: ref('Job') } } }, 'Jobs'),
          400: error('Bad query parameter'),
          404: error('The server runs without a job queue (embedded store)'),
        },
      },
    },
    '/api/jobs/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, description: 'Job id (a UUID)', schema: { type: 'string' } }],
      get: {
        operationId: 'getJob',
        summary: 'Database mode: one background job: its state, retries, and its output or last error',
        responses: { 200: json(ref('Job'), 'The job'), 404: error('No such job, or no job queue') },
      },
    },
  },
  components: {
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer', description: 'Needed for every route but health when the server was started with --token' },
    },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        additionalProperties: false,
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: { code: { type: 'string' }, message: { type: 'string' }, diagnostics: { type: 'array', items: ref('Diagnostic') } },
          },
        },
      },
      Health: { type: 'object', required: ['status', 'version'], properties: { status: { const: 'ok' }, version: { type: 'string' } } },
      NewStory: { type: 'object', additionalProperties: false, properties: { title: { type: ['string', 'null'], maxLength: 500 } } },
      Story: {
        type: 'object',
        required: ['id', 'title', 'headline', 'created', 'updated', 'version', 'articleCount', 'links'],
        properties: {
          id: { type: 'integer' },
          title: { ...nullableString, description: 'Given by the user' },
          headline: { ...nullableString, description: 'Title of the last briefing' },
          created: { type: 'string', format: 'date-time' },
          updated: { type: 'string', format: 'date-time' },
          version: { type: 'integer', minimum: 0, description: 'Bumped whenever articles change' },
          articleCount: { type: 'integer', minimum: 0 },
          sources: { type: 'integer', minimum: 0, description: 'Distinct outlets among its articles (an article without one counts alone)' },
          automatic: { type: 'boolean', description: 'Opened by the stream clusterer (false once a person named or merged it)' },
          newSinceBriefing: { type: 'integer', minimum: 0, description: 'Articles added since its latest briefing was made' },
          snippet: { ...nullableString, description: 'Best matching passage (searches only)' },
          links: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
      StoryList: {
        type: 'object',
        required: ['query', 'total', 'truncated', 'stories'],
        properties: {
          query: nullableString,
          total: { type: 'integer', description: 'Stories, or stories matching among the articles searched' },
          truncated: { type: 'boolean', description: 'The search stopped at its bounds (2,000 newest matching articles, 100 ms): more stories may match' },
          stories: { type: 'array', items: ref('Story') },
        },
      },
      StoryDetail: { allOf: [ref('Story'), { type: 'object', required: ['articles'], properties: { articles: { type: 'array', items: ref('Article') } } }] },
      Article: {
        type: 'object',
        required: ['id', 'story', 'url', 'hash', 'title', 'outlet', 'published', 'format', 'origin', 'added', 'chars'],
        properties: {
          id: { type: 'integer' },
          story: { type: 'integer' },
          url: nullableString,
          hash: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'sha256 of the normalized text' },
          title: nullableString,
          outlet: nullableString,
          published: nullableString,
          byline: nullableString,
          format: { enum: ['text', 'html', 'json', 'jsonl', 'multinews', 'feed'] },
          origin: { type: 'string' },
          added: { type: 'string', format: 'date-time' },
          chars: { type: 'integer' },
        },
      },
      ArticleList: {
        type: 'object',
        required: ['story', 'articles'],
        properties: { story: { type: 'integer' }, articles: { type: 'array', items: ref('Article') } },
      },
      ArticleInput: {
        type: 'object',
        additionalProperties: false,
        properties: ARTICLE_FIELDS,
        anyOf: [{ required: ['text'] }, { required: ['html'] }, { required: ['url'] }],
      },
      AddResult: {
        type: 'object',
        required: ['story', 'added', 'duplicates', 'diagnostics'],
        properties: {
          story: ref('Story'),
          added: { type: 'array', items: ref('Article') },
          duplicates: {
            type: 'array',
            items: { type: 'object', required: ['reason', 'article'], properties: { reason: { enum: ['url', 'content'] }, article: ref('Article') } },
          },
          diagnostics: { type: 'array', items: ref('Diagnostic') },
        },
      },
      StreamAddResult: {
        type: 'object',
        required: ['stories', 'added', 'duplicates', 'diagnostics'],
        properties: {
          stories: {
            type: 'array',
            items: ref('Story'),
            description: 'The stories that changed: those that received articles, and those the clusterer moved earlier articles out of or into',
          },
          added: {
            type: 'array',
            items: {
              type: 'object',
              required: ['story', 'opened', 'article'],
              properties: { story: { type: 'integer' }, opened: { type: 'boolean' }, article: ref('Article') },
            },
          },
          duplicates: {
            type: 'array',
            items: { type: 'object', required: ['reason', 'article'], properties: { reason: { enum: ['key', 'url', 'content'] }, article: ref('Article') } },
          },
          diagnostics: { type: 'array', items: ref('Diagnostic') },
          queued: { type: 'array', items: { type: 'object', properties: { url: { type: 'string' }, job: nullableString, link: nullableString } } },
        },
      },
      Diagnostic: {
        type: 'object',
        required: ['severity', 'code', 'message', 'source'],
        properties: {
          severity: { enum: ['error', 'warning', 'info'] },
          code: { type: 'string' },
          message: { type: 'string' },
          source: nullableString,
          input: { type: 'string' },
        },
      },
      Job: {
        type: 'object',
        required: ['id', 'kind', 'state'],
        properties: {
          id: { type: 'string' },
          kind: { enum: ['fetch-url', 'ingest-article', 'rebrief-story'] },
          state: { enum: ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] },
          data: { type: 'object' },
          output: { description: 'What the job returned, or its last error {message, code}' },
          retryCount: { type: 'integer' },
          retryLimit: { type: 'integer' },
          created: { type: 'string' },
          started: nullableString,
          completed: nullableString,
          startAfter: { type: 'string', description: 'When it may (re)start: the backoff of a retry' },
          key: { ...nullableString, description: 'Coalescing key (a re-brief: its story)' },
        },
      },
      PendingBriefing: {
        type: 'object',
        required: ['status', 'story', 'version'],
        properties: {
          status: { const: 'pending' },
          story: { type: 'integer' },
          version: { type: 'integer' },
          job: { type: ['object', 'null'], description: 'The re-brief queued now; null when one was already waiting' },
          lastFailure: { type: ['object', 'null'], description: 'The last failed re-brief of this story: job id, error, when' },
        },
      },
      Briefing: {
        type: 'object',
        description: 'The briefing JSON contract, version 1 (schema/briefing.schema.json)',
        required: ['version', 'generator', 'title', 'sources', 'summary', 'facts', 'conflicts', 'quotes', 'entities', 'timeline', 'syndication', 'diagnostics'],
        properties: {
          version: { const: 1 },
          generator: { type: 'object', required: ['name', 'version'], properties: { name: { const: 'corroborate' }, version: { type: 'string' } } },
          title: { type: 'string' },
          sources: { type: 'array', items: { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^S[1-9][0-9]*$' } } } },
          summary: { type: 'array' },
          facts: { type: 'array' },
          conflicts: { type: 'array' },
          quotes: { type: 'array' },
          entities: { type: 'array' },
          timeline: { type: 'array' },
          syndication: { type: 'array' },
          diagnostics: { type: 'array', items: ref('Diagnostic') },
        },
      },
    },
  },
});

// Every operation but health may be refused by the limits that hold for all routes: the token and the rate limit;
// writes also by a read-only token, and heavy work by the cap on it.
function withLimits<T extends { paths: Record<string, Record<string, unknown>> }>(doc: T): T {
  for (const [path, item] of Object.entries(doc.paths)) {
    if (path === '/api/health') continue;
    for (const [method, operation] of Object.entries(item)) {
      if (method === 'parameters') continue;
      const responses = (operation as { responses: Record<string, unknown> }).responses;
      responses[401] ??= error('A token is needed (the server runs with --token)');
      responses[429] ??= limited('Too many requests from this address; try again after Retry-After seconds');
      if (method !== 'get') {
        (operation as { security?: unknown }).security ??= writeSecurity;
        responses[403] ??= error('A read-only token cannot write');
      }
      if (path.endsWith('/briefing') || path.endsWith('/articles')) responses[503] ??= limited('Busy with heavy work; try again after Retry-After seconds');
    }
  }
  return doc;
}
