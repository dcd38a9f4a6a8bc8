/**
 * Inputs that must not produce an event that would be printed by default (asserted, claimed
 * or intended). Like chrono's negative_cases: each line is a trap the coder once could fall in.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from './code-article.js';
import { makeArticle } from './testing/make-article.js';
import { FAKE_ACTORS } from './testing/fake-actors.js';
import { DEFAULT_MODALITIES } from './types.js';

const NO_EVENT: string[] = [
  // Countries as background only.
  'Iran is facing pressure from the United States and Israel over its support of Hamas in Gaza and the Houthis in Yemen.',
  // Advice and opinion.
  'To mend ties, Iran will need to check smuggling and make sure militants have no sanctuary in its border areas.',
  'I think Pakistan should strike back at Iran if it is attacked again.',
  'Experts say Iran could attack Pakistan again.',
  // A bare noun names no act by anyone.
  'The unprovoked nature of the attack gave Islamabad no choice but to establish deterrence.',
  'After tit-for-tat airstrikes, the mood in Islamabad was grim.',
  'Past attacks on its side of the border worried Iran.',
  // Habits and states, not dated events.
  'The TTP is a group that regularly carries out suicide attacks along the border with Afghanistan.',
  'India has occupied parts of Kashmir for over 70 years, says Pakistan.',
  // No actor before the verb.
  'I absolutely reject the idea that Pakistan is to blame.',
  // Boilerplate with no state at all.
  'Subscribe to continue reading: we force open that too-small box and change lives.',
  'My work in the region was heavily influenced by an article I had forced myself to read.',
  // One country on both sides.
  'Pakistan struck militants inside Pakistan on Jan. 16.',
  // Gerunds and plurals are not verbs: "strikes" here is a noun.
  'Strikes and protests in Iran continued.',
];

for (const sentence of NO_EVENT) {
  test(`no event: ${sentence}`, () => {
    const events = codeArticle(makeArticle([sentence]), { actors: FAKE_ACTORS })
      .filter((e) => DEFAULT_MODALITIES.includes(e.modality));
    assert.deepEqual(events.map((e) => `${e.source.country}->${e.target?.country} ${e.cameo} ${e.evidences[0]!.pattern}`), []);
  });
}

test('background countries never appear in any event of a real-looking paragraph', () => {
  const events = codeArticle(makeArticle([
    'Iran launched a missile attack in Pakistan on Jan. 16, noting that Iran is facing pressure from the United States and Israel over its support of Hamas in Gaza and the Houthis in Yemen.',
  ]), { actors: FAKE_ACTORS });
  const countries = events.flatMap((e) => [e.source.country, e.target?.country]);
  for (const c of ['USA', 'ISR', 'YEM']) assert.ok(!countries.includes(c), c);
  assert.ok(countries.includes('PAK'));
});

test('"struck a deal" is not a strike', () => {
  const events = codeArticle(makeArticle(['Iran and Pakistan struck a trade deal on Jan. 16.']), { actors: FAKE_ACTORS });
  assert.ok(!events.some((e) => e.root === '19'));
});

test('history is background: an act dated years before publication is not reported news', () => {
  const events = codeArticle(makeArticle(['Iran attacked Pakistan in 2019, officials recalled.', 'Iran struck Pakistan on Jan. 16.']), { actors: FAKE_ACTORS });
  assert.deepEqual(events.map((e) => e.date), ['2024-01-16']);
});
