/**
 * A light tokenizer: words (with inner hyphens and apostrophes), numbers ("1,200", "48"),
 * and single punctuation marks, each with offsets into the text and a lemma.
 *
 * Chosen over wink-nlp for the coder's hot path: the coder needs offsets and lemmas of a few
 * hundred trigger words, not POS tags, and this runs several times faster than wink-nlp's
 * readDoc on the same text (`npm run bench` reports wink-nlp tokenization as its baseline).
 */
import { lemmatize } from './lemmas.js';
import { SpanTable, hashStep, ownCopy } from './span-table.js';

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
  if (plainText(text)) {
    scanPlain(text, out);
    return out;
  }
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) push(out, m[0], m[1] ? 'number' : m[2] ? 'word' : 'punct', m.index);
  return out;
}

function push(out: Token[], t: string, kind: Token['kind'], start: number): void {
  let lower = t.toLowerCase();
  // The two replaces only matter for words with an apostrophe: most have none, and skipping
  // them spares two regex runs per token.
  if (kind === 'word' && lower.indexOf('’') >= 0) lower = lower.replace(/’/g, "'");
  // Possessive "'s" belongs to the noun for actor matching but not to its lemma.
  const base = kind === 'word' && lower.endsWith("'s") ? lower.slice(0, -2) : lower;
  out.push({ text: t, lower, lemma: kind === 'word' ? lemmatize(base) : lower, start, end: start + t.length, kind });
}

/**
 * Non-ASCII characters news text is full of that are neither letters, marks, digits nor spaces:
 * curly quotes, dashes, ellipsis. Text of ASCII and these only is tokenized by scanPlain.
 */
const PLAIN_MARKS = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026]);

function plainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 && !PLAIN_MARKS.has(c)) return false;
  }
  return true;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAlnum = (c: number) => isLetter(c) || isDigit(c);

/**
 * What TOKEN_RE finds, for plainText text, by char codes: the regex's Unicode classes make it the
 * tokenizer's main cost, and in such text a letter is A–Z or a–z, a space is ASCII.
 */
function scanPlain(text: string, out: Token[]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    let j = i + 1;
    let kind: Token['kind'] = 'punct';
    if (isDigit(c)) {
      // \d[\d,.]*\d|\d: the run of digits, commas and periods, back to its last digit.
      let k = j;
      while (k < n && (isDigit(text.charCodeAt(k)) || text.charCodeAt(k) === 44 || text.charCodeAt(k) === 46)) k++;
      while (k > j && !isDigit(text.charCodeAt(k - 1))) k--;
      j = k;
      kind = 'number';
    } else if (isLetter(c)) {
      // A letter, letters and digits, then any number of [-'’] + letters and digits.
      let h = c;
      for (;;) {
        for (let d = 0; j < n && isAlnum((d = text.charCodeAt(j))); j++) h = hashStep(h, d);
        const sep = j + 1 < n ? text.charCodeAt(j) : 0;
        const after = sep === 45 || sep === 39 || sep === 0x2019 ? text.charCodeAt(j + 1) : 0;
        if (after !== 0 && isAlnum(after)) {
          h = hashStep(hashStep(h, sep), after);
          j += 2;
        } else break;
      }
      const k = WORDS.find(text, i, j, h);
      if (k >= 0) {
        const w = WORDS.values[k]!;
        out.push({ text: w.text, lower: w.lower, lemma: w.lemma, start: i, end: j, kind: 'word' });
      } else {
        push(out, WORDS.full ? text.slice(i, j) : ownCopy(text.slice(i, j)), 'word', i);
        const t = out[out.length - 1]!;
        WORDS.add(t.text, h, { text: t.text, lower: t.lower, lemma: t.lemma });
      }
      i = j;
      continue;
    }
    push(out, text.slice(i, j), kind, i);
    i = j;
  }
}

/**
 * The words scanPlain has met, with their lower case and lemma: most words of an article were
 * met before, and then cost no slice, lower-casing or lemma lookup.
 */
const WORDS = new SpanTable<Pick<Token, 'text' | 'lower' | 'lemma'>>(60_000);
