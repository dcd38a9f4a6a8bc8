/** Properties over random text built from gazetteer words and noise: spans are sound. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findActorMentions } from './resolver.js';
import { findPlaceMentions } from './places.js';

const WORDS = [
  'Iran', 'Pakistan', "Pakistan's", 'Iranian', 'officials', 'the', 'two', 'neighbours', 'both', 'countries', 'Tehran', 'in',
  'Foreign', 'Minister', 'Hossein', 'Amir', 'Abdollahian', ',', '.', 'former', 'Ambassador', 'Jordan', 'Michael', 'Jaish',
  'al-Adl', 'Sistan-Baluchestan', 'Balochistan', 'province', 'of', 'army', 'chief', 'Gen.', 'US', 'U.S.', 'Georgia', '’s',
  'Gaza', 'https://x.org/Iran-Pakistan', 'Taliban', 'Kabul', 'a', 'senator', 'said', '—', 'Sīstān', 'IRAN', 'both', 'sides',
];

test('mentions are in order, non-overlapping, and their text is the text at their offsets', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }), fc.constantFrom(' ', '  ', '\n', ' - '), (words, sep) => {
      const text = words.join(sep);
      for (const ms of [findActorMentions(text), findPlaceMentions(text)]) {
        let last = 0;
        for (const m of ms) {
          assert.ok(m.start >= last && m.end > m.start && m.end <= text.length);
          assert.equal(text.slice(m.start, m.end), m.text);
          last = m.end;
        }
      }
    }),
    { numRuns: 300 },
  );
});
