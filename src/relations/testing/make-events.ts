/**
 * Builds CodedEvents for relations tests from a terse description (dyad, CAMEO code, date, mentions).
 * Goldstein weight, QuadClass and PLOVER type come from the project's CAMEO table (GDELT's scheme).
 */
import { cameoCode } from '../../coding/ontology/cameo.js';
import type { CodedEvent, Modality } from '../../coding/types.js';
import type { Actor } from '../../actors/types.js';

/** A test event: `dyad` is "SRC>TGT" (ISO3), `cameo` a CAMEO code. */
export interface EventSpec {
  dyad: string;
  cameo: string;
  date: string | null;
  mentions?: number;
  modality?: Modality;
  /** Overrides the generated key (to model the same event reported by several articles). */
  key?: string;
  articleId?: string;
  fatalities?: number | null;
  /** Publication date of the report; default the event date. */
  published?: string | null;
  /** The coder's pattern id (e.g. "reduce.break-ties"); default "test". */
  pattern?: string;
}

function stateActor(iso3: string): Actor {
  return { name: iso3, country: iso3, role: 'GOV', kind: 'state' };
}

/** One CodedEvent from a spec; throws on an unknown CAMEO code. */
export function makeEvent(spec: EventSpec): CodedEvent {
  const [src, tgt] = spec.dyad.split('>');
  if (!src || !tgt) throw new Error(`make-events: dyad "${spec.dyad}" is not "SRC>TGT"`);
  const code = cameoCode(spec.cameo);
  const root = spec.cameo.slice(0, 2);
  const articleId = spec.articleId ?? 'test-article';
  const sentence = `${src} ${spec.cameo} ${tgt} on ${spec.date ?? 'an unknown day'}.`;
  return {
    key: spec.key ?? `${src}-${tgt}-${root}-${spec.date ?? 'undated'}`,
    source: stateActor(src),
    target: stateActor(tgt),
    cameo: spec.cameo,
    root,
    quad: code.quad,
    goldstein: code.goldstein,
    plover: code.plover ?? null,
    date: spec.date,
    datePrecision: spec.date ? 'day' : null,
    dateStated: spec.date !== null,
    location: null,
    fatalities: spec.fatalities ?? null,
    fatalitiesQualifier: null,
    modality: spec.modality ?? 'asserted',
    evidence: sentence,
    evidences: [{ articleId, sentence, start: 0, end: sentence.length, paragraphKind: 'body', pattern: spec.pattern ?? 'test', published: spec.published === undefined ? spec.date : spec.published }],
    mentions: spec.mentions ?? 1,
    confidence: 1,
    origin: 'test',
  };
}

/** Many events at once. */
export function makeEvents(specs: EventSpec[]): CodedEvent[] {
  return specs.map(makeEvent);
}

/** The Iran–Pakistan January 2024 exchange: strikes 16 and 18 Jan, de-escalation 19 and 22 Jan. */
export function iranPakistan2024(): CodedEvent[] {
  return makeEvents([
    { dyad: 'IRN>PAK', cameo: '195', date: '2024-01-16' },
    { dyad: 'PAK>IRN', cameo: '195', date: '2024-01-18' },
    { dyad: 'PAK>IRN', cameo: '080', date: '2024-01-19' },
    { dyad: 'IRN>PAK', cameo: '050', date: '2024-01-22' },
    { dyad: 'IRN>PAK', cameo: '036', date: '2024-01-22' },
  ]);
}
