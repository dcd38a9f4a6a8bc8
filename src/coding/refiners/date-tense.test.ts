/** refine.date and the tense of the act, on articles in our own words; publication 2024-01-23, a Tuesday. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn as code, dateOf } from '../testing/code-own.js';
import { tokenize } from '../../language/tokens.js';
import { isFlashback, isPresentPerfect } from './date-tense.js';

function perfect(text: string, word: string): boolean {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.lower === word);
  return isPresentPerfect(tokens, i, text, 0, text.length);
}

test('date.present-perfect: "has formally expelled", "has been put on hold" are news of the day', () => {
  assert.equal(perfect('Ankara has formally expelled two envoys.', 'expelled'), true);
  assert.equal(perfect('A grain shipment has now been put on hold.', 'put'), true);
});

test('date.present-perfect: a history or a stretch of time is no news of the day', () => {
  assert.equal(perfect('Ankara has long expelled critics of its navy.', 'expelled'), false);
  assert.equal(perfect('Ankara has always denied any role.', 'denied'), false);
  assert.equal(perfect('Ankara has repeatedly expelled envoys.', 'expelled'), false);
  assert.equal(perfect('Ankara has expelled envoys since 2019.', 'expelled'), false);
  assert.equal(perfect('Ankara has not expelled anyone.', 'expelled'), false);
  assert.equal(perfect('Ankara expelled two envoys.', 'expelled'), false);
});

test('date.present-perfect: an undated act in the present perfect takes the day of publication', () => {
  const ev = code(['Turkey has expelled two Greek diplomats, the foreign ministry in Ankara said.']);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2024-01-23');
  // The simple past alone names no day: the text does not say.
  assert.equal(dateOf(code(['Turkey expelled two Greek diplomats.']), 'TUR', 'GRC', '16'), null);
});

test('date.flashback: a past-perfect main clause is a flashback, a past-perfect report is not', () => {
  assert.equal(isFlashback('The council had approved the plan on Sunday.'), true);
  assert.equal(isFlashback('Jets downed the drone on Sunday, saying it had crossed the line.'), false);
  assert.equal(isFlashback('After the council had approved the plan on Sunday, envoys left.'), false);
  assert.equal(isFlashback('The two sides had talks on Sunday.'), false);
});

test('date.flashback: the narrative skips a flashback back to the day it had reached', () => {
  const ev = code([
    'Greek boats sailed into the disputed bay on Saturday.',
    'Athens had announced the patrol on 2 January.',
    'Within hours Turkey expelled two Greek diplomats.',
  ]);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2024-01-20');
});

test('date.noun-time: a day that times the object of the act does not date the act', () => {
  const planned = code([
    'Greek boats sailed into the disputed bay on 20 January.',
    'Turkey expelled two Greek diplomats who had been due at talks planned for the following day.',
  ]);
  assert.equal(dateOf(planned, 'TUR', 'GRC', '16'), '2024-01-20');
  const relative = code([
    'Greek boats sailed into the disputed bay on 20 January.',
    'Turkey expelled two Greek diplomats over the survey that Athens ordered last month.',
  ]);
  assert.equal(dateOf(relative, 'TUR', 'GRC', '16'), '2024-01-20');
});

test('date.anchored-part-of-day: "the following evening" is the day after the narrative\'s', () => {
  const ev = code([
    'Greek boats sailed into the disputed bay on 20 January.',
    'Turkey expelled two Greek diplomats the following evening.',
  ]);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2024-01-21');
});

test('date.anchor-object: "rejected the note the same evening" hangs on the day the note was sent', () => {
  const ev = code([
    'Greece on 16 January sent Turkey a formal note over the drilling.',
    ['heading', 'The note in full'],
    'We ask for the drilling to stop.',
    'We reserve every right under the law of the sea.',
    ['heading', 'Athens, 16 January 2024'],
    'Turkey rejected the Greek note the same evening.',
  ]);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '12'), '2024-01-16');
});

test('date.flashback: "By Friday the mood had changed" reaches Friday, it does not step back', () => {
  const text = 'By Friday the mood had changed.';
  assert.equal(isFlashback(text, text.indexOf('Friday')), false);
  assert.equal(isFlashback('The mood had changed by Friday.', 'The mood had changed by '.length), true);
});

test('date.present-perfect: "has already" tells a result, not the day of the act', () => {
  assert.equal(perfect('Ankara has already pulled its envoy out.', 'pulled'), false);
});

test('date.anchor-named-act: "two days after the survey vessel left" counts from the day it left', () => {
  const ev = code([
    'On 15 January the survey vessel left port.',
    'Crowds watched from the harbour.',
    'Fishermen stayed ashore on 18 January.',
    'Two days after the survey vessel left, the two navies held drills nearby.',
    'On the same day Turkey expelled two Greek diplomats.',
  ]);
  assert.equal(dateOf(ev, 'TUR', 'GRC', '16'), '2024-01-17');
});
