/** The shape every attribution pattern shares. One file per pattern; the order lives in `configuration.ts`. */
import type { Article } from '../../ingest/types.js';
import type { QuoteSegment } from '../quote-marks.js';
import type { SpeakerPhrase } from '../speaker-phrase.js';

export interface AttributionContext {
  article: Article;
  segments: QuoteSegment[];
  /** Index of the segment being attributed. */
  index: number;
  /** Attributions already found for earlier segments (same indexes as `segments`). */
  found: (AttributionMatch | null)[];
}

export interface AttributionMatch {
  /** Id of the pattern that matched. */
  pattern: string;
  /** The speaker as written, offsets inside `Article.text`. */
  speaker: SpeakerPhrase;
  /** Set by `continuation`: the segment whose speaker this one reuses. */
  inheritsFrom?: number;
  /** Where the attribution clause ends in `Article.text` (participles such as ", noting that …" start there). */
  end: number;
}

export interface AttributionPattern {
  id: string;
  /** A sentence the pattern matches, in our own words. */
  example: string;
  match(ctx: AttributionContext): AttributionMatch | null;
}

/** Shifts a phrase parsed from a substring to `Article.text` offsets. */
export function shift(phrase: SpeakerPhrase, by: number): SpeakerPhrase {
  return { ...phrase, start: phrase.start + by, end: phrase.end + by };
}
