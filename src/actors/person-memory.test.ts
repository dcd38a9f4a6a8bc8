import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findActorMentions, newPersonMemory } from './resolver.js';
import { articleActorFinder } from './article-finder.js';

const names = (ms: ReturnType<typeof findActorMentions>) => ms.map((m) => `${m.text}=${m.actors[0]?.country}`);

test('A8 a surname named earlier in the article resolves to that person', () => {
  const memory = newPersonMemory();
  findActorMentions("Bolivia's foreign minister, Rosa Quispe Mamani, flew to Lima.", memory);
  assert.deepEqual(names(findActorMentions('Mamani told reporters the border was calm.', memory)), ['Mamani=BOL']);
  // Without the memory the word is nobody.
  assert.deepEqual(findActorMentions('Mamani told reporters the border was calm.'), []);
});

test('A8 a given name resolves only after Mr./Ms. (Thai usage)', () => {
  const f = articleActorFinder();
  f.findActorMentions("Thailand's deputy foreign minister, Somsak Rattanakul, said the talks would resume.");
  assert.deepEqual(names(f.findActorMentions('Mr. Somsak said no date was set.')), ['Somsak=THA']);
  assert.deepEqual(names(f.findActorMentions('Somsak Street was closed.')), []);
});

test('A8 a surname shared by two people of different countries names neither; longer names are left alone', () => {
  const memory = newPersonMemory();
  findActorMentions("Peru's envoy, Carlos Mendoza, and Chile's envoy, Ana Mendoza, met.", memory);
  assert.deepEqual(findActorMentions('Mendoza said little.', memory), []);
  const m2 = newPersonMemory();
  findActorMentions("Ghana's president, Kofi Mensah, spoke.", m2);
  assert.deepEqual(findActorMentions('Mensah Boateng, a farmer, spoke.', m2).map((m) => m.rule), []);
});

test('A9 a sentence opening with He/She is the person named last, only when that person has a country', () => {
  const f = articleActorFinder();
  f.findActorMentions("Peru's defence minister, Walter Astudillo, visited the border.");
  assert.deepEqual(names(f.findActorMentions('He warned that any incursion would be answered.')), ['He=PER']);
  f.findActorMentions('"It is a test," said Laura Finch, an analyst in Lima.');
  assert.deepEqual(f.findActorMentions('She expects more talks.'), []);
  assert.deepEqual(names(f.findActorMentions('The talks, he said, would go on.')), []);
});
