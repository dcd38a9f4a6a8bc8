/** GET /api/events (filtered, merged across articles, paginated) and GET /api/events/:key. */
import type { Hono } from 'hono';
import type { CodedEvent } from '../../coding/types.js';
import { DEFAULT_MODALITIES } from '../../coding/types.js';
import type { EventFilter } from '../../store/store.js';
import { mergeEvents } from '../../exchange/coding-adapter.js';
import type { Deps } from '../deps.js';
import { EventQuery, parseModalities } from '../schemas.js';
import { parseInput } from '../parse-input.js';
import { HttpError } from '../http-error.js';
import { apiEvent } from '../api-event.js';

/** Newest first; undated events last. */
export function byDateDesc(a: CodedEvent, b: CodedEvent): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || a.key.localeCompare(b.key);
}

export function eventRoutes(app: Hono, d: Deps): void {
  app.get('/api/events', async (c) => {
    const q = parseInput(EventQuery, c.req.query(), 'query');
    if (q.from && q.to && q.from > q.to) throw new HttpError(400, `query: from ${q.from} is after to ${q.to}`);
    const filter: EventFilter = {
      country: q.country, actor: q.actor, root: q.root, quad: q.quad, from: q.from, to: q.to, text: q.q, origin: q.origin,
      pair: q.pair ? (q.pair.toUpperCase().split(',') as [string, string]) : undefined,
      modality: q.modality === 'all' ? undefined : parseModalities(q.modality) ?? [...DEFAULT_MODALITIES],
    };
    // Reports are merged across articles before paging, so `total` counts distinct events. With no
    // filter, the merged snapshot kept for relations serves (merging a whole database is not cheap).
    const unfiltered = Object.entries(filter).every(([k, v]) => v === undefined || (k === 'modality' && !q.modality));
    const events = (unfiltered
      ? (await d.relations.events()).filter((e) => !filter.modality || filter.modality.includes(e.modality))
      : mergeEvents(await d.store.listEvents(filter))).sort(byDateDesc);
    return c.json({
      total: events.length, limit: q.limit, offset: q.offset,
      events: events.slice(q.offset, q.offset + q.limit).map((e) => apiEvent(e, 3)),
    });
  });

  app.get('/api/events/:key', async (c) => {
    const key = c.req.param('key');
    const event = await d.relations.event(key);
    if (!event) throw new HttpError(404, `no event with key ${key}`);
    return c.json(apiEvent(event));
  });
}
