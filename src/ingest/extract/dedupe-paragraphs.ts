/**
 * Repeated paragraphs appear once. Pages repeat themselves: a box printed twice, a
 * "Quick Read" summary whose sentences the full story restates, a pull quote.
 *
 * Three passes, in this order:
 *  1. exact repeats (after normalizing case, quotes, whitespace and punctuation) keep the first;
 *  2. a paragraph whose whole normalized text sits inside another one is dropped (the fuller wins);
 *  3. a summary repeated by the body: an earlier paragraph whose content words and word pairs
 *     reappear in a run of up to `WINDOW` consecutive later paragraphs is dropped, so the fuller
 *     body version is what remains.
 */
import type { ParagraphKind } from '../types.js';

export interface DraftParagraph {
  kind: ParagraphKind;
  text: string;
}

/** Pass 3 looks at runs of up to this many later paragraphs (a summary sentence may be split across two). */
const WINDOW = 3;
/** Pass 3 only judges paragraphs with at least this many distinct content words; short ones are too common to judge. */
const MIN_CONTENT_WORDS = 8;
/** Share of a paragraph's content words that must reappear in the later run. */
const MIN_WORD_COVERAGE = 0.75;
/** Share of its adjacent content-word pairs that must reappear: shared topic words are not enough, the phrasing must repeat. */
const MIN_PAIR_COVERAGE = 0.5;
/** A run is only considered from a paragraph that shares at least this share of the words (prunes the search). */
const MIN_FIRST_OVERLAP = 0.2;
/** Pass 2 ignores fragments shorter than this (normalized characters). */
const MIN_CONTAINED_CHARS = 30;
/** Pass 3 is quadratic; beyond this many paragraphs it is skipped. */
const MAX_PARAGRAPHS_FOR_SUMMARY_PASS = 600;

const STOPWORDS = new Set(
  ('a an the and or but nor of to in on at by for from with without as is are was were be been being has have had ' +
    'do does did will would shall should can could may might must it its this that these those there here he she they ' +
    'we you i me him her them us our your their his my not no so than then also very just about into over after before ' +
    'which who whom whose what when where why how all any both each more most other some such only own same too s t ' +
    'if while during under again further once until against between through up down out off above below last').split(' '),
);

/** Lowercased, quotes and dashes unified, punctuation dropped, whitespace collapsed. */
export function normalizeForComparison(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‛′`]/g, "'")
    .replace(/[“”„″«»]/g, '"')
    .replace(/[^\p{L}\p{N}\s']/gu, ' ')
    .replace(/'/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of normalizeForComparison(text.replace(/['’]s\b/g, '')).split(' ')) {
    if (!raw || STOPWORDS.has(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}

/** A crude suffix stripper: enough to match "announced"/"announcing", "countries"/"country". */
function stem(w: string): string {
  if (w.length <= 4) return w;
  return w.replace(/(?:ies|ied)$/, 'y').replace(/(?:ing|ed|es|s)$/, '');
}

function pairs(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < words.length; i++) out.push(`${words[i - 1]} ${words[i]}`);
  return out;
}

/**
 * Drop repeated paragraphs (see the file comment). `debug` receives the coverage figures of
 * pass 3, for `--explain`; it costs nothing when absent.
 */
export function dedupeParagraphs(paragraphs: DraftParagraph[], debug?: (line: string) => void): DraftParagraph[] {
  // Pass 1: exact repeats.
  const seen = new Set<string>();
  let kept = paragraphs.filter((p) => {
    const key = normalizeForComparison(p.text);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  // Pass 2: contained in a fuller paragraph.
  const norms = kept.map((p) => normalizeForComparison(p.text));
  kept = kept.filter((p, i) => {
    if (p.kind === 'heading' || norms[i].length < MIN_CONTAINED_CHARS) return true;
    return !norms.some((other, j) => j !== i && other.length > norms[i].length && ` ${other} `.includes(` ${norms[i]} `));
  });

  if (kept.length > MAX_PARAGRAPHS_FOR_SUMMARY_PASS) return kept;

  // Pass 3: summaries the body restates.
  const words = kept.map((p) => contentWords(p.text));
  const wordSets = words.map((w) => new Set(w));
  const pairSets = words.map((w) => new Set(pairs(w)));
  const dropped = new Set<number>();
  const prose = (k: number) => kept[k].kind === 'body' || kept[k].kind === 'summary';
  for (let i = 0; i < kept.length; i++) {
    if (!prose(i) || wordSets[i].size < MIN_CONTENT_WORDS) continue;
    const later: number[] = [];
    for (let k = i + 1; k < kept.length; k++) if (prose(k) && !dropped.has(k)) later.push(k);
    for (let s = 0; s < later.length && !dropped.has(i); s++) {
      // Cheap bound: the run must start with a paragraph sharing a fair part of the words.
      if (coverage(wordSets[i], wordSets[later[s]]) < MIN_FIRST_OVERLAP) continue;
      const unionWords = new Set<string>();
      const unionPairs = new Set<string>();
      for (let w = 0; w < WINDOW && s + w < later.length; w++) {
        const k = later[s + w];
        for (const x of wordSets[k]) unionWords.add(x);
        for (const x of pairSets[k]) unionPairs.add(x);
        const wc = coverage(wordSets[i], unionWords);
        const pc = coverage(pairSets[i], unionPairs);
        if (wc >= MIN_WORD_COVERAGE && pc >= MIN_PAIR_COVERAGE) {
          debug?.(`dedupe: dropped #${i} "${kept[i].text.slice(0, 50)}…" as restated later (words ${wc.toFixed(2)}, pairs ${pc.toFixed(2)})`);
          dropped.add(i);
          break;
        }
      }
    }
  }
  return kept.filter((_, i) => !dropped.has(i));
}

function coverage(part: Set<string>, whole: Set<string>): number {
  if (part.size === 0) return 0;
  let hit = 0;
  for (const x of part) if (whole.has(x)) hit++;
  return hit / part.size;
}
