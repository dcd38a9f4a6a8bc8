import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseTrie } from './phrase-trie.js';
import { tokenize } from './tokens.js';

// The trie turns a token away by its first character before probing (see `firsts`): these pin
// that phrases starting with a lower-case word, an all-capitals form and the 'lower' mode still match.
test('proper mode: lower-case first words, title-case fallback, longest match', () => {
  const trie = new PhraseTrie<string>('proper');
  trie.add('the Hague', 'hague');
  trie.add('Iran', 'iran');
  trie.add('Islamic Republic of Iran', 'iran-full');
  const toks = tokenize('in the Hague, IRAN and the Islamic Republic of Iran');
  assert.equal(trie.longest(toks, 0), null); // "in" starts nothing
  assert.deepEqual(trie.longest(toks, 1), { from: 1, to: 3, values: ['hague'] });
  assert.deepEqual(trie.longest(toks, 4)?.values, ['iran']); // "IRAN" via its title form
  assert.deepEqual(trie.longest(toks, 7), { from: 7, to: 11, values: ['iran-full'] });
  assert.equal(trie.starts(toks[1]), true);
  assert.equal(trie.starts(toks[5]), false); // "and"
  assert.equal(trie.longest(toks, toks.length), null);
});

test('lower mode ignores case, first word included', () => {
  const trie = new PhraseTrie<string>('lower');
  trie.add('Foreign Ministry', 'GOV');
  const toks = tokenize('FOREIGN MINISTRY and foreign ministry but Ministry');
  assert.deepEqual(trie.longest(toks, 0)?.values, ['GOV']);
  assert.deepEqual(trie.longest(toks, 3)?.values, ['GOV']);
  assert.equal(trie.longest(toks, 6), null);
});

test('a word remembered as starting nothing starts a phrase added later', () => {
  const trie = new PhraseTrie<string>('proper');
  trie.add('Iran', 'iran');
  const toks = tokenize('Tabriz and Iran');
  assert.equal(trie.longest(toks, 0), null);
  assert.equal(trie.starts(toks[2]), true);
  trie.add('Tabriz', 'tabriz');
  assert.deepEqual(trie.longest(tokenize('in Tabriz'), 1)?.values, ['tabriz']);
  assert.equal(trie.starts(toks[0]), true);
});
