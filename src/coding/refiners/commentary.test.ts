/** refine.commentary: analysts' words are opinion, officials' words are claims (our own sentences). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOwn } from '../testing/code-own.js';
import { isCommentator } from './commentary.js';
import type { CodedEvent } from '../types.js';

const SETTING = [
  'Relations between Turkey and Greece have soured over the islands this winter.',
  'Greece and Turkey both claim the waters, and Turkey says Greece has armed the islands.',
];
const modalities = (events: CodedEvent[], root: string) => events.filter((e) => e.root === root).map((e) => e.modality);

test('commentary: a researcher\'s direct quote reports an opinion, not an event', () => {
  const ev = codeOwn([...SETTING, '"Athens has given itself space to back down, if Ankara offers it a reason," says Maria Pappas, a researcher at the Aegean Policy Institute in Vienna.']);
  assert.ok(modalities(ev, '08').every((m) => m === 'hypothetical'), JSON.stringify(ev.map((e) => [e.cameo, e.modality])));
});

test('commentary: a columnist quoted later as "he says" is still a commentator', () => {
  const ev = codeOwn([...SETTING,
    'Kemal Aslan, a columnist for a daily newspaper in Izmir, sees it differently.',
    '"Most Turks think Greece condemned the fishermen far too quickly," he says.']);
  assert.ok(modalities(ev, '11').every((m) => m === 'hypothetical'), JSON.stringify(ev.map((e) => [e.cameo, e.modality])));
});

test('commentary: an official\'s quote stays a claim', () => {
  const ev = codeOwn([...SETTING, '"Greece condemned our fishermen without any evidence," said Kemal Aslan, a spokesman for the Turkish foreign ministry.']);
  assert.ok(modalities(ev, '11').includes('claimed'), JSON.stringify(ev.map((e) => [e.cameo, e.modality])));
});

test('isCommentator reads the head of the description', () => {
  for (const d of ['a researcher at the Bosporus Institute', 'an energy economist at a bank in Tunis', 'a former Greek diplomat who served in Ankara',
    'professor of international relations at Ankara University', 'a senior fellow at a think tank in London', 'director of the Centre for Maritime Studies, a think tank'])
    assert.ok(isCommentator(d), d);
  for (const d of ['Foreign Minister', 'a spokesman for the foreign ministry', 'the ambassador to Athens', 'director of the foreign ministry\'s Europe department', 'a senior official', null])
    assert.ok(!isCommentator(d), String(d));
});

test('commentary.dated-fact: an observer telling what happened on a named day reports a fact', () => {
  const ev = codeOwn([...SETTING, '"The two sides agreed on Monday to hold talks in Vienna," says Maria Pappas, a researcher at the Aegean Policy Institute.']);
  assert.ok(ev.filter((e) => e.root === '04' || e.root === '03').some((e) => e.modality === 'claimed'), JSON.stringify(ev.map((e) => [e.cameo, e.modality])));
});
