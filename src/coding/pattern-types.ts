/** Types shared by the event patterns, the proposer and the refiners. */
import type { Actor, ActorMention, PlaceMention, Place } from '../actors/types.js';
import type { Quote } from '../quotes/types.js';
import type { Article } from '../ingest/types.js';
import type { DateMention, NumberMention, Sentence } from '../language/types.js';
import type { Token } from '../language/tokens.js';
import type { Modality } from './types.js';

/**
 * One verb pattern. A pattern finds its trigger (a lemma sequence) and says how the
 * source and target are taken; refiners do the rest (date, place, toll, modality).
 *
 * @example
 * { id: 'fight.strike', example: 'Iran struck Pakistan on Tuesday.', cameo: '190',
 *   triggers: ['strike'], pos: 'verb' }
 */
export interface EventPattern {
  /** Family and form, e.g. "fight.strike"; stored on the event's evidence. */
  id: string;
  /** A sentence in our own words the pattern must code (tests read it). */
  example: string;
  /** Full CAMEO code. */
  cameo: string;
  /** Lemma sequences that trigger the pattern ("strike", "joint statement", "de-escalate"). */
  triggers: readonly string[];
  /**
   * 'verb': subject before, object after ("Iran struck Pakistan"; passive "was struck by").
   * 'noun': needs a governing light verb ("launched an attack"), a possessive ("Iran's strike")
   * or "by" ("an attack by Iran on ..."); bare nouns ("the attack") propose nothing.
   */
  pos: 'verb' | 'noun';
  /** Text right after the trigger must match (e.g. /^\s+(?:at|on)\b/i for "fired at"). */
  after?: RegExp;
  /** Text right after the trigger must NOT match (e.g. "struck a deal"). */
  notAfter?: RegExp;
  /**
   * The sentence up to the trigger must match (anchor it with $): a quoted warning before its
   * reporting verb ('"…, you will pay a heavy price," he told …'), a negation that is part of the
   * act ("will not be accepted by India").
   */
  before?: RegExp;
  /** One of these lemmas must occur within `nearWindow` tokens before the trigger ("ambassadors ... return"). */
  near?: readonly string[];
  /** Default 8. */
  nearWindow?: number;
  /** The act has two equal parties ("joint statement", "held talks"): the dyad is undirected. */
  symmetric?: boolean;
  /** The object must start within this many characters after the trigger. Default 110. */
  objectWithin?: number;
  /**
   * The verb's subject is acted upon and the actor comes after "by/from", though the verb is
   * active in form: "the post came under fire from Indian troops". Default false.
   */
  undergoer?: boolean;
  /**
   * In the passive with no agent, the subject's own state is the actor and the state named between
   * subject and verb the target: "Baghdad's chargé d'affaires in Ankara was recalled" -> Iraq ->
   * Turkey (an envoy is recalled by her own state). Default false.
   */
  agentlessSubjectActs?: boolean;
  /**
   * In the passive with no agent, and in the bare noun ("the summoning of Italy's ambassador"), the
   * state hosting the subject acts: the state named for the ministry or the city ("to the German
   * foreign ministry", "to the foreign ministry in Berlin"), or named between subject and verb
   * ("Turkey's ambassador in Berlin was summoned"); else the article's other main state
   * (refine.main-pair-target). An envoy is summoned by her host. Default false.
   */
  agentlessHostActs?: boolean;
  /**
   * noun.undergoer-of: the bare noun with its undergoer after "of" is the act ("the expulsion of two
   * Russian diplomats", "the summoning of Italy's ambassador"): the state after "of" is the target and
   * the actor is found as for an agentless passive. Only for acts done to envoys. Default false.
   */
  undergoerAfterOf?: boolean;
  /** Default true: without a target the proposal is dropped. */
  needsTarget?: boolean;
  /**
   * A nominal clash told with no party named ("an exchange of fire between border guards") is
   * between the article's main pair (refine.main-pair-target); only in a sentence with a day.
   * Default false.
   */
  pairWhenUnnamed?: boolean;
}

/** A resolved participant: the actor and the mention it came from (null when inferred). */
export interface Participant {
  actor: Actor;
  /** Offsets inside the sentence, or null when inferred (e.g. target from a place). */
  start: number | null;
  end: number | null;
  /** How it was found: 'subject', 'object', 'by', 'possessive', 'pair', 'place', 'relative'. */
  via: string;
}

/** An event under construction: what a pattern proposed and refiners have filled in so far. */
export interface Proposal {
  pattern: EventPattern;
  cameo: string;
  sentence: Sentence;
  /** Token index of the trigger's first token and offsets of the trigger in the sentence. */
  tokenIndex: number;
  triggerStart: number;
  triggerEnd: number;
  /** Clause span (sentence offsets) holding the trigger. */
  clauseStart: number;
  clauseEnd: number;
  source: Participant | null;
  target: Participant | null;
  undirected: boolean;
  passive: boolean;
  date: string | null;
  datePrecision: 'day' | 'week' | 'month' | 'year' | null;
  dateStated: boolean;
  /** Set by the date refiner when the date hangs on an earlier event ("within 48 hours of"). */
  anchorOffsetDays: number | null;
  location: Place | null;
  fatalities: number | null;
  fatalitiesQualifier: string | null;
  modality: Modality;
  speaker: string | null;
  /** Dropped proposals stay in the list with the reason, for --explain. */
  dropped: string | null;
  confidence: number;
}

/**
 * What a new proposal knows before the refiners run: no date, place, toll or speaker, asserted and
 * kept. Spread by every maker of proposals (propose, continuations, same-act), so a field the
 * refiners add is reset in one place.
 */
export const UNREFINED = {
  date: null, datePrecision: null, dateStated: false, anchorOffsetDays: null, location: null,
  fatalities: null, fatalitiesQualifier: null, modality: 'asserted', speaker: null, dropped: null,
} as const satisfies Partial<Proposal>;

/** Everything known about one sentence, computed once and shared by patterns and refiners. */
export interface SentenceContext {
  sentence: Sentence;
  tokens: Token[];
  actors: ActorMention[];
  places: PlaceMention[];
  dates: DateMention[];
  numbers: NumberMention[];
  /** Clause spans [start, end) in sentence offsets. */
  clauses: Array<[number, number]>;
}

/** Article-wide state refiners may use (earlier events for relative dates, the publication date). */
export interface ArticleContext {
  article: Article;
  sentences: SentenceContext[];
  debug: ((msg: () => string) => void) | null;
  /** The article's quotes (src/quotes) when the caller found them; refine.commentary finds them when absent. */
  quotes?: readonly Quote[];
}

/** A refiner adjusts or drops proposals; the order of refiners lives in configuration.ts. */
export interface Refiner {
  id: string;
  /** What it fixes, with an example. */
  example: string;
  refine(proposals: Proposal[], ctx: ArticleContext): Proposal[];
}

/** Where actor and place mentions come from; the actors stage by default, a fake in tests. */
export interface ActorFinder {
  findActorMentions(text: string): ActorMention[];
  findPlaceMentions(text: string): PlaceMention[];
  countryActor(iso3: string): Actor | null;
}
