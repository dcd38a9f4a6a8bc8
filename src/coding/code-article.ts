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
import type { DateMention, NumberMention, Sentence } from '../language/types.js';
import type { Token } from '../language/tokens.js';
import type { ActorFinder, ArticleContext, Proposal, SentenceContext } from './pattern-types.js';
import type { CodedEvent } from './types.js';
import type { Quote } from '../quotes/types.js';
import { PATTERNS, refiners } from './configuration.js';
import { hasTrigger, indexPatterns, proposeInSentence } from './propose.js';
import { splitClauses } from './clauses.js';
import { RecentStates, resolvePairs } from './resolve-pairs.js';
import { resolveReferences } from './references.js';
import { withoutDateline } from './dateline-actor.js';
import type { ActorMention, PlaceMention } from '../actors/types.js';
import { toCodedEvent } from './to-coded-event.js';
import { mergeEvents } from './merge-events.js';

export interface CodeArticleOptions {
  /** Trace of every pattern and refiner decision; the closure is only called when a handler is set. Default: none. */
  debug?: (msg: () => string) => void;
  /** Where actor and place mentions come from. Default: the actors stage (src/actors). Tests pass a fixed gazetteer. */
  actors?: ActorFinder;
  /** The article's sentences when the caller has split it already (splitSentences); default: split here. */
  sentences?: Sentence[];
  /** The article's quotes when the caller found them (the pipeline does): who speaks decides whether a quoted act is commentary. */
  quotes?: readonly Quote[];
}

const INDEX = indexPatterns(PATTERNS);
const UNNAMED_CLASH = /\b(?:exchange of (?:gun)?fire|clash(?:es)?|skirmish(?:es)?|gunfights?|fighting|shooting|gunfire|shelling|hostilities)\b/i;

/**
 * One sentence's annotations, with its dates found when first read. Every sentence can be asked
 * for its dates (later sentences take their time from earlier ones: "The crisis began on
 * Wednesday, when a mine went off. The same day Bangkok recalled …"), but only those near an
 * event are: their own, the few before them that set the narrative time, a caption's paragraph.
 * Dating is a tenth of the coder's time; findDates is pure, so when it runs changes nothing.
 */
class AnnotatedSentence implements SentenceContext {
  constructor(
    public sentence: Sentence,
    public tokens: Token[],
    public actors: ActorMention[],
    public places: PlaceMention[],
    public numbers: NumberMention[],
    public clauses: Array<[number, number]>,
    private readonly published: string | null,
    private found: DateMention[] | null = null,
  ) {}

  get dates(): DateMention[] {
    return (this.found ??= findDates(this.sentence.text, this.published));
  }
}

/**
 * Annotate every sentence once. Work is spent only where an event is possible: a sentence
 * without an actor gets no tokens, one without a trigger word gets no places, numbers or
 * clauses (they are the costly part). Dates are found when asked for (AnnotatedSentence).
 */
export function annotate(article: Article, finder: ActorFinder, sentences: Sentence[] = splitSentences(article)): SentenceContext[] {
  const recent = new RecentStates();
  let previous: ActorMention[] = [];
  const published = article.published;
  return sentences.map((sentence) => {
    const text = sentence.text;
    const mentions = resolveReferences(text, resolvePairs(text, withoutDateline(text, finder.findActorMentions(text)), recent), previous, recent, finder);
    recent.see(mentions);
    // "It" continues the sentence just before, and only a body sentence.
    if (sentence.kind === 'body') previous = mentions;
    let dates: DateMention[] | null = null;
    if (mentions.length === 0) {
      const bare = new AnnotatedSentence(sentence, [], [], [], [], [[0, text.length]], published);
      // A clash told with no party ("an exchange of fire between border guards") is read in full too.
      if (!(UNNAMED_CLASH.test(text) && bare.dates.some((d) => d.precision === 'day'))) return bare;
      dates = bare.dates;
    }
    const tokens = tokenize(text);
    if (!hasTrigger(tokens, INDEX)) return new AnnotatedSentence(sentence, tokens, mentions, [], [], [[0, text.length]], published, dates);
    return new AnnotatedSentence(sentence, tokens, mentions, finder.findPlaceMentions(text), findNumbers(text), splitClauses(text), published, dates);
  });
}

/** Every distinct event the article reports, merged, with evidence offsets into `article.text`. */
export function codeArticle(article: Article, opts: CodeArticleOptions = {}): CodedEvent[] {
  // One finder per article: later sentences may name a person by surname alone (actors rule A8).
  const finder = opts.actors ?? actors.articleActorFinder();
  const debug = opts.debug ?? null;
  const ctx: ArticleContext = { article, sentences: annotate(article, finder, opts.sentences), debug, quotes: opts.quotes };
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
