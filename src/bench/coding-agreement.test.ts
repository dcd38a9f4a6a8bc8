/** The PLOVER 0.5 gold types are matched against our PLOVER 0.8 codes across the renames. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasGoldType } from './coding-agreement.js';
import { ploverOf } from '../coding/ontology/cameo.js';

const coded = (cameo: string) => ({ cameo, plover: ploverOf(cameo) });

test('renamed 0.5 types match their 0.8 codes', () => {
  assert.ok(hasGoldType(coded('100'), 'DEMAND'));
  assert.ok(hasGoldType(coded('195'), 'FIGHT'));
  assert.ok(hasGoldType(coded('0813'), 'CONCEDE'), 'easing a curfew was CONCEDE in 0.5');
  assert.ok(hasGoldType(coded('190'), 'ASSAULT'));
});

test('the two types 0.8 merged into ACCUSE stay apart by CAMEO root', () => {
  assert.ok(hasGoldType(coded('111'), 'DISAPPROVE'));
  assert.ok(!hasGoldType(coded('111'), 'INVESTIGATE'));
  assert.ok(hasGoldType(coded('090'), 'INVESTIGATE'));
  assert.ok(!hasGoldType(coded('090'), 'DISAPPROVE'));
});

test('an unrenamed type needs the same PLOVER name', () => {
  assert.ok(hasGoldType(coded('141'), 'PROTEST'));
  assert.ok(!hasGoldType(coded('141'), 'REJECT'));
});

test('sanctions (163) are SANCTION in the 2016 gold though the 0.8 table says COERCE', () => {
  assert.equal(ploverOf('163'), 'COERCE', 'the product table keeps the 0.8 mapping');
  assert.ok(hasGoldType(coded('163'), 'SANCTION'));
  assert.ok(!hasGoldType(coded('163'), 'COERCE'));
  assert.ok(hasGoldType(coded('161'), 'SANCTION'));
  assert.ok(hasGoldType(coded('173'), 'COERCE'));
});
