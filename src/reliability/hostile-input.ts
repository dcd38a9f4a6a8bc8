/**
 * Building blocks of hostile input for the fuzz tests: news-like sentences in our own words, and
 * the characters that break naive text handling (direction overrides, joiners, combining marks,
 * lone surrogates, NUL, BOMs, odd line separators).
 */
import fc from 'fast-check';

export const SENTENCES = [
  'Iran fired missiles at a militant camp in Pakistan on Tuesday, officials in Islamabad said.',
  'Pakistan recalled its ambassador from Tehran and said 2 children were killed.',
  '"We will respond," the foreign minister of Pakistan said on Wednesday.',
  'India and China agreed to resume border talks in Zürich next week, a spokesperson said.',
  'Troops of Armenia and Azerbaijan exchanged fire near Göteborg street, killing 3 soldiers.',
  'The ministry of Peña province denied that its forces had crossed the frontier.',
  '“This is a grave violation,” said Ali, adding that talks would continue.',
];

/** Characters chosen to break naive code: id adversarial-unicode; e.g. '\u202E' reverses display order. */
export const ADVERSARIAL = [
  '\u202E', '\u202D', '\u2066', '\u2069', '\u200F', // RTL/LTR overrides and isolates, right-to-left mark
  '\u200D', '\u200C', '\u200B', '\u2060', '\uFEFF', // joiners, zero-width space, BOM in the middle
  '\u0301', '\u0308\u0308\u0308\u0308\u0308', '\u0489', // combining marks, stacked
  '\uD800', '\uDFFF', '\uDBFF\uDBFF', // lone and doubled half surrogates
  '\u0000', '\u0007', '\u001B[31m', '\r', '\u2028', '\u2029', '\u0085', // NUL, control, line separators
  '"', '“', '”', '«', '»', "'", '‘', '’', '"""', // quote marks, unbalanced
  '<', '>', '&amp;', '&#0;', '&#xD800;', ']]>', '<!--', // markup fragments
  '🇮🇷', '👨‍👩‍👧', 'ﷺ', 'Ω', 'ǅ', 'İ', 'ß', // emoji sequences, ligatures, case-changing letters
];

/** News sentences cut and spliced with adversarial characters. */
export const adversarialText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...SENTENCES) },
      { weight: 3, arbitrary: fc.constantFrom(...ADVERSARIAL) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
      { weight: 1, arbitrary: fc.constantFrom(' ', '\n', '\n\n', '\t') },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...SENTENCES), fc.nat(90)).map(([s, n]) => s.slice(0, n)) },
    ),
    { minLength: 1, maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** A small well-formed page around `paragraphs`. */
export function page(paragraphs: string[], extraHead = ''): string {
  return `<!doctype html><html><head><title>Border report</title>${extraHead}</head><body><article><h1>Border report</h1>`
    + paragraphs.map((p) => `<p>${p}</p>`).join('\n') + '</article></body></html>';
}

/** The same page cut at any point: unclosed tags, half an entity, half a comment. */
export const truncatedHtml: fc.Arbitrary<string> = fc
  .tuple(fc.subarray(SENTENCES, { minLength: 1 }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([ps, cut]) => {
    const html = page(ps, '<meta property="article:published_time" content="2024-01-17"><script>var x = "<p>";</script><!-- note -->');
    return html.slice(0, Math.floor(html.length * cut));
  });

/** Encoding mix-ups, as bytes: UTF-8 read as latin1 and re-encoded, UTF-16 without BOM, charsets mixed within a file. */
export const misencodedBytes: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.subarray(SENTENCES, { minLength: 1 }), fc.constantFrom('mojibake', 'utf16le', 'utf16be', 'mixed', 'latin1'))
  .map(([ps, how]) => {
    const text = ps.join('\n\n');
    if (how === 'mojibake') return Buffer.from(Buffer.from(text, 'utf8').toString('latin1'), 'utf8');
    if (how === 'utf16le') return Buffer.from(text, 'utf16le');
    if (how === 'utf16be') return Buffer.from(text, 'utf16le').swap16();
    if (how === 'latin1') return Buffer.from(text, 'latin1');
    return Buffer.concat([Buffer.from(ps[0], 'utf8'), Buffer.from(text, 'latin1'), Buffer.from(text, 'utf16le')]);
  });

/** Fixed seed unless DETENTE_FUZZ_SEED says otherwise, so a failure in CI replays exactly. */
export function fuzzParameters(runs: number): { seed: number; numRuns: number } {
  return {
    seed: Number(process.env.DETENTE_FUZZ_SEED ?? 20241125),
    numRuns: Math.round(runs * Number(process.env.DETENTE_FUZZ_SCALE ?? 1)),
  };
}
