import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveReferences } from './references.js';
import { RecentStates } from './resolve-pairs.js';
import { articleActorFinder } from '../actors/article-finder.js';

/** "text=ISO/ROLE" for each ref.bare-institution mention of the last sentence. */
function institutions(sentences: string[]): string[] {
  const finder = articleActorFinder();
  const recent = new RecentStates();
  let previous = finder.findActorMentions('');
  for (const s of sentences) {
    previous = resolveReferences(s, finder.findActorMentions(s), previous, recent, finder);
    recent.see(previous);
  }
  return previous.filter((m) => m.rule === 'ref.bare-institution').map((m) => `${m.text}=${m.actors[0]!.country}/${m.actors[0]!.role}`);
}

test('ref.bare-institution: an institution opening the sentence continues the previous subject\'s state', () => {
  assert.deepEqual(institutions(['The government in Lima protested to Chile on Monday.', 'The defence ministry said two patrols were put on alert.']), ['The defence ministry=PER/GOV']);
  assert.deepEqual(institutions(['Peruvian officials accused Chile of a provocation.', 'The Joint Chiefs of Staff say the navy fired back.']), ['The Joint Chiefs of Staff=PER/MIL']);
});

test('ref.bare-institution: not an institution named with its state, nor without a state before', () => {
  assert.deepEqual(institutions(['Peruvian officials accused Chile of a provocation.', 'The army of Chile denied it.']), []);
  assert.deepEqual(institutions(['Peruvian officials accused Chile of a provocation.', "The army's statement came later."]), []);
  assert.deepEqual(institutions(['Rain fell all week.', 'The army said roads were closed.']), []);
});
