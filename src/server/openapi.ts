/**
 * The OpenAPI 3.1 document served at /openapi.json. Query parameters and the ingest body are
 * generated from the zod schemas that validate them (schemas.ts); responses are described by hand.
 */
import { z } from 'zod';
import { EventQuery, IngestBody, PageQuery, QuoteQuery } from './schemas.js';

type Json = Record<string, unknown>;

const toSchema = (s: z.ZodType): Json => {
  const j = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Json;
  delete j.$schema;
  return j;
};

/** One query parameter per property of an object schema. */
function queryParams(schema: z.ZodObject): Json[] {
  const props = toSchema(schema).properties as Record<string, Json>;
  return Object.entries(props).map(([name, s]) => {
    const { description, ...rest } = s;
    return { name, in: 'query', required: false, schema: rest, ...(description ? { description } : {}) };
  });
}

const pathParam = (name: string, description: string, pattern?: string): Json => ({ name, in: 'path', required: true, description, schema: { type: 'string', ...(pattern ? { pattern } : {}) } });
const ISO3 = '^[A-Za-z]{3}$';
const json = (description: string, schema: Json = { type: 'object' }): Json => ({ description, content: { 'application/json': { schema } } });
const errors = (...codes: number[]): Json => Object.fromEntries(codes.map((c) => [String(c), { $ref: `#/components/responses/E${c}` }]));

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

export function openApiDocument(version: string): Json {
  const actor = { type: ['object', 'null'], properties: { name: { type: 'string' }, country: { type: ['string', 'null'] }, role: { type: ['string', 'null'] } } };
  return {
    openapi: '3.1.0',
    info: {
      title: 'detente API',
      version,
      description: 'Coded interstate events, quotes and trust between countries. Reads are open; POST /api/ingest needs `Authorization: Bearer $DETENTE_TOKEN`. Errors are `{"error": "message"}`.',
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the DETENTE_TOKEN the server was started with' } },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
        Event: {
          type: 'object',
          description: 'The CONTRACT.md event object plus key, origin, confidence and its evidence reports.',
          properties: {
            key: { type: 'string' }, origin: { type: 'string' }, confidence: { type: 'number' },
            source: actor, target: actor,
            cameo: { type: 'string' }, root: { type: 'string' }, quad: { type: 'integer' }, goldstein: { type: 'number' }, plover: { type: ['string', 'null'] },
            date: { type: ['string', 'null'] }, date_precision: { type: ['string', 'null'] },
            location: { type: ['object', 'null'] }, fatalities: { type: ['integer', 'null'] }, modality: { type: 'string' },
            evidence: { type: 'string' }, mentions: { type: 'integer' },
            evidences: { type: 'array', items: { type: 'object', properties: { articleId: { type: 'string' }, url: { type: ['string', 'null'] }, sentence: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' } } } },
            evidence_count: { type: 'integer' },
          },
        },
        PairSummary: {
          type: 'object',
          properties: {
            dyad: { type: 'array', items: { type: 'string' } }, names: { type: 'array', items: { type: 'string' } },
            state: { enum: ['stable', 'cooperative', 'deteriorating', 'hostile', 'escalating', 'recovering'] },
            trust: { type: 'number' }, baseline: { type: 'number' }, events: { type: 'integer' },
            tit_for_tat: { type: 'integer' }, episodes: { type: 'integer' },
            sparkline: { type: 'array', items: { type: 'object', properties: { date: { type: 'string' }, trust: { type: 'number' } } } },
          },
        },
      },
      responses: {
        E400: json('invalid input (the message names the field)', ref('Error')),
        E401: json('missing or wrong bearer token', ref('Error')),
        E403: json('writes are disabled: no DETENTE_TOKEN configured', ref('Error')),
        E404: json('not found', ref('Error')),
        E413: json('body larger than the limit', ref('Error')),
        E415: json('body is not application/json', ref('Error')),
        E422: json('the page could not be fetched or extracted', ref('Error')),
      },
    },
    paths: {
      '/api/ingest': {
        post: {
          summary: 'Ingest one page: by URL (fetched), or its html or text',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: toSchema(IngestBody) } } },
          responses: {
            201: json('stored', { type: 'object', properties: { articleId: { type: 'string' }, inserted: { const: true }, events: { type: 'integer' }, quotes: { type: 'integer' } } }),
            200: json('already stored: nothing written', { type: 'object', properties: { articleId: { type: 'string' }, inserted: { const: false } } }),
            ...errors(400, 401, 403, 413, 415, 422),
          },
        },
      },
      '/api/events': {
        get: {
          summary: 'Events, merged across articles, newest first, filtered and paginated',
          parameters: queryParams(EventQuery),
          responses: { 200: json('a page of events', { type: 'object', properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, events: { type: 'array', items: ref('Event') } } }), ...errors(400) },
        },
      },
      '/api/events/{key}': {
        get: { summary: 'One event with all its evidence', parameters: [pathParam('key', 'event key')], responses: { 200: json('the event', ref('Event')), ...errors(404) } },
      },
      '/api/articles': {
        get: { summary: 'Stored articles', parameters: queryParams(PageQuery), responses: { 200: json('a page of article summaries'), ...errors(400) } },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One article: its text, paragraphs, and the offsets of coded sentences and quotes (for highlighting)',
          parameters: [pathParam('id', 'article id (its canonical URL or sha256:…), percent-encoded')],
          responses: { 200: json('the article'), ...errors(404) },
        },
      },
      '/api/quotes': {
        get: { summary: 'Quotes (CONTRACT.md shape plus articleId)', parameters: queryParams(QuoteQuery), responses: { 200: json('a page of quotes'), ...errors(400) } },
      },
      '/api/relations': {
        get: { summary: 'Every country pair with its state, trust and a trust sparkline', responses: { 200: json('pairs', { type: 'object', properties: { as_of: { type: ['string', 'null'] }, pairs: { type: 'array', items: ref('PairSummary') } } }) } },
      },
      '/api/dyads/{a}/{b}': {
        get: {
          summary: 'One pair: trust series, events with evidence, tit-for-tat, episodes, outlook, and an explanation per event day',
          parameters: [pathParam('a', 'ISO3', ISO3), pathParam('b', 'ISO3', ISO3)],
          responses: { 200: json('the pair'), ...errors(400, 404) },
        },
      },
      '/api/dyads/{a}/{b}/explain': {
        get: {
          summary: 'Why trust stands where it does on a day: the largest contributions',
          parameters: [pathParam('a', 'ISO3', ISO3), pathParam('b', 'ISO3', ISO3), { name: 'date', in: 'query', required: true, schema: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } }],
          responses: { 200: json('the explanation'), ...errors(400, 404) },
        },
      },
      '/api/countries/{iso3}/neighbours': {
        get: {
          summary: 'A country, its land neighbours and every pair it is in, with relation states (ISO numeric codes for map shapes)',
          parameters: [pathParam('iso3', 'ISO3', ISO3)],
          responses: { 200: json('the neighbourhood'), ...errors(400, 404) },
        },
      },
      '/openapi.json': { get: { summary: 'This document', responses: { 200: json('OpenAPI 3.1') } } },
    },
  };
}
