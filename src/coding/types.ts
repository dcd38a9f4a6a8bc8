/** Types at the coding → store boundary: coded events and relation statements. */
import type { Actor, Place } from '../actors/types.js';
import type { DatePrecision } from '../language/types.js';

export type Modality = 'asserted' | 'claimed' | 'intended' | 'hypothetical' | 'negated';

/** Modalities printed by default; the others need `--all-modalities`. */
export const DEFAULT_MODALITIES: readonly Modality[] = ['asserted', 'claimed', 'intended'];

/** One report of an event: the sentence it was coded from. */
export interface Evidence {
  /** Article identity (Article.id). */
  articleId: string;
  /** The sentence, as it stands in the article text. */
  sentence: string;
  /** Character offsets of the sentence inside Article.text. */
  start: number;
  end: number;
  /** 'body', 'caption', 'summary' or 'heading'. */
  paragraphKind: string;
  /** Id of the pattern that fired (e.g. "attack.launch-in"). */
  pattern: string;
  /** When the sentence is inside someone's quote or attributed statement: who said it. */
  speaker?: string | null;
  /** Publication date of the article, YYYY-MM-DD. */
  published?: string | null;
  url?: string | null;
}

export interface CodedEvent {
  /** Deterministic key: hash of dyad, CAMEO root, date and place; events with the same key are one event. */
  key: string;
  source: Actor;
  target: Actor | null;
  /** Full CAMEO code, e.g. "195". */
  cameo: string;
  /** First two digits. */
  root: string;
  quad: 1 | 2 | 3 | 4;
  goldstein: number;
  plover: string | null;
  /** YYYY-MM-DD when the event happened, or null. */
  date: string | null;
  datePrecision: DatePrecision | null;
  /** True when the date is stated in the text, false when inferred (e.g. from the publication date). */
  dateStated: boolean;
  location: Place | null;
  fatalities: number | null;
  /** "at least", "more than", … when the text qualifies the toll. */
  fatalitiesQualifier: string | null;
  modality: Modality;
  /** The first (best) evidence sentence. */
  evidence: string;
  /** Every report of the event. */
  evidences: Evidence[];
  /** Independent reports: distinct articles (and distinct non-repeated passages within one). */
  mentions: number;
  /** 0..1: how sure the coder is (stated vs inferred actors, dates, pattern strength). */
  confidence: number;
  /** Where the event came from: 'detente' for our coder, 'gdelt' or 'acled' for imports. */
  origin: string;
  /** True when the act has two equal parties ("joint statement", "Iran and Pakistan de-escalated"):
   * source and target order carries no meaning. Absent = directed (or a symmetric CAMEO code). */
  undirected?: boolean;
}

/** Text that states the condition of a relation ("relations with China are stable"). */
export interface RelationStatement {
  /** ISO3 pair, sorted. */
  dyad: [string, string];
  /** The state the sentence speaks for. */
  state: 'stable' | 'cooperative' | 'deteriorating' | 'hostile' | 'improving' | 'escalating';
  sentence: string;
  articleId: string;
  start: number;
  end: number;
  /** Publication date of the article. */
  published: string | null;
  pattern: string;
}
