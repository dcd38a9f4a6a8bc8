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
import { normalizeForComparison } from './comparison-text.js';
import { readParagraph, renumber, startNumbering } from './content-words.js';

export { normalizeForComparison } from './comparison-text.js';

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

/**
 * Drop repeated paragraphs (see the file comment). `debug` receives the coverage figures of
 * pass 3, for `--explain`; it costs nothing when absent.
 */
export function dedupeParagraphs(paragraphs: DraftParagraph[], debug?: (line: string) => void): DraftParagraph[] {
  return dedupeWithForms(paragraphs, debug).paragraphs;
}

export interface DedupedParagraphs {
  paragraphs: DraftParagraph[];
  /**
   * normalizeForComparison of each paragraph kept, never empty. The article's content hash is
   * taken over the same form of its whole text, which is these joined by spaces: no second pass.
   */
  forms: string[];
}

/** dedupeParagraphs, with the comparison form of each paragraph kept. */
export function dedupeWithForms(paragraphs: DraftParagraph[], debug?: (line: string) => void): DedupedParagraphs {
  // Pass 1: exact repeats. Prose is read for pass 3's content words in the same pass.
  startNumbering();
  const seen = new Set<string>();
  const keptNorms: string[] = [];
  const keptWords: number[][] = [];
  let kept = paragraphs.filter((p) => {
    const words: number[] = [];
    const key = isProse(p) ? readParagraph(p.text, words) : normalizeForComparison(p.text);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    keptNorms.push(key);
    keptWords.push(words);
    return true;
  });

  // Pass 2: contained in a fuller paragraph (normalized once, in pass 1). The length test comes
  // first: most other paragraphs are shorter and need no search.
  const norms = keptNorms;
  const padded = norms.map((n) => ` ${n} `); // whole words only: " iran " is not inside " irani "
  const forms: string[] = [];
  const words: number[][] = [];
  kept = kept.filter((p, i) => {
    const len = norms[i].length;
    const keep = p.kind === 'heading' || len < MIN_CONTAINED_CHARS ||
      !norms.some((other, j) => other.length > len && j !== i && padded[j].includes(padded[i]));
    if (keep) {
      forms.push(norms[i]);
      words.push(keptWords[i]);
    }
    return keep;
  });

  if (kept.length > MAX_PARAGRAPHS_FOR_SUMMARY_PASS) return { paragraphs: kept, forms };
  const dropped = dropRestatedSummaries(kept, words, debug);
  return { paragraphs: kept.filter((_, i) => !dropped[i]), forms: forms.filter((_, i) => !dropped[i]) };
}

function isProse(p: DraftParagraph): boolean {
  return p.kind === 'body' || p.kind === 'summary';
}

/** Stamp arrays of pass 3, grown to the largest call. */
let scratch = new Int32Array(3 << 10);
let pairScratch = new Int32Array(1 << 10);

/**
 * Pass 3: summaries the body restates, from the content words of each paragraph (stem numbers,
 * empty for all but prose); 1 for each paragraph dropped. Words and word pairs are numbered per call, so the sets are arrays of distinct small integers and coverage is counted
 * with stamp arrays: no string pairs built, no Set built per run.
 */
