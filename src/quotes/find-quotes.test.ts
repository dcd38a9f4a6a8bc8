import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixture } from '../testing/paths.js';
import { articleFromParagraphs } from './article-from-paragraphs.js';
import { findQuotes } from './find-quotes.js';

const quotesOf = (paragraphs: Parameters<typeof articleFromParagraphs>[0]) => findQuotes(articleFromParagraphs(paragraphs));

test('scare quotes of 1–3 words with no verb of saying nearby are not quotes', () => {
  const qs = quotesOf(['The cooperative called the plan a “provocation” in a letter.', 'Officials spoke of a “red line” again.']);
  assert.deepEqual(qs, []);
});

test('a short quote right beside a verb of saying is kept', () => {
  const qs = quotesOf(['“Never again,” says Ilse Varga, a Norwegian senator.']);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].text, 'Never again');
});

test('an unattributed fragment is dropped; a clear unattributed sentence is kept with speaker null', () => {
  const qs = quotesOf([
    'Ships waited for “further instructions from the port” all day.',
    '“Every boat in this harbour has waited three days for a decision from the capital.”',
  ]);
  assert.equal(qs.length, 1);
  assert.deepEqual([qs[0].speaker, qs[0].attribution, qs[0].direct], [null, 'none', true]);
});

test('indirect: NAME argues that … gives the reported clause, direct=false', () => {
  const [q] = quotesOf(['Jon Berg Dahl argues that Oslo will need to reopen the northern channel.']);
  assert.deepEqual([q.speaker, q.direct, q.text], ['Jon Berg Dahl', false, 'Oslo will need to reopen the northern channel']);
});

test('indirect: "according to X" at the end and in the middle of a sentence', () => {
  const qs = quotesOf([
    'Two trawlers were seized overnight, according to harbour officials.',
    'The channel, according to Jon Berg Dahl, has been closed since June.',
  ]);
  assert.deepEqual(qs.map((q) => [q.speaker, q.text, q.attribution]), [
    ['harbour officials', 'Two trawlers were seized overnight', 'according-to'],
    ['Jon Berg Dahl', 'The channel has been closed since June', 'according-to'],
  ]);
});

test('indirect: a participle after an attribution reports a clause for the same speaker', () => {
  const qs = quotesOf(['“We were never consulted,” says Ilse Varga, a Norwegian senator, noting that the buoys moved twice.']);
  const indirect = qs.find((q) => !q.direct);
  assert.deepEqual([indirect?.speaker, indirect?.text], ['Ilse Varga', 'the buoys moved twice']);
});

test('a quote interrupted by its attribution gives two quotes by the same speaker', () => {
  const qs = quotesOf(['“We wait for the charts,” he says. “Then we decide.”']).filter((q) => q.direct);
  assert.equal(qs.length, 0, 'a pronoun with nobody before it resolves to no one, and short halves are dropped');
  const named = quotesOf(['“We wait for the charts,” says Ilse Varga. “Then we decide on the route.”']);
  assert.deepEqual(named.map((q) => [q.speaker, q.attribution]), [['Ilse Varga', 'adjacent'], ['Ilse Varga', 'continuation']]);
});

test('offsets point at the quoted words in Article.text', () => {
  const article = articleFromParagraphs(['Intro line here.', '“The harbour stays open,” says Ilse Varga.']);
  const [q] = findQuotes(article);
  assert.equal(article.text.slice(q.start, q.end), 'The harbour stays open,');
  assert.equal(q.articleId, article.id);
});

test('quotes in heading paragraphs are ignored', () => {
  assert.deepEqual(quotesOf([{ text: '“Do the dull things first,” says Anna Lind Berg', kind: 'heading' }]), []);
});

