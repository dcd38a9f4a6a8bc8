import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from './code-article.js';
import { makeArticle } from './testing/make-article.js';
import { FAKE_ACTORS } from './testing/fake-actors.js';

const code = (...paragraphs: string[]) => codeArticle(makeArticle(paragraphs, { published: '2024-01-23' }), { actors: FAKE_ACTORS });

test('continuation.another-wave: a dated new round without parties repeats the last act of force', () => {
  const ev = code(
    'On Tuesday, North Korea floated hundreds of trash balloons into South Korea.',
    'A second, larger wave of balloons followed on Saturday night.',
  );
  const waves = ev.filter((e) => e.source.country === 'PRK' && e.target?.country === 'KOR' && e.root === '17');
  assert.deepEqual(waves.map((e) => e.date).sort(), ['2024-01-20', '2024-01-23']);
});

test('no continuation without a day, with named parties, or without an earlier act of force', () => {
  const ev = code(
    'On Tuesday, North Korea floated hundreds of trash balloons into South Korea.',
    'Another wave could follow, officials warned.',
  );
  assert.equal(ev.filter((e) => e.root === '17').length, 1);
  assert.equal(code('Talks ended on Monday.', 'Another round of strikes followed on Saturday.').length, 0);
});