function dropRestatedSummaries(kept: DraftParagraph[], seqs: number[][], debug?: (line: string) => void): Uint8Array {
  const prose = (k: number) => isProse(kept[k]);
  // Only prose is judged or judged against (only prose was read for its words).
  const nWords = renumber(seqs);
  if (scratch.length < 3 * nWords) scratch = new Int32Array(Math.max(3 * nWords, 2 * scratch.length));
  // Three stamp arrays over the words, cleared for this call (allocating them was a good part of the pass).
  const lastPara = scratch.subarray(0, nWords).fill(-1);
  const wordMark = scratch.subarray(nWords, 2 * nWords).fill(0);
  const wordHit = scratch.subarray(2 * nWords, 3 * nWords).fill(0);
  // lastPara[id]: the last paragraph that listed word id as distinct; once all are listed, the
  // last paragraph that holds it.
  const wordSets = seqs.map((seq, k) => {
    const distinct: number[] = [];
    for (const id of seq) {
      if (lastPara[id] !== k) {
        lastPara[id] = k;
        distinct.push(id);
      }
    }
    return distinct;
  });
  // Pair (a, b) as a * nWords + b: distinct pairs get distinct numbers. Repeats stay in the lists:
  // the stamps below count each pair once. Listed when a run first reads them.
  const pairSets: Array<number[] | undefined> = [];
  const pairsOf = (k: number): number[] => {
    let out = pairSets[k];
    if (!out) {
      const seq = seqs[k];
      out = pairSets[k] = [];
      for (let i = 1; i < seq.length; i++) out.push(seq[i - 1] * nWords + seq[i]);
    }
    return out;
  };
  const n = kept.length;
  const dropped = new Uint8Array(n);
  // wordMark[w] === i + 1: word w is one of paragraph i's; wordHit[w] === run: already counted in this run.
  let run = 0;
  for (let i = 0; i < n; i++) {
    const mine = wordSets[i];
    if (!prose(i) || mine.length < MIN_CONTENT_WORDS) continue;
    // Exact bound first: a run covers only words some later paragraph holds, and most paragraphs
    // share too few with all later ones together to be restated (no overlap counts needed).
    let ahead = 0;
    for (const w of mine) if (lastPara[w] > i) ahead++;
    if (ahead / mine.length < MIN_WORD_COVERAGE) continue;
    for (const w of mine) wordMark[w] = i + 1;
    // Paragraph i's pairs, each with its slot in pairHit: built when a run first needs them
    // (most paragraphs share too few words with any later one to get that far).
    let myPairs: Map<number, number> | null = null;
    let pairHit = pairScratch;
    const later: number[] = [];
    for (let k = i + 1; k < n; k++) if (prose(k) && !dropped[k]) later.push(k);
    // How many of paragraph i's words each later paragraph has, counted once per pair.
    const overlap = later.map((k) => shared(wordSets[k], wordMark, i + 1));
    for (let s = 0; s < later.length && !dropped[i]; s++) {
      // Cheap bound: the run must start with a paragraph sharing a fair part of the words.
      if (overlap[s] / mine.length < MIN_FIRST_OVERLAP) continue;
      // Exact bound: a run covers at most the sum of its paragraphs' overlaps. When even that
      // falls short of the word coverage, no prefix of the run can be enough: skip the count
      // (in articles on one topic most runs pass the first bound and fail this one).
      let reach = 0;
      for (let w = 0; w < WINDOW && s + w < later.length; w++) reach += overlap[s + w];
      if (reach / mine.length < MIN_WORD_COVERAGE) continue;
      if (!myPairs) {
        myPairs = new Map<number, number>();
        for (const p of pairsOf(i)) if (!myPairs.has(p)) myPairs.set(p, myPairs.size);
        if (pairScratch.length < myPairs.size) pairScratch = new Int32Array(Math.max(myPairs.size, 2 * pairScratch.length));
        pairHit = pairScratch.subarray(0, myPairs.size).fill(0);
      }
      run++;
      let wordHits = 0;
      let pairHits = 0;
      for (let w = 0; w < WINDOW && s + w < later.length; w++) {
        const k = later[s + w];
        for (const x of wordSets[k]) {
          if (wordMark[x] === i + 1 && wordHit[x] !== run) {
            wordHit[x] = run;
            wordHits++;
          }
        }
        for (const x of pairsOf(k)) {
          // Both words must be paragraph i's before its pair can be: two array reads spare a Map probe.
          const a = Math.floor(x / nWords);
          if (wordMark[a] !== i + 1 || wordMark[x - a * nWords] !== i + 1) continue;
          const slot = myPairs.get(x);
          if (slot !== undefined && pairHit[slot] !== run) {
            pairHit[slot] = run;
            pairHits++;
          }
        }
        const wc = wordHits / mine.length;
        const pc = myPairs.size === 0 ? 0 : pairHits / myPairs.size;
        if (wc >= MIN_WORD_COVERAGE && pc >= MIN_PAIR_COVERAGE) {
          debug?.(`dedupe: dropped #${i} "${kept[i].text.slice(0, 50)}…" as restated later (words ${wc.toFixed(2)}, pairs ${pc.toFixed(2)})`);
          dropped[i] = 1;
          break;
        }
      }
    }
  }
  return dropped;
}

/** How many of `words` (distinct) carry `mark`. */
function shared(words: readonly number[], mark: Int32Array, stamp: number): number {
  let hit = 0;
  for (const w of words) if (mark[w] === stamp) hit++;
  return hit;
}
