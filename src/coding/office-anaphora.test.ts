import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveReferences } from './references.js';
import { RecentStates } from './resolve-pairs.js';
import { articleActorFinder } from '../actors/article-finder.js';
import { officeKind } from './office-anaphora.js';

/** Resolve each sentence in turn (one article); "text=name/ISO" for each office anaphor of the last. */
function anaphors(sentences: string[]): string[] {
  const finder = articleActorFinder();
  const recent = new RecentStates();
  let previous = finder.findActorMentions('');
  let last: ReturnType<typeof resolveReferences> = [];
  for (const s of sentences) {
    last = resolveReferences(s, finder.findActorMentions(s), previous, recent, finder);
    recent.see(last);
    previous = last;
  }
  return last.filter((m) => m.rule === 'ref.office-anaphor').map((m) => `${m.text}=${m.actors[0]!.name}/${m.actors[0]!.country}`);
}

test('ref.office-anaphor: "The Minister" is the minister named last', () => {
  assert.deepEqual(anaphors(['On Friday, Foreign Minister Halvard Brennick of Norway recalled his envoy.', 'The Minister also asked for an apology.']), ['The Minister=Halvard Brennick/NOR']);
  assert.deepEqual(anaphors(['Chile’s interior minister, Ramona Ytter, spoke on Monday.', 'Later the minister flew south.']), ['the minister=Ramona Ytter/CHL']);
});

test('ref.office-anaphor: "the Head of State" and "the President" are the president named last', () => {
  assert.deepEqual(anaphors(['President Okoro Vantembe of Nigeria opened the session.', '"We will not bend," the Head of State said.']), ['the Head of State=Okoro Vantembe/NGA']);
  assert.deepEqual(anaphors(['President Okoro Vantembe of Nigeria opened the session.', 'Prime Minister Lisbet Haar of Denmark replied.', 'The President then left.']), ['The President=Okoro Vantembe/NGA']);
});

test('ref.office-anaphor: an office of something else, a vice office or a title is no anaphor', () => {
  assert.deepEqual(anaphors(['President Okoro Vantembe of Nigeria opened the session.', 'The president of the football federation resigned.']), []);
  assert.deepEqual(anaphors(['Vice President Amos Ture of Kenya arrived.', 'The President was away.']), []);
  assert.deepEqual(anaphors(['The Minister spoke first.']), [], 'no minister named before');
  assert.deepEqual(anaphors(['Prime Minister Lisbet Haar of Denmark replied.', 'The Minister was silent.']), [], 'a prime minister is not "the Minister"');
});

test('officeKind: offices group so that each anaphor finds its own', () => {
  assert.equal(officeKind('minister of foreign affairs'), 'minister');
  assert.equal(officeKind('prime minister'), 'head-of-government');
  assert.equal(officeKind('vice president'), null);
  assert.equal(officeKind('king'), 'head-of-state');
});
