/**
 * The comparison form of a text: what two paragraphs must share to count as the same words.
 * Used to find repeated paragraphs and to hash an article's content.
 */

/** Lowercased, quotes and dashes unified, punctuation dropped, whitespace collapsed. */
export function normalizeForComparison(text: string): string {
  // This runs on every paragraph and on the whole text (the hash):
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
export const TYPOGRAPHIC = new Map<number, 'v' | 's'>([
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
