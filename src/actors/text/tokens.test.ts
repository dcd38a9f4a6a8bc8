import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, fold, phraseKeys } from './tokens.js';

test('glued hyphens are dropped, spaced dashes kept', () => {
  assert.deepEqual(phraseKeys('Sistan-Baluchestan'), ['Sistan', 'Baluchestan']);
  assert.deepEqual(phraseKeys('Tehreek-e-Taliban'), ['Tehreek', 'e', 'Taliban']);
  assert.deepEqual(phraseKeys('Iran - Pakistan'), ['Iran', '-', 'Pakistan']);
});

test('diacritics and curly apostrophes fold; offsets point into the original text', () => {
  const text = 'Sīstān and Pakistan’s';
  const toks = tokenize(text);
  assert.deepEqual(toks.map((t) => t.key), ['Sistan', 'and', 'Pakistan', "'", 's']);
  assert.equal(text.slice(toks[0].start, toks[0].end), 'Sīstān');
  assert.equal(fold('Côte d’Ivoire'), "Cote d'Ivoire");
});

test('a URL is one opaque token; all-capitals words get a title-case key', () => {
  const toks = tokenize('see https://x.org/Asia-South-Central/Iran now IRAN TTP');
  assert.deepEqual(toks.map((t) => t.key), ['see', ' ', 'now', 'IRAN', 'TTP']);
  assert.equal(toks[3].title, 'Iran');
  assert.equal(toks[4].title, null);
  assert.equal(toks[3].cap, false);
});

test('only words holding a non-ASCII letter are folded; words opening with h or w are URLs only when they are', () => {
  const toks = tokenize('“When” Sīstān’s wheat went www.x.org/a-b whhttp://y hhttp http://z');
  assert.deepEqual(toks.map((t) => t.key), ['“', 'When', '”', 'Sistan', "'", 's', 'wheat', 'went', ' ', 'whhttp', ':', '/', '/', 'y', 'hhttp', ' ']);
  assert.equal(toks[1].cap, true);
  assert.equal(toks[8].end, toks[8].start + 'www.x.org/a-b'.length);
});

test('a word met again gives the same token fields and id; a different word another id', () => {
  const first = tokenize('Iran and IRAN, officials said');
  const again = tokenize('officials in IRAN said Iran');
  const pick = (t: (typeof first)[number]) => ({ key: t.key, lower: t.lower, title: t.title, upper: t.upper, cap: t.cap, id: t.id });
  assert.deepEqual(pick(again[4]), pick(first[0]));
  assert.deepEqual(pick(again[2]), pick(first[2]));
  assert.deepEqual([again[2].title, again[2].cap, again[2].upper], ['Iran', false, true]);
  assert.notEqual(first[0].id, first[2].id);
  assert.ok(first[0].id >= 0);
  assert.equal(first[3].id, -1, 'punctuation has no word id');
  assert.deepEqual([again[4].start, again[4].end], [23, 27]);
});
