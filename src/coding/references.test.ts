import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveReferences } from './references.js';
import { RecentStates } from './resolve-pairs.js';
import { FAKE_ACTORS } from './testing/fake-actors.js';

/** Resolve `text` after the sentences in `before`; returns "word=ISO" for each added reference. */
function refs(before: string[], text: string): string[] {
  const recent = new RecentStates();
  let previous = FAKE_ACTORS.findActorMentions('');
  for (const s of before) {
    previous = resolveReferences(s, FAKE_ACTORS.findActorMentions(s), previous, recent, FAKE_ACTORS);
    recent.see(previous);
  }
  return resolveReferences(text, FAKE_ACTORS.findActorMentions(text), previous, recent, FAKE_ACTORS)
    .filter((m) => m.via === 'pronoun').map((m) => `${m.text}=${m.actors[0]!.country}`);
}

test('ref.it-subject: a sentence opening with "It" continues the previous subject', () => {
  assert.deepEqual(refs(['Early on Sunday, Turkey made good on its warning.'], 'It fired dozens of rockets at Greece.'), ['It=TUR']);
  assert.deepEqual(refs(['Late on Friday, Turkey made good on its warning.'], 'Before dawn, it fired rockets at Greece.'), ['it=TUR']);
  assert.deepEqual(refs(['Turkey spoke first.'], 'It was a quiet night in Athens.'), [], 'a copular "It was" is no actor');
  assert.deepEqual(refs(['The night was calm.'], 'It fired rockets at Greece.'), [], 'no state named just before');
});

test('ref.said-it: "X said it had …" makes "it" the speaker', () => {
  assert.deepEqual(refs([], 'India said it had hit back at radar sites.'), ['it=IND']);
});

test('ref.the-country: "the country" is the state named last', () => {
  assert.deepEqual(refs([], 'The Pakistani foreign office said the country struck hideouts in Iran.'), ['the country=PAK']);
});

test('ref.korea-halves: "the North" and "the South" once a Korea is named, never "the South China Sea"', () => {
  assert.deepEqual(refs(['North Korea tested a missile.'], 'The South said the North sent balloons.'), ['The South=KOR', 'the North=PRK']);
  assert.deepEqual(refs(['North Korea tested a missile.'], 'Ships sailed in the South China Sea.'), []);
  assert.deepEqual(refs(['Iran tested a missile.'], 'Rain fell in the North overnight.'), [], 'no Korea named');
});

test('ref.epithet: "the Jewish state" is Israel', () => {
  assert.deepEqual(refs([], 'Iran fired drones at the Jewish state.'), ['the Jewish state=ISR']);
});

test('ref.armed-group: unnamed attackers are a stateless actor', () => {
  const r = resolveReferences('A group of armed Greeks attacked Turkish police; gunmen fled.', [], [], new RecentStates(), FAKE_ACTORS);
  assert.deepEqual(r.map((m) => [m.text, m.actors[0]!.country]), [['armed Greeks', null], ['gunmen', null]]);
});

test('ref.said-it: a reporting participle has a speaker too ("…, saying it would …")', () => {
  assert.deepEqual(refs([], 'A week later Athens replied in kind, saying it would close its airspace to Turkish jets.'), ['it=GRC']);
  assert.deepEqual(refs([], 'Greek officials met on Friday, adding it was too early to judge.'), ['it=GRC']);
});

test('ref.it-subject: a time phrase may run into "it" without a comma', () => {
  assert.deepEqual(refs(['Later that week Greece closed its consulate in Izmir.'], 'On 14 March it expelled two Turkish diplomats.'), ['it=GRC']);
  assert.deepEqual(refs(['Greece protested.'], 'In 2019 it expelled two Turkish diplomats.'), ['it=GRC']);
  assert.deepEqual(refs(['Greece protested.'], 'On the island it rained for days.'), [], 'a place phrase is no time phrase');
});

test('ref.it-subject: a state named deep in the previous sentence is no subject for "it"', () => {
  const before = 'Then, after weeks of quarrelling over fishing rights and a dozen other matters, the council tore up the accords that let Greek boats fish there.';
  assert.deepEqual(refs([before], 'On 3 May it gave the fleet two days to leave.'), []);
});

test('ref.said-it: a state in a prepositional phrase of an earlier clause is not the speaker', () => {
  assert.deepEqual(refs([], 'Turkey said on Monday that Turkish students in Greece would be moved, and the state airline said it would suspend its flights.'), ['it=TUR']);
});

test('ref.transcript-speaker: "we" and "our troops" are the state of the speaker named in the turn\'s label', () => {
  assert.deepEqual(refs([], 'Hossein Amir Abdollahian, foreign minister (in Tehran): We will answer any attack.'), ['We=IRN']);
  assert.deepEqual(refs(['Hossein Amir Abdollahian, foreign minister: Good evening.'], 'Our troops are ready.'), ['Our troops=IRN'], 'the turn goes on');
  assert.deepEqual(refs(['Hossein Amir Abdollahian, foreign minister: Thank you.', 'ANCHOR: Thank you, minister.'], 'We will be right back.'), [], 'an anchor takes the floor');
  assert.deepEqual(refs([], 'Hossein Amir Abdollahian, foreign minister: They told me "we will strike".'), [], 'a quotation inside the turn');
  assert.deepEqual(refs([], 'We will answer any attack.'), [], 'no transcript');
});

test('ref.transcript-speaker: a turn lasts a few sentences, not the whole article', () => {
  const filler = ['The room was quiet.', 'Cameras rolled.', 'Aides whispered.', 'Nobody moved.', 'A phone rang.', 'The lights dimmed.'];
  assert.deepEqual(refs(['Hossein Amir Abdollahian, foreign minister: Good evening.', ...filler], 'We will answer any attack.'), []);
});

test('ref.rulers: "the junta" is the state whose rulers were named with it, not the state named last', () => {
  const before = ["Greece's military rulers seized power in July.", 'Turkey condemned the coup and kept its troops in Turkish bases near the border.'];
  assert.deepEqual(refs(before, 'In August the junta expelled the Turkish ambassador.'), ['the junta=GRC']);
  assert.deepEqual(refs(["The Greek junta closed the border."], 'Turkey said the putschists had no authority.'), ['the putschists=GRC']);
  // Never named with its state: unresolved rather than guessed.
  assert.deepEqual(refs(['Turkey condemned the coup in Greece.'], 'In August the junta expelled the Turkish ambassador.'), []);
});
