/**
 * Content words, for the restated-summary pass of dedupe-paragraphs: the words of a text in
 * comparison form (comparison-text.ts) with possessives dropped ("Iran's" → "iran"), stop words
 * left out, crudely stemmed.
 *
 * `contentWords` says what they are; `readParagraph` computes the same thing fast, as numbers
 * (one per distinct stem), which is all the pass needs, in the pass that also gives the
 * paragraph's comparison form: it runs on every paragraph of every article, and splitting,
 * stop-word look-ups and stemming per word were most of the extraction's time. A word form met
 * once is remembered with its stem's number, so a text whose letters are ASCII is read in one
 * char-code pass that builds no strings for known forms.
 */
import { normalizeForComparison, TYPOGRAPHIC } from './comparison-text.js';

const STOPWORDS = new Set(
  ('a an the and or but nor of to in on at by for from with without as is are was were be been being has have had ' +
    'do does did will would shall should can could may might must it its this that these those there here he she they ' +
    'we you i me him her them us our your their his my not no so than then also very just about into over after before ' +
    'which who whom whose what when where why how all any both each more most other some such only own same too s t ' +
    'if while during under again further once until against between through up down out off above below last').split(' '),
);

/** Content words of `text`, stemmed, in text order (repeats kept). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  // The possessive goes first ("Iran's" → "iran"), then the text is compared as normalized.
  for (const raw of normalizeForComparison(text.replace(/['’]s\b/g, '')).split(' ')) {
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

export interface NumberedWords {
  /** Per text, its content words as numbers 0..count-1, equal numbers for equal stems; empty for a null text. */
  seqs: number[][];
  count: number;
}

/**
 * The content words of each text (null: not wanted), numbered in order of first appearance
 * across the texts: the numbers of `contentWords`' strings.
 */
export function numberContentWords(texts: ReadonlyArray<string | null>): NumberedWords {
  startNumbering();
  const seqs = texts.map((text) => {
    const seq: number[] = [];
    if (text !== null) readParagraph(text, seq);
    return seq;
  });
  return { seqs, count: renumber(seqs) };
}

/**
 * Starts a numbering (one per dedupe call): the numbers readParagraph gives are good for
 * renumber until the next start.
 */
export function startNumbering(): void {
  // The tables only grow; cleared between numberings past a bound.
  if (formCount > MAX_FORMS || stemIds.size > MAX_FORMS || generation === 0x7fffffff) clearTables();
  generation++;
}

/**
 * normalizeForComparison(text), with the content words of `text` appended to `words` as
 * stem numbers of this numbering (for renumber). Dedupe needs both for every paragraph, so both
 * come from one pass over the text.
 */
export function readParagraph(text: string, words: number[]): string {
  const start = words.length;
  const form = scanParagraph(text, words);
  if (form !== null) return form;
  // A letter beyond ASCII: only the regex path knows Unicode letters and lower-casing.
  words.length = start;
  for (const w of contentWords(text)) words.push(stemIdOf(w));
  return normalizeForComparison(text);
}

/** The stem numbers in `seqs` → 0..count-1 in order of first appearance, in place; the count. */
export function renumber(seqs: number[][]): number {
  if (localOf.length < stemIds.size) growLocal(stemIds.size);
  let count = 0;
  for (const seq of seqs) {
    for (let i = 0; i < seq.length; i++) {
      const g = seq[i];
      if (localGeneration[g] !== generation) {
        localGeneration[g] = generation;
        localOf[g] = count++;
      }
      seq[i] = localOf[g];
    }
  }
  return count;
}

/** Bound on remembered word forms and stems (a few MB); past it the tables start afresh. */
const MAX_FORMS = 1 << 17;
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

/** Stem → its number, for as long as the tables live, and back. */
const stemIds = new Map<string, number>();
const stems: string[] = [];
/**
 * Word forms met, open addressing: slot i is table[4i..4i+3] = hash, start in `pool`, length
 * (0: free), stem number (-1: a stop word). One array, so a probe touches one place.
 */
const SLOT = 4;
let table = new Int32Array(SLOT << 12);
let formCount = 0;
/** Bytes of all forms met, end to end. */
let pool = new Uint8Array(1 << 16);
let poolLength = 0;
/** The word being read, and the comparison form of the text it is read from. */
let word = Buffer.alloc(1 << 10);
let comparison = Buffer.alloc(1 << 10);
/** Per call: stem number → the call's number, valid where localGeneration holds the call's generation. */
let generation = 0;
let localOf = new Int32Array(1 << 12);
let localGeneration = new Int32Array(1 << 12);

function clearTables(): void {
  stemIds.clear();
  stems.length = 0;
  table = new Int32Array(SLOT << 12);
  formCount = 0;
  poolLength = 0;
  localGeneration.fill(0);
  generation = 0;
}

