/**
 * Numbers in text: digits ("1,200", "48"), number words ("nine", "twenty-two", "two hundred"),
 * vague quantities ("dozens": `exact: false`), each with its qualifier ("at least", "more than").
 */
import type { NumberMention } from './types.js';
import { QUALIFIERS, SCALES, UNITS, VAGUE } from './numbers/word-numbers.js';

const WORD = Object.keys(UNITS).filter((w) => w !== 'a' && w !== 'an').join('|');
const SCALE = Object.keys(SCALES).join('|');
const VAGUE_WORDS = Object.keys(VAGUE).filter((w) => !['many', 'some', 'few'].includes(w)).join('|');
const QUAL = '(?:at least|more than|over|about|around|nearly|almost|roughly|some|approximately|up to|as many as|fewer than|less than)';
// number.digits: "1,200", "48", "2.5"; number.words: "twenty-two", "two hundred"; number.vague: "dozens".
const NUMBER_RE = new RegExp(
  `\\b(?:(${QUAL})\\s+)?(?:(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(${SCALE}))?|((?:${WORD})(?:[- ](?:${WORD}))?(?:\\s+(?:${SCALE}))?)|(${VAGUE_WORDS}))\\b`,
  'gi',
);

/** Every number mention in `text`, offsets relative to `text`. */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    const [all, qual, digits, digitScale, words, vague] = m;
    let value: number;
    let exact = true;
    if (digits) {
      value = Number(digits.replace(/,/g, '')) * (digitScale ? SCALES[digitScale.toLowerCase()]! : 1);
    } else if (words) {
      value = wordsValue(words.toLowerCase());
    } else {
      value = VAGUE[vague!.toLowerCase()]!;
      exact = false;
    }
    if (!Number.isFinite(value)) continue;
    const qualifier = qual ? QUALIFIERS.find(([re]) => re.test(qual))?.[1] ?? null : null;
    const mention: NumberMention = { start: m.index, end: m.index + all!.length, text: all!, value, qualifier };
    if (!exact) mention.exact = false;
    out.push(mention);
  }
  return out;
}

function wordsValue(s: string): number {
  let total = 0;
  let current = 0;
  for (const w of s.split(/[- ]+/)) {
    if (w in SCALES) current = (current || 1) * SCALES[w]!;
    else current += UNITS[w] ?? NaN;
  }
  total += current;
  return total;
}
