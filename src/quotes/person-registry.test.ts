/** Speaker resolution across an article, one rule per test, in invented sentences. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromParagraphs } from './article-from-paragraphs.js';
import { findQuotes } from './find-quotes.js';

const who = (paragraphs: string[], words: string) => {
  const q = findQuotes(articleFromParagraphs(paragraphs)).find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding "${words}"`);
  return q;
};

test('surname: "Mr. X" goes to the person whose LAST name is X, not one whose first name is X', () => {
  const paras = [
    '“The nets were cut,” says Tomas Ferreyra Vidal, a Chilean senator.',
    '“It was an accident,” says maritime lawyer Vidal Ortega Ruiz.',
    'Mr. Vidal says the coast guard must “stop hiding the logs.”',
  ];
  const q = who(paras, 'stop hiding the logs');
  assert.equal(q.speaker, 'Tomas Ferreyra Vidal');
  assert.equal(q.attribution, 'surname');
  assert.equal(q.description, 'a Chilean senator');
});

test('surname: of two people who share a surname, the one mentioned last wins', () => {
  const paras = [
    '“We will talk,” says Lucia Marquez, a Peruvian diplomat.',
    '“We will patrol,” says Sofia Marquez, a retired admiral.',
    '“Our ships are ready for anything,” says Dr. Marquez.',
  ];
  assert.equal(who(paras, 'ready for anything').speaker, 'Sofia Marquez');
});

test('pronoun: "she says" goes to the nearest earlier person', () => {
  const paras = [
    '“The ties are damaged,” says Rosa Vial Soto, Chile’s former envoy to the United Nations.',
    'To mend them, she says Lima will need to “open the archives.”',
  ];
  const q = who(paras, 'open the archives');
  assert.equal(q.speaker, 'Rosa Vial Soto');
  assert.equal(q.attribution, 'pronoun');
  assert.equal(q.country, 'CHL');
});

test('pronoun: gender from an honorific skips a nearer person of the other gender', () => {
  const paras = [
    '“We keep the line open,” says Ms. Rosa Vial Soto, a Chilean envoy.',
    'Mr. Jon Berg Dahl, a Norwegian observer, arrived on Tuesday.',
    '“Nobody asked us first,” she says.',
  ];
  assert.equal(who(paras, 'Nobody asked us first').speaker, 'Rosa Vial Soto');
});

test('title: "the senator" goes to the nearest person whose description holds that noun', () => {
  const paras = [
    '“We were not told,” says Tomas Ferreyra Vidal, a Chilean senator.',
    '“The charts are public,” says Jon Berg Dahl, a Norwegian analyst.',
    'The senator insists that the talks can still succeed before winter.',
  ];
  const q = who(paras, 'talks can still succeed');
  assert.deepEqual([q.speaker, q.attribution, q.direct], ['Tomas Ferreyra Vidal', 'title', false]);
});

test('description: every later quote by a person carries the description given at the introduction', () => {
  const paras = [
    '“The nets were cut,” says Tomas Ferreyra Vidal, a Chilean senator and former navy officer.',
    'Mr. Vidal, the former officer, notes that the buoys moved twice in a month.',
  ];
  const q = who(paras, 'buoys moved twice');
  assert.equal(q.description, 'a Chilean senator and former navy officer');
  assert.equal(q.country, 'CHL');
});

test('institution: a ministry as speaker, with its country', () => {
  const q = who(['The photo was taken after the Peruvian Foreign Ministry said its boats had left the bay.'], 'boats had left');
  assert.deepEqual([q.speaker, q.country, q.attribution, q.direct], ['Peruvian Foreign Ministry', 'PER', 'institution', false]);
});

test('titles and honorifics are stripped from the speaker name', () => {
  const q = who(['“We are ready,” said Prime Minister Anna Lind Berg, speaking in Oslo.'], 'We are ready');
  assert.equal(q.speaker, 'Anna Lind Berg');
  assert.equal(q.description, 'Prime Minister');
});

test('introduction by role and appositive name: "Chile’s foreign minister, NAME, …" then the bare surname', () => {
  const paras = [
    'Chile’s foreign minister, Marta Olguin Reyes, met her Peruvian counterpart on Monday.',
    '“Our fleets will stay apart until the talks end,” Reyes told a joint news conference.',
  ];
  const q = who(paras, 'fleets will stay apart');
  assert.deepEqual([q.speaker, q.description, q.country, q.attribution], ['Marta Olguin Reyes', 'Chile’s foreign minister', 'CHL', 'surname']);
});

test('an unnamed official speaks for the latest named institution that shares a noun', () => {
  const paras = [
    'Peru’s Foreign Ministry condemned the seizure of the trawler.',
    '“This seizure breaks every rule we agreed on last year,” a ministry spokesperson told reporters.',
  ];
  const q = who(paras, 'breaks every rule');
  assert.deepEqual([q.speaker, q.description, q.country], ['Peru’s Foreign Ministry', 'ministry spokesperson', 'PER']);
});

test('a bare capitalized word that names nobody introduced is no speaker', () => {
  const qs = findQuotes(articleFromParagraphs(['Harbour says the nets were cut overnight.']));
  assert.deepEqual(qs, []);
});
