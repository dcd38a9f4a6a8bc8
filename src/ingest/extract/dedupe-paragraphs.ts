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
  // This runs on every paragraph, again for content words, and on the whole text (the hash):
  // text whose letters are ASCII (nearly all news text, curly quotes and dashes included) takes
  // one char-code pass that builds no intermediate strings; anything else takes the two regex
  // passes, whose Unicode lower-casing and letter classes the fast path could not reproduce.
  return normalizeFast(text) ?? normalizeUnicode(text);
}

function normalizeUnicode(text: string): string {
  // Apostrophes of every kind vanish ("Iran’s" → "irans"); any run of other non-letters,
  // double quotes and whitespace included, becomes one space.
  return text
    .toLowerCase()
    .replace(/['‘’‛′`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Scratch bytes for normalizeFast, grown to the longest text seen (output is never longer than input). */
let scratch = Buffer.alloc(1 << 16);

/**
 * Non-ASCII characters that are neither letters nor digits and that news text is full of: curly
 * quotes, dashes, ellipsis, guillemets, bullets, no-break and typographic spaces. `'v'`: the
 * apostrophe class of normalizeUnicode (vanishes); `'s'`: a separator like any ASCII punctuation.
 */
const TYPOGRAPHIC = new Map<number, 'v' | 's'>([
  [0x2018, 'v'], [0x2019, 'v'], [0x201b, 'v'], [0x2032, 'v'],
  [0x201c, 's'], [0x201d, 's'], [0x201e, 's'], [0x2013, 's'], [0x2014, 's'], [0x2015, 's'], [0x2026, 's'],
  [0x00ab, 's'], [0x00bb, 's'], [0x2022, 's'], [0x00b7, 's'], [0x00a0, 's'], [0x2009, 's'], [0x200a, 's'],
  [0x202f, 's'], [0x2007, 's'],
]);

/**
 * normalizeUnicode for text whose letters and digits are all ASCII, identical output: letters
 * lower-cased, ' ` and the curly apostrophes vanish, any other run of non-alphanumerics is one
 * space, none at the ends. Null when the text holds another non-ASCII character (a letter with
 * an accent, say): only the regex path knows Unicode letters and lower-casing. Bytes are written
 * to a scratch buffer and decoded once: string concatenation and toLowerCase cost several times
 * more, and news text with curly quotes would otherwise always take the regex path.
 */
function normalizeFast(text: string): string | null {
  if (scratch.length < text.length) scratch = Buffer.alloc(text.length);
  const buf = scratch;
  let len = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      // An apostrophe joins its neighbours ("Iran's" → "irans"); anything else separates them.
      if (c < 128) {
        if (c !== 39 && c !== 96) pendingSpace = true;
      } else {
        const t = TYPOGRAPHIC.get(c);
        if (t === undefined) return null;
        if (t === 's') pendingSpace = true;
      }
      continue;
    }
    if (pendingSpace) {
      if (len > 0) buf[len++] = 32;
      pendingSpace = false;
    }
    buf[len++] = c;
  }
  return buf.toString('latin1', 0, len);
}

/** Content words of `text`, stemmed; `norm` is its normalizeForComparison, reused when nothing differs. */
function contentWords(text: string, norm: string): string[] {
  const out: string[] = [];
  // The possessive goes first ("Iran's" → "iran"); without an apostrophe the text is as normalized in pass 1.
  const words = text.indexOf("'") >= 0 || text.indexOf('’') >= 0 ? normalizeForComparison(text.replace(/['’]s\b/g, '')) : norm;
  for (const raw of words.split(' ')) {
    if (!raw || STOPWORDS.has(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}

/**
 * A crude suffix stripper: enough to match "announced"/"announcing", "countries"/"country".
 * Same as `w.replace(/(?:ies|ied)$/, 'y').replace(/(?:ing|ed|es|s)$/, '')` (the leftmost ending
 * wins: "buses" → "bus"), without two regex runs per word.
 */
function stem(w: string): string {
  if (w.length <= 4) return w;
  if (w.endsWith('ies') || w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.endsWith('ing')) return w.slice(0, -3);
  if (w.endsWith('ed') || w.endsWith('es')) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/**
 * Drop repeated paragraphs (see the file comment). `debug` receives the coverage figures of
 * pass 3, for `--explain`; it costs nothing when absent.
 */
export function dedupeParagraphs(paragraphs: DraftParagraph[], debug?: (line: string) => void): DraftParagraph[] {
  // Pass 1: exact repeats.
  const seen = new Set<string>();
  const keptNorms: string[] = [];
  let kept = paragraphs.filter((p) => {
    const key = normalizeForComparison(p.text);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    keptNorms.push(key);
    return true;
  });

  // Pass 2: contained in a fuller paragraph (normalized once, in pass 1). The length test comes
  // first: most other paragraphs are shorter and need no search.
  const norms = keptNorms;
  const padded = norms.map((n) => ` ${n} `); // whole words only: " iran " is not inside " irani "
  const keptNorms2: string[] = [];
  kept = kept.filter((p, i) => {
    const len = norms[i].length;
    const keep = p.kind === 'heading' || len < MIN_CONTAINED_CHARS ||
      !norms.some((other, j) => other.length > len && j !== i && padded[j].includes(padded[i]));
    if (keep) keptNorms2.push(norms[i]);
    return keep;
  });

  if (kept.length > MAX_PARAGRAPHS_FOR_SUMMARY_PASS) return kept;
  return dropRestatedSummaries(kept, keptNorms2, debug);
}

/**
 * Pass 3: summaries the body restates. Words and word pairs are numbered per call, so the sets
 * are arrays of distinct small integers and coverage is counted with stamp arrays: no string
 * pairs built, no Set built per run.
 */
function dropRestatedSummaries(kept: DraftParagraph[], norms: string[], debug?: (line: string) => void): DraftParagraph[] {
  const ids = new Map<string, number>();
  // lastPara[id]: the last paragraph that listed word id as distinct.
  const lastPara: number[] = [];
  const seqs: number[][] = [];
  const wordSets = kept.map((p, k) => {
    const seq: number[] = [];
    const distinct: number[] = [];
    for (const w of contentWords(p.text, norms[k])) {
      let id = ids.get(w);
      if (id === undefined) {
        ids.set(w, (id = ids.size));
        lastPara.push(-1);
      }
      seq.push(id);
      if (lastPara[id] !== k) {
        lastPara[id] = k;
        distinct.push(id);
      }
    }
    seqs.push(seq);
    return distinct;
  });
  const nWords = ids.size;
  // Pair (a, b) as a * nWords + b: distinct pairs get distinct numbers. Repeats stay in the lists:
  // the stamps below count each pair once.
  const pairSets = seqs.map((seq) => {
    const out: number[] = [];
    for (let i = 1; i < seq.length; i++) out.push(seq[i - 1] * nWords + seq[i]);
    return out;
  });
  const n = kept.length;
  const dropped = new Uint8Array(n);
  const prose = (k: number) => kept[k].kind === 'body' || kept[k].kind === 'summary';
  // wordMark[w] === i + 1: word w is one of paragraph i's; wordHit[w] === run: already counted in this run.
  const wordMark = new Int32Array(nWords);
  const wordHit = new Int32Array(nWords);
  let run = 0;
  for (let i = 0; i < n; i++) {
    const mine = wordSets[i];
    if (!prose(i) || mine.length < MIN_CONTENT_WORDS) continue;
    for (const w of mine) wordMark[w] = i + 1;
    // Paragraph i's pairs, each with its slot in pairHit: built when a run first needs them
    // (most paragraphs share too few words with any later one to get that far).
    let myPairs: Map<number, number> | null = null;
    let pairHit = new Int32Array(0);
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
        for (const p of pairSets[i]) if (!myPairs.has(p)) myPairs.set(p, myPairs.size);
        pairHit = new Int32Array(myPairs.size);
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
        for (const x of pairSets[k]) {
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
  return kept.filter((_, i) => !dropped[i]);
}

/** How many of `words` (distinct) carry `mark`. */
function shared(words: readonly number[], mark: Int32Array, stamp: number): number {
  let hit = 0;
  for (const w of words) if (mark[w] === stamp) hit++;
  return hit;
}
