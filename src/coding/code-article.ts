/**
 * The public entry of the coder: one clean article in, its distinct events out.
 *
 * Sentences are split and annotated once (tokens, actors, places, dates, numbers, clauses);
 * the patterns of configuration.ts propose events; the refiners date, place, count, weigh and
 * drop them; reports of one event are merged.
 */
import * as actors from '../actors/index.js';
import type { Article } from '../ingest/types.js';
import { splitSentences } from '../language/sentences.js';
import { tokenize } from '../language/tokens.js';
import { findDates } from '../language/dates.js';
import { findNumbers } from '../language/numbers.js';
import type { DateMention } from '../language/types.js';
import type { ActorFinder, ArticleContext, Proposal, SentenceContext } from './pattern-types.js';
import type { CodedEvent } from './types.js';
import { PATTERNS, refiners } from './configuration.js';
import { hasTrigger, indexPatterns, proposeInSentence } from './propose.js';
import { splitClauses } from './clauses.js';
import { RecentStates, resolvePairs } from './resolve-pairs.js';
import { resolveReferences } from './references.js';
import type { ActorMention } from '../actors/types.js';
import { toCodedEvent } from './to-coded-event.js';
import { mergeEvents } from './merge-events.js';

export interface CodeArticleOptions {
  /** Trace of every pattern and refiner decision; the closure is only called when a handler is set. Default: none. */
  debug?: (msg: () => string) => void;
  /** Where actor and place mentions come from. Default: the actors stage (src/actors). Tests pass a fixed gazetteer. */
  actors?: ActorFinder;
}

const INDEX = indexPatterns(PATTERNS);
const UNNAMED_CLASH = /\b(?:exchange of (?:gun)?fire|clash(?:es)?|skirmish(?:es)?|gunfights?|fighting|shooting|gunfire|shelling|hostilities)\b/i;

/**
 * Annotate every sentence once. Work is spent only where an event is possible: a sentence
 * without an actor gets no tokens, one without a trigger word gets no places, numbers or
 * clauses (they are the costly part). Dates are found everywhere: they set the narrative time.
 */
export function annotate(article: Article, finder: ActorFinder): SentenceContext[] {
  const recent = new RecentStates();
  let previous: ActorMention[] = [];
  return splitSentences(article).map((sentence) => {
    const text = sentence.text;
    const mentions = resolveReferences(text, resolvePairs(text, finder.findActorMentions(text), recent), previous, recent, finder);
    recent.see(mentions);
    // "It" continues the sentence just before, and only a body sentence.
    if (sentence.kind === 'body') previous = mentions;
    // Every sentence is dated, even one without an event: later sentences take their time from
    // it ("The crisis began on Wednesday, when a mine went off. The same day Bangkok recalled …").
    const dates: DateMention[] = findDates(text, article.published);
    // A clash told with no party ("an exchange of fire between border guards") is read in full too.
    if (mentions.length === 0 && !(UNNAMED_CLASH.test(text) && dates.some((d) => d.precision === 'day'))) return { sentence, tokens: [], actors: [], places: [], dates, numbers: [], clauses: [[0, text.length]] };
    const tokens = tokenize(text);
    if (!hasTrigger(tokens, INDEX)) return { sentence, tokens, actors: mentions, places: [], dates, numbers: [], clauses: [[0, text.length]] };
    return {
      sentence, actors: mentions, tokens,
      places: finder.findPlaceMentions(text),
      dates,
      numbers: findNumbers(text),
      clauses: splitClauses(text),
    };
  });
}

/** Every distinct event the article reports, merged, with evidence offsets into `article.text`. */
export function codeArticle(article: Article, opts: CodeArticleOptions = {}): CodedEvent[] {
  // One finder per article: later sentences may name a person by surname alone (actors rule A8).
  const finder = opts.actors ?? actors.articleActorFinder();
  const debug = opts.debug ?? null;
  const ctx: ArticleContext = { article, sentences: annotate(article, finder), debug };
  let proposals: Proposal[] = [];
  for (const sc of ctx.sentences) {
    if (sc.tokens.length === 0) continue;
    const found = proposeInSentence(sc, INDEX, finder, debug);
    if (debug && found.length) {
      debug(() => `sentence ${sc.sentence.index} [${sc.sentence.kind}]: ${sc.sentence.text}`);
      for (const p of found) debug(() => `  ${p.pattern.id} (${p.cameo}): ${p.source?.actor.name ?? '?'} -> ${p.target?.actor.name ?? '?'}`);
    }
    proposals.push(...found);
  }
  for (const refiner of refiners(finder)) proposals = refiner.refine(proposals, ctx);
  const events = proposals.filter((p) => !p.dropped).map((p) => toCodedEvent(p, article));
  const merged = mergeEvents(events);
  debug?.(() => `${events.length} reports -> ${merged.length} events`);
  return merged;
}
