import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixture } from '../../testing/paths.js';
import { extractTextArticle } from './text-article.js';

const dump = () => extractTextArticle(readFileSync(fixture('ingest', 'dump-paywall.txt'), 'utf8'));

test('text dump: headline, printed URL and the date it carries', () => {
  const r = dump();
  assert.equal(r.title, 'Harbor tensions ease as Corvasia frees detained sailors');
  assert.equal(r.url, 'https://www.harborherald.example/world/2022/0504/Harbor-tensions-ease-as-Corvasia-frees-detained-sailors');
  assert.equal(r.published, '2022-05-04');
  assert.equal(r.publishedFrom, 'url');
});

test('text dump: paywall, letter, boxes, credits, switches and promos are gone', () => {
  const text = dump().paragraphs.map((p) => p.text).join('\n');
  for (const gone of ['Subscribe', 'Dear Reader', 'admiral', 'Why It Matters', 'A story about', 'Two small navies', 'Quick Read', 'Full Read', 'Teo Varga', 'Lisa Brandt', 'Advertisement', 'Share this article', 'Read more', 'Reporting by', '©', 'QR Code', 'Skip to main', 'http', '|']) {
    assert.ok(!text.includes(gone), `still contains ${JSON.stringify(gone)}`);
  }
});

test('text dump: caption after a credit is kind caption; standalone short line is a heading', () => {
  const ps = dump().paragraphs;
  const caption = ps.find((p) => p.text.startsWith('Released fishermen wave'));
  assert.equal(caption?.kind, 'caption');
  assert.equal(ps.find((p) => p.text === 'What comes next')?.kind, 'heading');
});

test('text dump: the summary the body repeats appears once, in its fuller body version', () => {
  const ps = dump().paragraphs.map((p) => p.text);
  assert.equal(ps.filter((t) => t.includes('lasting harm')).length, 1);
  assert.ok(ps.some((t) => t.includes('lasting harm') && t.includes('written guarantees')));
  assert.equal(ps.filter((t) => /seized two trawlers/.test(t)).length, 1);
  assert.ok(ps.some((t) => t.includes('released the nineteen Lethmark sailors')));
});

test('wire-style furniture is removed, datelines are kept and give a dated publication day', () => {
  const r = extractTextArticle(
    [
      'Arvania recalls envoy after border clash',
      '',
      'By Hanna Lind and Paul Moreau',
      '',
      'Published 18 January 2024',
      '',
      'KESHET, Jan 18, 2024 (Reuters) - Arvania recalled its ambassador from Belmora on Thursday after a clash between border guards left two soldiers dead, the foreign ministry said.',
      'Sign up for our daily briefing newsletter',
      'The ministry said the envoy would return only after an inquiry into the shooting.',
      'Follow us on Twitter',
      'We use cookies to improve your experience on our site.',
      'Related:',
      'Reporting by Hanna Lind; Editing by Paul Moreau',
      'Our Standards: The Thomson Reuters Trust Principles.',
    ].join('\n'),
  );
  assert.equal(r.title, 'Arvania recalls envoy after border clash');
  assert.equal(r.byline, 'Hanna Lind and Paul Moreau');
  assert.equal(r.published, '2024-01-18');
  assert.equal(r.publishedFrom, 'text');
  assert.deepEqual(r.paragraphs.map((p) => p.text), [
    'KESHET, Jan 18, 2024 (Reuters) - Arvania recalled its ambassador from Belmora on Thursday after a clash between border guards left two soldiers dead, the foreign ministry said.',
    'The ministry said the envoy would return only after an inquiry into the shooting.',
  ]);
});

test('article sentences that resemble furniture are kept (must-not-match)', () => {
  const keep = [
    'Officials said the deal would let both sides share the reef and its fish.',
    'Dear Reader is the name of a play staged in the capital that week, critics said.',
    'The minister said: "Subscribe to peace, not to war," drawing applause from delegates.',
    'Syed/Hussain talks were described by both sides as constructive and frank.',
    'Get out now, the commander told villagers, according to residents reached by phone.',
    'Reporting by Iranian state media said nine people were killed in the village.',
    'Copyright disputes were not on the agenda, the trade minister said.',
  ];
  const r = extractTextArticle(['A headline for the test', '', ...keep].join('\n\n'));
  assert.deepEqual(r.paragraphs.map((p) => p.text), keep);
});

test('a hard-wrapped dump is joined into paragraphs', () => {
  const r = extractTextArticle(
    [
      'Leaders meet at the frontier',
      '',
      'The presidents of Marrow and Quillon met at a frontier post on',
      'Thursday, their first meeting since the dispute over the river',
      'began two years ago.',
      '',
      'Both said they wanted the talks to continue at the level of',
      'ministers, and that a hotline would be set up within a month.',
    ].join('\n'),
  );
  assert.equal(r.paragraphs.length, 2);
  assert.match(r.paragraphs[0].text, /^The presidents .* on Thursday, their first .* ago\.$/);
});

test('repeated tag lists are not boxes: the paragraph after them stays', () => {
  const para = 'The two armies agreed to pull back heavy guns from the frontier by the end of the month, officials said.';
  const r = extractTextArticle(['Guns pulled back', '', 'Arvania', 'Belmora', '', para, '', 'Arvania', 'Belmora', '', 'A second paragraph of the story follows here, with more detail on the agreement.'].join('\n'));
  assert.ok(r.paragraphs.some((p) => p.text === para));
});

test('a "Read more:" heading drops the link lines under it, and a key-facts list under its own heading stays', () => {
  const page = [
    'Border town counts its dead',
    '',
    'Shells fell on a crowded market in the border town of Velka on Tuesday, killing six people, officials said.',
    '',
    'KEY FACTS',
    '» Six people died in the market.',
    '',
    'Read more:',
    '» Neighbour warns against a new offensive in the north',
    '» Rebels shell villages across the river',
  ].join('\n');
  const text = extractTextArticle(page).paragraphs.map((p) => p.text).join('\n');
  assert.ok(!text.includes('Neighbour warns'), text);
  assert.ok(!text.includes('Rebels shell'), text);
  assert.ok(text.includes('Six people died in the market.'), text);
});