test('fixture article: every rule together', () => {
  const raw = readFileSync(fixture('quotes', 'harbour-dispute.txt'), 'utf8');
  const paras = raw.split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean);
  const qs = findQuotes(articleFromParagraphs(paras.map((text, i) => ({ text, kind: i === 0 ? 'heading' : 'body' }))));
  const find = (words: string, direct = true) => qs.find((q) => q.direct === direct && q.text.includes(words));
  const row = (words: string, direct = true) => {
    const q = find(words, direct);
    return q && [q.speaker, q.country, q.attribution];
  };
  assert.deepEqual(row('never consulted'), ['Tomas Ferreyra Vidal', 'CHL', 'adjacent']);
  assert.deepEqual(row('anyone noticing'), ['Tomas Ferreyra Vidal', 'CHL', 'surname']);
  assert.deepEqual(row('publish the charts'), ['Lucia Marquez', 'PER', 'pronoun']);
  assert.deepEqual(row('politics in both capitals'), ['Vidal Ortega Ruiz', null, 'continuation']);
  assert.deepEqual(row('talks can still succeed', false), ['Tomas Ferreyra Vidal', 'CHL', 'title']);
  assert.deepEqual(row('sign something before winter'), ['Tomas Ferreyra Vidal', 'CHL', 'pronoun']);
  assert.deepEqual(row('fishermen could block the port', false), ['Tomas Ferreyra Vidal', 'CHL', 'surname']);
  assert.deepEqual(row('inside Peruvian waters', false), ['Peru’s Foreign Ministry', 'PER', 'institution']);
  assert.deepEqual(row('Not this season'), ['Sofia Marquez', null, 'continuation']);
  assert.ok(find('Not this season')?.text.includes('turned away. Not this season'), 'multi-paragraph quote joined');
  assert.deepEqual(row('enough ships to escort', false), ['Sofia Marquez', null, 'surname']);
  assert.deepEqual(row('two weeks of catch', false), ['harbour officials', null, 'according-to']);
  assert.equal(find('provocation'), undefined);
  assert.equal(find('We will keep the channel')?.description, 'retired Admiral, who commanded the southern fleet until 2019');
});

test('indirect: wire-style attribution at the end of the sentence, and "said in a statement that"', () => {
  const qs = quotesOf([
    'The two navies agreed to keep their ships ten miles apart, Peru’s Foreign Ministry said.',
    'Chile and Peru said in a joint statement on Friday that their envoys would return.',
  ]);
  assert.deepEqual(qs.map((q) => [q.speaker, q.country, q.text]), [
    ['Peru’s Foreign Ministry', 'PER', 'The two navies agreed to keep their ships ten miles apart'],
    ['Chile and Peru', null, 'their envoys would return'],
  ]);
});

test('the attribution of a direct quote is not also an indirect quote', () => {
  const qs = quotesOf(['“The nets were cut before dawn by a patrol boat,” Ilse Varga told a news conference in Oslo.']);
  assert.deepEqual(qs.map((q) => q.direct), [true]);
});

test('an unnamed official after the verb speaks for the country named in the phrase', () => {
  const [q] = quotesOf(['“The patrol boats will stay in port all week,” said a Chilean navy official.']);
  assert.deepEqual([q.speaker, q.country, q.attribution], ['Chilean navy official', 'CHL', 'institution']);
});

test('"according to him" points back to the person named before, like "he"', () => {
  const qs = quotesOf(['Ilse Varga, a Norwegian senator, spoke on Monday. According to him, the quota talks had failed twice.']);
  const q = qs.find((x) => x.pattern === 'according-to-clause');
  assert.equal(q?.speaker, 'Ilse Varga');
});

test('"Mr Berg Dahl" is the Jon Berg Dahl named before, not a new person', () => {
  const qs = quotesOf([
    'Jon Berg Dahl, a ferry captain, said the crossing was safe.',
    'Mr Berg Dahl noted that “every winter here ends with a late ferry and a long queue”.',
  ]);
  const q = qs.find((x) => x.direct);
  assert.deepEqual([q?.speaker, q?.description], ['Jon Berg Dahl', 'a ferry captain']);
});

test('a bare surname later in the article is the person of that full name, for pronouns and roles', () => {
  const qs = quotesOf([
    'Oslo blames the government of Karl Dahl for the closure, said Ilse Varga, a Norwegian senator.',
    'The answer came on Friday from Dahl himself. Speaking in the capital, he said the harbour would stay shut until spring.',
    '“We keep the keys, and they complain,” the Danish leader said.',
  ]);
  assert.deepEqual(qs.filter((q) => q.start > 100).map((q) => [q.speaker, q.direct]), [
    ['Karl Dahl', false],
    ['Karl Dahl', true],
  ]);
  assert.equal(qs.find((q) => q.direct)?.description, 'Danish leader', 'the role becomes the description when none was given');
});

test('a role noun that no person fills reaches back to no one', () => {
  const qs = quotesOf(['Ilse Varga, a Norwegian senator, spoke first. The quota talks failed, according to the fisheries office.']);
  assert.ok(!qs.some((q) => q.speaker === 'Ilse Varga' && /quota talks/.test(q.text)));
});

test('place names that look like full names are no people', () => {
  const qs = quotesOf([
    'Troops moved across East Africa this week, said Ilse Varga, a Norwegian senator.',
    'In Africa, the president said the border law would stand.',
  ]);
  assert.ok(!qs.some((q) => q.speaker === 'East Africa'));
});
