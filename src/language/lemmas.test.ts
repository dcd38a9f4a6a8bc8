import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lemmatize } from './lemmas.js';
import { tokenize } from './tokens.js';

test('trigger inflections lemmatize to one form', () => {
  const cases: Array<[string, string]> = [
    ['struck', 'strike'], ['strikes', 'strike'], ['attacked', 'attack'], ['attacks', 'attack'], ['fired', 'fire'],
    ['shelled', 'shell'], ['de-escalated', 'de-escalate'], ['visited', 'visit'], ['recalled', 'recall'],
    ['expelled', 'expel'], ['accused', 'accuse'], ['blames', 'blame'], ['condemned', 'condemn'],
    ['ambassadors', 'ambassador'], ['countries', 'country'], ['lodged', 'lodge'], ['announced', 'announce'],
    ['shared', 'share'], ['massacred', 'massacre'], ['refused', 'refuse'], ['stopped', 'stop'], ['talks', 'talk'],
  ];
  for (const [w, l] of cases) assert.equal(lemmatize(w), l, w);
});

test('tokens carry offsets and strip the possessive from the lemma', () => {
  const text = "Iran's missiles hit 1,200 sites.";
  const t = tokenize(text);
  assert.deepEqual(t.map((x) => text.slice(x.start, x.end)), ["Iran's", 'missiles', 'hit', '1,200', 'sites', '.']);
  assert.equal(t[0]!.lemma, 'iran');
  assert.equal(t[3]!.kind, 'number');
});
