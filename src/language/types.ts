/** Types at the language → actors/coding boundary. Offsets point into `Article.text`. */
import type { ParagraphKind } from '../ingest/types.js';

export interface Sentence {
  /** Index in article order. */
  index: number;
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph it belongs to. */
  paragraph: number;
  kind: ParagraphKind;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/** A date expression found in a sentence, resolved against the publication date. */
export interface DateMention {
  /** Offsets inside the sentence text. */
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD; for week/month/year precision, the first day of the span. Empty ('') for an
   * anchored mention (`anchorOffsetDays` set) until the coder resolves it against its anchor event. */
  date: string;
  precision: DatePrecision;
  /** True when the text states the date (e.g. "Jan. 16"), false when it was inferred ("last Tuesday"). */
  stated: boolean;
  /** Relative expressions such as "within 48 hours of" are anchored to another event: the offset in days from that anchor. */
  anchorOffsetDays?: number;
}

/** A number found in text ("at least two", "nine", "1,200"). */
export interface NumberMention {
  start: number;
  end: number;
  text: string;
  value: number;
  /** 'at least', 'more than', 'about', 'up to' or null. */
  qualifier: string | null;
  /** False for vague quantities ("dozens", "hundreds"): `value` is then only a lower bound. Absent = exact. */
  exact?: boolean;
}
