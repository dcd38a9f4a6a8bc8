import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dedupeParagraphs, normalizeForComparison, type DraftParagraph } from './dedupe-paragraphs.js';

const body = (text: string): DraftParagraph => ({ kind: 'body', text });

test('exact repeats (modulo quotes and spacing) appear once, first kept', () => {
  const out = dedupeParagraphs([body('He said “no” to the  plan.'), body('Other text here.'), body('He said "no" to the plan.')]);
  assert.deepEqual(out.map((p) => p.text), ['He said “no” to the  plan.', 'Other text here.']);
});

test('a paragraph contained in a fuller one is dropped', () => {
  const out = dedupeParagraphs([body('The cost of the raid was the trust of its neighbour and its sense of security.'), body('The cost of the raid was the trust of its neighbour.')]);
  assert.equal(out.length, 1);
  assert.match(out[0].text, /sense of security/);
});

test('a summary that the body restates is dropped; the fuller body version remains', () => {
  const summary = body('Corvasia has freed nineteen Lethmark sailors, ending a standoff that began when Corvasian gunboats seized two trawlers near the Orla reef on April 11.');
  const other = body('Markets in both capitals rose on the news.');
  const full1 = body('After three weeks of tension, Corvasia on Tuesday released the nineteen Lethmark sailors it had held since April.');
  const full2 = body('The standoff began on April 11, when Corvasian gunboats seized two trawlers near the contested Orla reef and arrested their crews.');
  const out = dedupeParagraphs([summary, other, full1, full2]);
  assert.deepEqual(out, [other, full1, full2]);
});

test('paragraphs that share topic words but not phrasing are all kept', () => {
  const ps = [
    body('Pakistan said its military struck militant hideouts in Iran on Thursday, killing nine people in a border village.'),
    body('Iran condemned the strike and summoned the Pakistani envoy, saying the people killed in the village were its citizens.'),
    body('The military of Pakistan said on Thursday that the hideouts in Iran were used by militants who attacked border posts.'),
    body('Nine people were killed in the village, Iranian officials said, and the border crossing was closed on Thursday.'),
  ];
  assert.equal(dedupeParagraphs(ps).length, 4);
});

test('captions and headings are never dropped as summaries', () => {
  const cap: DraftParagraph = { kind: 'caption', text: 'Delegates meet in Keshet on Saturday to agree on reopening a military hotline between the two armies.' };
  const out = dedupeParagraphs([cap, body('Delegates met in Keshet on Saturday and agreed on reopening a military hotline between the two armies, officials said.')]);
  assert.equal(out.length, 2);
});

test('plain ASCII text normalizes exactly as the Unicode path does', () => {
  // A non-ASCII word appended sends the text down the regex path; the rest must come out the same.
  for (const s of ["Iran's  FOREIGN-Ministry said: \"no\" (2024)", '  --  ', "rock 'n' roll`s `end`", 'A\tB\nC', 'x']) {
    const ascii = normalizeForComparison(s);
    assert.equal(normalizeForComparison(`${s} é`), [ascii, 'é'].filter(Boolean).join(' '), s);
  }
  assert.equal(normalizeForComparison("Iran's  FOREIGN-Ministry said"), 'irans foreign ministry said');
});

test('curly quotes, dashes and typographic spaces take the fast path with the regex path’s output', () => {
  // The regex path, written out: the reference the char-code scan must agree with.
  const reference = (t: string) => t.toLowerCase().replace(/['‘’‛′`]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const alphabet = ['a', 'Z', '7', ' ', "'", '`', '-', '.', '’', '‘', '‛', '′', '“', '”', '„', '–', '—', '―', '…', '«', '»', '•', '·', '\u00a0', '\u2009', '\u200a', '\u202f', '\u2007'];
  let seed = 7;
  // The high bits: the low bits of this generator repeat with a short period.
  const next = () => Math.floor((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 15) % alphabet.length;
  for (let k = 0; k < 500; k++) {
    const s = Array.from({ length: 1 + (k % 23) }, next).map((i) => alphabet[i]).join('');
    assert.equal(normalizeForComparison(s), reference(s), JSON.stringify(s));
  }
  assert.equal(normalizeForComparison('“Iran’s strike — it’s over…”'), 'irans strike its over');
  // Any other non-ASCII character still goes by the regex path, with its Unicode lower-casing.
  assert.equal(normalizeForComparison('Ünal’s \u212A9 İ'), reference('Ünal’s \u212A9 İ'));
});