function growLocal(n: number): void {
  const size = Math.max(n, localOf.length * 2);
  const of = new Int32Array(size);
  of.set(localOf);
  const gen = new Int32Array(size);
  gen.set(localGeneration);
  localOf = of;
  localGeneration = gen;
}

function stemIdOf(s: string): number {
  let id = stemIds.get(s);
  if (id === undefined) {
    stemIds.set(s, (id = stemIds.size));
    stems.push(s);
  }
  return id;
}

/** The fast scan's reading of `text`, words as strings (null where it leaves the text to the regex paths): for tests. */
export function scannedContentWords(text: string): { form: string; words: string[] } | null {
  const ids: number[] = [];
  const form = scanParagraph(text, ids);
  return form === null ? null : { form, words: ids.map((id) => stems[id]) };
}

/** [A-Za-z0-9_]: what `\b` in contentWords' possessive rule counts as a word character. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * normalizeFast(text) (comparison-text.ts), and contentWords(text) as stem numbers appended to
 * `out`, in one pass: letters lower-cased, apostrophes joining, other punctuation splitting; an
 * apostrophe + "s" before a non-word character (the possessive rule) stays in the comparison
 * form but not in the content word. Null when the text holds a non-ASCII character normalizeFast
 * does not know (then `out` is partial).
 */
function scanParagraph(text: string, out: number[]): string | null {
  if (word.length < text.length) word = Buffer.alloc(text.length);
  if (comparison.length < text.length) comparison = Buffer.alloc(text.length);
  const wbuf = word;
  const cbuf = comparison;
  let len = 0;
  let clen = 0;
  let hash = HASH_SEED;
  let pendingSpace = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      if (c === 39 || c === 0x2019) {
        // An apostrophe vanishes. The possessive rule removes "'s" / "’s" from the content words
        // before they are read; the comparison form keeps the "s".
        if (text.charCodeAt(i + 1) === 115 && !isWordChar(text.charCodeAt(i + 2))) {
          i++;
          if (pendingSpace) {
            if (clen > 0) cbuf[clen++] = 32;
            if (len > 0) {
              const id = formStemId(len, hash);
              if (id >= 0) out.push(id);
              len = 0;
              hash = HASH_SEED;
            }
            pendingSpace = false;
          }
          cbuf[clen++] = 115;
        }
      } else if (c < 128) {
        if (c !== 96) pendingSpace = true;
      } else {
        const t = TYPOGRAPHIC.get(c);
        if (t === undefined) return null;
        if (t === 's') pendingSpace = true;
      }
      continue;
    }
    if (pendingSpace) {
      if (clen > 0) cbuf[clen++] = 32;
      if (len > 0) {
        const id = formStemId(len, hash);
        if (id >= 0) out.push(id);
        len = 0;
        hash = HASH_SEED;
      }
      pendingSpace = false;
    }
    cbuf[clen++] = c;
    wbuf[len++] = c;
    hash = Math.imul(hash ^ c, HASH_PRIME);
  }
  if (len > 0) {
    const id = formStemId(len, hash);
    if (id >= 0) out.push(id);
  }
  return cbuf.toString('latin1', 0, clen);
}

/** The stem number of the form in `word[0..len)` (-1: a stop word), remembered on first sight. */
function formStemId(len: number, hash: number): number {
  const t = table;
  const mask = t.length / SLOT - 1;
  let at = (hash & mask) * SLOT;
  for (let l = t[at + 2]; l !== 0; l = t[at + 2]) {
    if (t[at] === hash && l === len && sameBytes(t[at + 1], len)) return t[at + 3];
    at = (at + SLOT) & (t.length - 1);
  }
  const form = word.toString('latin1', 0, len);
  const id = STOPWORDS.has(form) ? -1 : stemIdOf(stem(form));
  if (poolLength + len > pool.length) {
    const grown = new Uint8Array(Math.max(pool.length * 2, poolLength + len));
    grown.set(pool.subarray(0, poolLength));
    pool = grown;
  }
  pool.set(word.subarray(0, len), poolLength);
  t[at] = hash;
  t[at + 1] = poolLength;
  t[at + 2] = len;
  t[at + 3] = id;
  poolLength += len;
  // Keep the table at most half full: probes stay short.
  if (++formCount * 2 > t.length / SLOT) rehash(t.length * 2);
  return id;
}

function rehash(size: number): void {
  const old = table;
  table = new Int32Array(size);
  const mask = size / SLOT - 1;
  for (let from = 0; from < old.length; from += SLOT) {
    if (old[from + 2] === 0) continue;
    let at = (old[from] & mask) * SLOT;
    while (table[at + 2] !== 0) at = (at + SLOT) & (size - 1);
    table.set(old.subarray(from, from + SLOT), at);
  }
}

function sameBytes(start: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (pool[start + k] !== word[k]) return false;
  return true;
}
