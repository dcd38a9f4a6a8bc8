/**
 * Acts told in wordings the coder once missed: an envoy called home with her name in apposition,
 * envoys expelled or declared persona non grata in the agentless passive, court proceedings
 * instituted, a judgement that another's decision "was disproportionate", regret and recognition
 * carried by a document, a ban on sending workers, approval of another's plan. Our own sentences;
 * each must give the dyad and root shown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../code-article.js';
import { makeArticle } from '../testing/make-article.js';

const code = (paragraphs: string[], published = '2024-01-23') => codeArticle(makeArticle(paragraphs, { published }));
const got = (events: ReturnType<typeof code>) => events.map((e) => `${e.source.country ?? '-'} ${e.root} ${e.target?.country ?? '-'}`);

const CASES: [string, string][] = [
  ['On Monday Chile called its ambassador in Lima, Ana Ruiz, home for consultations.', 'CHL 16 PER'],
  ['On Monday Chile said it was calling all its diplomats in Lima back to Santiago for consultations.', 'CHL 16 PER'],
  ["On Monday the foreign ministry said Chile's ambassador and the staff of the Chilean embassy in Lima had been declared persona non grata.", 'PER 16 CHL'],
  ['On Monday Ecuador filed an application at the world court, instituting proceedings against Colombia.', 'ECU 11 COL'],
  ["On Monday the Peruvian foreign minister said Chile's decision was \"disproportionate\".", 'PER 11 CHL'],
  ['On Monday Chile said it regretted a unilateral decision by Peru to close the border.', 'CHL 11 PER'],
  ['On Monday Chile sent Peru a note expressing its deep regret for the incident.', 'CHL 05 PER'],
  ['On Monday Brazil issued a statement recognising the new Bolivian government.', 'BRA 05 BOL'],
  ['On Monday Manila suspended the deployment of domestic workers to Qatar.', 'PHL 16 QAT'],
  ['On Monday Manila ordered a total halt to the dispatch of new workers to Qatar.', 'PHL 16 QAT'],
  ["On Monday Madrid described Morocco's proposal as a serious and credible basis for a settlement.", 'ESP 05 MAR'],
  ['On Monday the Chilean foreign ministry welcomed the "constructive remarks" of the new Peruvian government.', 'CHL 05 PER'],
];

for (const [sentence, want] of CASES) {
  test(`codes "${sentence}" as ${want}`, () => {
    const events = code([sentence]);
    assert.ok(got(events).includes(want), `got ${got(events).join('; ') || 'nothing'}`);
  });
}

test('regret at another\'s act is no apology, and a statement about one\'s own plan is no praise', () => {
  const events = code(['On Monday Chile sent Peru a note expressing its regret at the expulsion of its consul.']);
  assert.ok(!got(events).includes('CHL 05 PER'), got(events).join('; '));
});
