import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSpeakerAfterVerb, parseSpeakerBeforeVerb } from './speaker-phrase.js';

test('after the verb: name then appositive description, cut before a participle clause', () => {
  const p = parseSpeakerAfterVerb('Ilse Varga, a Norwegian senator and fisheries expert, noting that talks failed.');
  assert.equal(p?.kind, 'person');
  assert.equal(p?.name, 'Ilse Varga');
  assert.equal(p?.description, 'a Norwegian senator and fisheries expert');
});

test('after the verb: title words before the name go to the description', () => {
  const p = parseSpeakerAfterVerb('former Norwegian Ambassador Ilse Varga, who now teaches law in Bergen.');
  assert.equal(p?.name, 'Ilse Varga');
  assert.equal(p?.description, 'former Norwegian Ambassador, who now teaches law in Bergen');
});

test('after the verb: lowercase description words before the name', () => {
  const p = parseSpeakerAfterVerb('maritime law expert Jon Berg Dahl. “Later,” he said.');
  assert.equal(p?.name, 'Jon Berg Dahl');
  assert.equal(p?.description, 'maritime law expert');
});

test('a first name that is also a capital is not taken for a demonym', () => {
  assert.equal(parseSpeakerAfterVerb('Sofia Lind, a retired admiral.')?.name, 'Sofia Lind');
});

test('after the verb: honorific and surname', () => {
  const p = parseSpeakerAfterVerb('Dr. Varga.');
  assert.deepEqual([p?.kind, p?.name, p?.honorific], ['surname', 'Varga', 'Dr.']);
});

test('after the verb: a clause after the comma is not a description', () => {
  const p = parseSpeakerAfterVerb('Mr. Dahl, led Oslo to act.');
  assert.equal(p?.description, null);
});

test('before the verb: pronoun, honorific surname, appositive, role and institutions', () => {
  assert.deepEqual(parseSpeakerBeforeVerb('To fix it, she ')?.gender, 'f');
  assert.equal(parseSpeakerBeforeVerb('Mr. Dahl ')?.name, 'Dahl');
  const app = parseSpeakerBeforeVerb('Mr. Dahl, the fisheries adviser, ');
  assert.deepEqual([app?.name, app?.description], ['Dahl', 'the fisheries adviser']);
  assert.deepEqual([parseSpeakerBeforeVerb('The senator ')?.kind, parseSpeakerBeforeVerb('The senator ')?.name], ['role', 'senator']);
  const inst = parseSpeakerBeforeVerb('after the Norwegian Foreign Ministry ');
  assert.deepEqual([inst?.kind, inst?.name], ['institution', 'Norwegian Foreign Ministry']);
  assert.equal(parseSpeakerBeforeVerb('Chilean officials ')?.name, 'Chilean officials');
  const joint = parseSpeakerBeforeVerb('Chile and Peru have ');
  assert.deepEqual([joint?.name, joint?.joint], ['Chile and Peru', true]);
});

test('before the verb: nothing that names a speaker gives null', () => {
  assert.equal(parseSpeakerBeforeVerb('in the end, '), null);
  assert.equal(parseSpeakerBeforeVerb('“We stay,” '), null);
});

test('after the verb: a role, then the name in apposition', () => {
  const p = parseSpeakerAfterVerb('Chile’s foreign minister, Marta Olguin Reyes.');
  assert.deepEqual([p?.name, p?.description], ['Marta Olguin Reyes', 'Chile’s foreign minister']);
});

test('an institution before a lowercase title and a name describes the person', () => {
  const after = parseSpeakerAfterVerb('Foreign Ministry spokesman Ravi Anand Kumar on Tuesday.');
  assert.deepEqual([after?.kind, after?.name, after?.description], ['person', 'Ravi Anand Kumar', 'Foreign Ministry spokesman']);
  const before = parseSpeakerBeforeVerb('Chilean Foreign Ministry spokesman Ravi Anand Kumar ');
  assert.deepEqual([before?.name, before?.description], ['Ravi Anand Kumar', 'Chilean Foreign Ministry spokesman']);
  assert.equal(parseSpeakerAfterVerb('the Chilean Foreign Ministry.')?.kind, 'institution');
});

test('before the verb: time words between subject and verb are skipped; passives name no one', () => {
  assert.equal(parseSpeakerBeforeVerb('Ilse Varga on Tuesday ')?.name, 'Ilse Varga');
  assert.equal(parseSpeakerBeforeVerb('The group is ')?.name, undefined);
  assert.equal(parseSpeakerBeforeVerb('the talks could have ')?.name, undefined);
});

test('after the verb: an age between the name and the description is skipped', () => {
  const p = parseSpeakerAfterVerb('Ilse Varga, 52, a ferry captain from Bergen. “Later,” she said.');
  assert.deepEqual([p?.name, p?.description], ['Ilse Varga', 'a ferry captain from Bergen']);
});

test('before the verb: a participle clause between the subject and the verb', () => {
  const p = parseSpeakerBeforeVerb('Marine biologist Ilse Varga, speaking to the committee on Tuesday, ');
  assert.deepEqual([p?.kind, p?.name, p?.description], ['person', 'Ilse Varga', 'Marine biologist']);
});

test('before the verb: a role before the name and an appositive after it both describe', () => {
  const p = parseSpeakerBeforeVerb('A retired navy captain, Commander Jon Berg Dahl, who sailed these waters for years, ');
  assert.equal(p?.name, 'Jon Berg Dahl');
  assert.match(p?.description ?? '', /retired navy captain.*who sailed these waters/);
});

test('after the verb: a relative clause that reports speech describes no one', () => {
  const p = parseSpeakerAfterVerb('Ilse Varga, the Danish envoy, who said the quotas were unfair.');
  assert.equal(p?.description, 'the Danish envoy');
});
