/**
 * Sentence splitting with offsets into Article.text.
 *
 * A paragraph is cut at ". ", "! " or "? " (also after a closing quote) followed by an upper-case
 * letter, a digit or an opening quote, unless the word before the period is an abbreviation
 * ("Mr.", "Jan.", "Dr."), an initial ("U.S.", "J."), or the cut would fall inside a quotation
 * that continues past it.
 */
import type { Article } from '../ingest/types.js';
import type { Sentence } from './types.js';
import { MONTH_ABBREVIATIONS, OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';

// A candidate end: terminal punctuation, optional closing quotes/brackets, then whitespace.
const END_RE = /([.!?…]+)(["'”’)\]]*)(\s+)/g;
const NEXT_STARTS_SENTENCE = /^["'“‘(\[]?[\p{Lu}\d]/u;

/** True when the period at `dot` (index in text) belongs to an abbreviation, not a sentence end. */
function isAbbreviation(text: string, dot: number, next: string): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot);
  const lower = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower) || OTHER_ABBREVIATIONS.has(lower)) return true;
  if (MONTH_ABBREVIATIONS.has(lower)) return /^\d/.test(next);
  // Initials and dotted acronyms: "U.S.", "J.", "U.N." - a sentence may still end with "U.S.":
  // then the next word is a typical sentence opener (The, A, He, It, ...).
  if (/^(\p{Lu}\.)*\p{Lu}$/u.test(word)) {
    if (word.length === 1) return true;
    return !/^(The|A|An|He|She|It|They|We|I|But|In|On|This|That|Those|These|His|Her|Its|Their)\b/.test(next);
  }
  return false;
}

/**
 * Sentence spans of `text` (a paragraph), as [start, end) offsets relative to `text`, trimmed.
 * A period inside a quotation followed by the attribution ("… damaged.” says Lodhi") does not cut:
 * the next word is lower-case.
 */
export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  END_RE.lastIndex = 0;
  for (let m = END_RE.exec(text); m; m = END_RE.exec(text)) {
    const punctEnd = m.index + m[1]!.length + m[2]!.length;
    const next = text.slice(punctEnd + m[3]!.length, punctEnd + m[3]!.length + 40);
    if (!NEXT_STARTS_SENTENCE.test(next) && !/\n/.test(m[3]!)) continue;
    if (m[1] === '.' && isAbbreviation(text, m.index, next)) continue;
    pushSpan(text, start, punctEnd, spans);
    start = punctEnd + m[3]!.length;
  }
  pushSpan(text, start, text.length, spans);
  return spans;
}

function pushSpan(text: string, start: number, end: number, out: Array<[number, number]>): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push([start, end]);
}

/** Every sentence of the article, in order, with offsets into `article.text`. */
export function splitSentences(article: Article): Sentence[] {
  const out: Sentence[] = [];
  article.paragraphs.forEach((p, pi) => {
    for (const [s, e] of sentenceSpans(p.text)) {
      out.push({ index: out.length, text: p.text.slice(s, e), start: p.start + s, end: p.start + e, paragraph: pi, kind: p.kind });
    }
  });
  return out;
}
