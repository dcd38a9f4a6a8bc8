/**
 * 0001-initial: articles and what was coded from them, imported batches, checkpoints and the job queue.
 * Dates are TEXT (YYYY-MM-DD) in both dialects: they compare correctly as strings and come back unchanged.
 */
import type { Dialect } from '../dialect.js';
import { columnTypes } from './migration.js';

export const id = '0001-initial';

/** Columns of one actor (source or target), flattened so that filters can use indexes. */
function actorColumns(prefix: 'source' | 'target', required: boolean, json: string): string {
  const nn = required ? ' NOT NULL' : '';
  return `${prefix}_name TEXT${nn},
    ${prefix}_country TEXT,
    ${prefix}_role TEXT,
    ${prefix}_kind TEXT${nn},
    ${prefix}_office TEXT,
    -- Optional Actor keys (office, operatesIn) exactly as given, so that events round-trip.
    ${prefix}_extra ${json}`;
}

export function up(dialect: Dialect): string[] {
  const t = columnTypes(dialect);
  return [
    `CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    url TEXT,
    canonical_url TEXT,
    title TEXT,
    published TEXT,
    published_from TEXT,
    outlet TEXT,
    byline TEXT,
    language TEXT,
    content_hash TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    paragraphs ${t.json} NOT NULL,
    created_at ${t.now}
  )`,
    `CREATE INDEX articles_published_idx ON articles (published)`,
    `CREATE TABLE imports (
    batch_key TEXT PRIMARY KEY,
    events INTEGER NOT NULL,
    created_at ${t.now}
  )`,
    `CREATE TABLE events (
    id ${t.bigSerial},
    article_id TEXT REFERENCES articles (id) ON DELETE CASCADE,
    import_batch TEXT REFERENCES imports (batch_key) ON DELETE CASCADE,
    -- Keeps the order the pipeline gave when dates tie.
    seq INTEGER NOT NULL,
    event_key TEXT NOT NULL,
    ${actorColumns('source', true, t.json)},
    ${actorColumns('target', false, t.json)},
    cameo TEXT NOT NULL,
    root TEXT NOT NULL,
    quad INTEGER NOT NULL,
    goldstein ${t.real} NOT NULL,
    plover TEXT,
    date TEXT,
    date_precision TEXT,
    date_stated ${t.bool} NOT NULL,
    location_name TEXT,
    location_country TEXT,
    location_admin1 TEXT,
    location_lat ${t.real},
    location_lon ${t.real},
    location_kind TEXT,
    fatalities INTEGER,
    fatalities_qualifier TEXT,
    modality TEXT NOT NULL,
    evidence TEXT NOT NULL,
    evidences ${t.json} NOT NULL,
    mentions INTEGER NOT NULL,
    confidence ${t.real} NOT NULL,
    origin TEXT NOT NULL,
    -- An event comes from an article or from an import batch, never both.
    CHECK ((article_id IS NULL) <> (import_batch IS NULL)),
    UNIQUE (article_id, event_key)
  )`,
    // Pair and country filters: (a,b) OR (b,a) both use the first index, "target = x" the second.
    `CREATE INDEX events_pair_idx ON events (source_country, target_country, date)`,
    `CREATE INDEX events_target_idx ON events (target_country, date)`,
    `CREATE INDEX events_date_idx ON events (date)`,
    `CREATE INDEX events_root_idx ON events (root, date)`,
    `CREATE INDEX events_batch_idx ON events (import_batch)`,
    `CREATE TABLE quotes (
    id ${t.bigSerial},
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    speaker TEXT,
    description TEXT,
    country TEXT,
    text TEXT NOT NULL,
    direct ${t.bool} NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    attribution TEXT NOT NULL
  )`,
    `CREATE INDEX quotes_article_idx ON quotes (article_id, seq)`,
    `CREATE INDEX quotes_country_idx ON quotes (country)`,
    `CREATE TABLE statements (
    id ${t.bigSerial},
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    dyad_a TEXT NOT NULL,
    dyad_b TEXT NOT NULL,
    state TEXT NOT NULL,
    sentence TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    published TEXT,
    pattern TEXT NOT NULL
  )`,
    `CREATE INDEX statements_article_idx ON statements (article_id, seq)`,
    `CREATE INDEX statements_dyad_idx ON statements (dyad_a, dyad_b)`,
    `CREATE TABLE checkpoints (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at ${t.now}
  )`,
    `CREATE TABLE jobs (
    id ${t.serial},
    kind TEXT NOT NULL CHECK (kind IN ('path', 'url', 'inline')),
    payload TEXT NOT NULL,
    dedupe_key TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    worker TEXT,
    lease_until ${t.lease},
    error TEXT,
    created_at ${t.now},
    started_at ${t.lease},
    finished_at ${t.lease}
  )`,
    // Claiming scans pending jobs and expired leases in id order.
    `CREATE INDEX jobs_claim_idx ON jobs (status, id)`,
  ];
}

export function down(_dialect: Dialect): string[] {
  return ['jobs', 'checkpoints', 'statements', 'quotes', 'events', 'imports', 'articles'].map(
    (table) => `DROP TABLE ${table}`,
  );
}
