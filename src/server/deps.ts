/** What the route handlers share. */
import type { Store } from '../store/store.js';
import type { Analysis } from '../pipeline/types.js';
import type { IngestBody } from './schemas.js';
import type { RelationsCache } from './relations-adapter.js';

/** Turns an ingest request into an analysis (fetching the URL when no html/text is given). */
export type Analyze = (body: IngestBody) => Promise<Analysis>;

export interface Deps {
  store: Store;
  relations: RelationsCache;
  /** Bearer token that writes need; null: writes are refused. */
  token: string | null;
  analyze: Analyze;
}
