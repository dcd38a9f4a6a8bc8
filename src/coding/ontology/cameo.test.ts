import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allCameoCodes, cameoCode, rootOf, quadOf, goldsteinOf, ploverOf, isCameoCode, UnknownCameoCodeError } from './cameo.js';
import { sharedDir } from '../../testing/paths.js';

test('every code has a Goldstein weight in [-10, 10] and a QuadClass 1-4', () => {
  assert.ok(allCameoCodes().length >= 310);
  for (const c of allCameoCodes()) {
    assert.ok(Number.isFinite(c.goldstein) && c.goldstein >= -10 && c.goldstein <= 10, c.code);
    assert.ok([1, 2, 3, 4].includes(c.quad), c.code);
  }
});

test('QuadClass follows the GDELT roots: 01-05 -> 1, 06-09 -> 2, 10-14 -> 3, 15-20 -> 4', () => {
  for (const c of allCameoCodes()) {
    const r = Number(c.code.slice(0, 2));
    const want = r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
    assert.equal(c.quad, want, c.code);
  }
});

test('known values from the GDELT tables', () => {
  assert.equal(goldsteinOf('195'), -10);
  assert.equal(goldsteinOf('036'), 4);
  assert.equal(goldsteinOf('191'), -9.5);
  assert.equal(quadOf('036'), 1);
  assert.equal(quadOf('195'), 4);
  assert.equal(rootOf('0874'), '08');
  assert.equal(cameoCode('195').name, 'Employ aerial weapons');
});

test('PLOVER types per CAMEO2PLOVER: 19x ASSAULT, 191 COERCE, 036 AGREE, 042 CONSULT, 01x none', () => {
  for (const code of ['190', '193', '194', '195', '196']) assert.equal(ploverOf(code), 'ASSAULT', code);
  assert.equal(ploverOf('191'), 'COERCE');
  assert.equal(ploverOf('036'), 'AGREE');
  assert.equal(ploverOf('042'), 'CONSULT');
  assert.equal(cameoCode('042').ploverMode, 'visit');
  assert.equal(ploverOf('0874'), 'RETREAT');
  assert.equal(ploverOf('010'), null);
  assert.deepEqual(cameoCode('196').ploverContext, ['legal', 'military']);
});

test('unknown codes: isCameoCode false, lookups throw a named error', () => {
  assert.equal(isCameoCode('999'), false);
  assert.equal(isCameoCode('195'), true);
  assert.throws(() => cameoCode('1955'), UnknownCameoCodeError);
  assert.throws(() => quadOf(''), /unknown CAMEO event code ""/);
});

test('the generated table matches the shared reference files', (t) => {
  const dir = sharedDir('reference', 'cameo');
  if (!dir) return t.skip('../shared is absent');
  const rows = readFileSync(join(dir, 'CAMEO.goldsteinscale.txt'), 'utf8').split(/\r?\n/).slice(1).filter(Boolean);
  for (const row of rows) {
    const [code, g] = row.split('\t');
    assert.equal(goldsteinOf(code.trim()), Number(g), code);
  }
});

test('PLOVER types match the shared CAMEO2PLOVER table (first entry of a repeated code wins)', (t) => {
  const dir = sharedDir('reference', 'cameo');
  if (!dir) return t.skip('../shared is absent');
  const seen = new Set<string>();
  for (const line of readFileSync(join(dir, 'CAMEO2PLOVER-2021.txt'), 'utf8').split(/\r?\n/)) {
    const m = /^(\d{2,4}):\s*([A-Z]+)/.exec(line.trim());
    if (!m || seen.has(m[1]) || !isCameoCode(m[1])) continue;
    seen.add(m[1]);
    assert.equal(cameoCode(m[1]).plover, m[2], m[1]);
  }
  assert.ok(seen.size > 250);
});
