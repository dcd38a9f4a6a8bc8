import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as B from './text-boilerplate.js';

test('every line rule matches its own example', () => {
  const rules = [...B.DROP_LINE_RULES, ...B.PAYWALL_RULES, ...B.BOX_HEADINGS, ...B.LINK_LIST_HEADINGS, ...B.CREDIT_RULES, B.LETTER_START, B.BOX_LABEL];
  const ids = new Set<string>();
  for (const r of rules) {
    assert.ok(!ids.has(r.id), `duplicate rule id ${r.id}`);
    ids.add(r.id);
    assert.ok(r.re.test(r.example), `${r.id} does not match its example ${JSON.stringify(r.example)}`);
    if (r.hint) assert.ok(r.hint.test(r.example), `${r.id}: its hint does not match its example`);
  }
});

test('name/agency credits: agency side decides', () => {
  const credit = (t: string) => {
    const m = B.CREDIT_NAME_AGENCY.exec(t);
    return !!m && B.CREDIT_AGENCY.test(m[2].trim());
  };
  for (const t of ['Fayaz Aziz/Reuters', 'Prime Minister Office/AP', 'Karen Norris/Staff', 'Jane van Dijk/Getty Images', 'Ahmad al-Rubaye/AFP']) assert.ok(credit(t), t);
  for (const t of ['Israel/Gaza war', 'India/Pakistan relations', 'Iran/Pakistan']) assert.ok(!credit(t), t);
});

test('lines from articles do not match any drop rule (must-not-match)', () => {
  const prose = [
    'Pakistan said its air force struck hideouts inside Iran on Thursday.',
    'The ministry shared a video of the strike with reporters.',
    'Iran summoned the envoy and said the attack would not go unanswered.',
    '“We will respond,” the spokesman said.',
  ];
  for (const line of prose) {
    for (const r of [...B.DROP_LINE_RULES, ...B.PAYWALL_RULES, ...B.CREDIT_RULES]) assert.ok(!r.re.test(line), `${r.id} matched ${line}`);
  }
});
