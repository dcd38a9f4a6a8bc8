/**
 * The `events` row: every CodedEvent field as a column (actors and place flattened so that
 * filters use indexes), evidences as JSON. `rowToEvent(eventToRow(e))` deep-equals `e`.
 */
import type { Actor, Place } from '../../actors/types.js';
import type { CodedEvent, Evidence } from '../../coding/types.js';
import { fromBool, fromJson, numOrNull, str, toJson } from './row-values.js';

const ACTOR_FIELDS = ['name', 'country', 'role', 'kind', 'office', 'extra'] as const;

export const EVENT_COLUMNS = [
  'article_id', 'import_batch', 'seq', 'event_key',
  ...ACTOR_FIELDS.map((f) => `source_${f}`),
  ...ACTOR_FIELDS.map((f) => `target_${f}`),
  'cameo', 'root', 'quad', 'goldstein', 'plover',
  'date', 'date_precision', 'date_stated',
  'location_name', 'location_country', 'location_admin1', 'location_lat', 'location_lon', 'location_kind',
  'fatalities', 'fatalities_qualifier', 'modality', 'evidence', 'evidences', 'mentions', 'confidence', 'origin',
] as const;

/** Who owns the row: an article, or an import batch. */
export type EventOwner = { articleId: string } | { batchKey: string };

const CORE_ACTOR_KEYS = new Set(['name', 'country', 'role', 'kind']);

function actorValues(a: Actor | null): unknown[] {
  if (!a) return [null, null, null, null, null, null];
  // Keeps optional keys exactly as given: `office: null` and an absent office read back differently.
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) if (!CORE_ACTOR_KEYS.has(k) && v !== undefined) extra[k] = v;
  const office = typeof a.office === 'string' ? a.office : null;
  return [a.name, a.country, a.role, a.kind, office, Object.keys(extra).length > 0 ? toJson(extra) : null];
}

function rowToActor(r: Record<string, unknown>, prefix: 'source' | 'target'): Actor | null {
  const name = r[`${prefix}_name`];
  if (name === null || name === undefined) return null;
  const extra = r[`${prefix}_extra`];
  return {
    name: String(name),
    country: str(r[`${prefix}_country`]),
    role: str(r[`${prefix}_role`]) as Actor['role'],
    kind: String(r[`${prefix}_kind`]) as Actor['kind'],
    ...(extra === null || extra === undefined ? {} : fromJson<Partial<Actor>>(extra)),
  };
}

function placeValues(p: Place | null): unknown[] {
  if (!p) return [null, null, null, null, null, null];
  return [p.name, p.country, p.admin1, p.lat, p.lon, p.kind];
}

function rowToPlace(r: Record<string, unknown>): Place | null {
  if (r.location_name === null || r.location_name === undefined) return null;
  return {
    name: String(r.location_name),
    country: String(r.location_country),
    admin1: str(r.location_admin1),
    lat: numOrNull(r.location_lat),
    lon: numOrNull(r.location_lon),
    kind: String(r.location_kind) as Place['kind'],
  };
}

/** Values in EVENT_COLUMNS order; `seq` keeps the given order among events with the same date. */
export function eventToRow(e: CodedEvent, owner: EventOwner, seq: number): unknown[] {
  return [
    'articleId' in owner ? owner.articleId : null,
    'batchKey' in owner ? owner.batchKey : null,
    seq, e.key,
    ...actorValues(e.source),
    ...actorValues(e.target),
    e.cameo, e.root, e.quad, e.goldstein, e.plover,
    e.date, e.datePrecision, e.dateStated,
    ...placeValues(e.location),
    e.fatalities, e.fatalitiesQualifier, e.modality, e.evidence, toJson(e.evidences), e.mentions, e.confidence, e.origin,
  ];
}

export function rowToEvent(r: Record<string, unknown>): CodedEvent {
  return {
    key: String(r.event_key),
    source: rowToActor(r, 'source') as Actor,
    target: rowToActor(r, 'target'),
    cameo: String(r.cameo),
    root: String(r.root),
    quad: Number(r.quad) as CodedEvent['quad'],
    goldstein: Number(r.goldstein),
    plover: str(r.plover),
    date: str(r.date),
    datePrecision: str(r.date_precision) as CodedEvent['datePrecision'],
    dateStated: fromBool(r.date_stated),
    location: rowToPlace(r),
    fatalities: numOrNull(r.fatalities),
    fatalitiesQualifier: str(r.fatalities_qualifier),
    modality: String(r.modality) as CodedEvent['modality'],
    evidence: String(r.evidence),
    evidences: fromJson<Evidence[]>(r.evidences),
    mentions: Number(r.mentions),
    confidence: Number(r.confidence),
    origin: String(r.origin),
  };
}
