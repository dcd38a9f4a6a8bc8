/**
 * A light tokenizer: words (with inner hyphens and apostrophes), numbers ("1,200", "48"),
 * and single punctuation marks, each with offsets into the text and a lemma.
 *
 * Chosen over wink-nlp for the coder's hot path: the coder needs offsets and lemmas of a few
 * hundred trigger words, not POS tags, and this runs several times faster (see
 * src/bench/coder-throughput.ts, which measures both).
 */
import { lemmatize } from './lemmas.js';

export interface Token {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  lemma: string;
  start: number;
  end: number;
  /** 'word', 'number' or 'punct'. */
  kind: 'word' | 'number' | 'punct';
}

const TOKEN_RE = /(\d[\d,.]*\d|\d)|([\p{L}\p{M}][\p{L}\p{M}\d]*(?:[-'’][\p{L}\p{M}\d]+)*)|([^\s\p{L}\p{M}\d])/gu;

/** Tokens of `text` in order; offsets are relative to `text`. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const kind = m[1] ? 'number' : m[2] ? 'word' : 'punct';
    let lower = t.toLowerCase();
    // The two replaces only matter for words with an apostrophe: most have none, and skipping
    // them spares two regex runs per token.
    if (kind === 'word' && lower.indexOf('’') >= 0) lower = lower.replace(/’/g, "'");
    // Possessive "'s" belongs to the noun for actor matching but not to its lemma.
    const base = kind === 'word' && lower.endsWith("'s") ? lower.slice(0, -2) : lower;
    out.push({ text: t, lower, lemma: kind === 'word' ? lemmatize(base) : lower, start: m.index, end: m.index + t.length, kind });
  }
  return out;
}
