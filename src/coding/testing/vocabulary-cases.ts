/**
 * One end-to-end test per vocabulary sentence: `[sentence, "SRC ROOT TGT"]` ("-" for a null
 * country) must code an event of that root and dyad. Roots in `symmetric` (agreements, meetings:
 * two equal parties) may come in either order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../code-article.js';
import { makeArticle } from './make-article.js';

const dyad = (e: { source: { country: string | null }; target: { country: string | null } | null }) => [e.source.country ?? '-', e.target?.country ?? '-'];

export function testVocabularyCases(cases: readonly [string, string][], symmetric: ReadonlySet<string>): void {
  for (const [sentence, want] of cases) {
    test(`codes "${sentence}" as ${want}`, () => {
      const [src, root, tgt] = want.split(' ');
      const events = codeArticle(makeArticle([sentence]));
      const hit = events.find((e) => {
        const [s, t] = dyad(e);
        return e.root === root && ((s === src && t === tgt) || (symmetric.has(root!) && s === tgt && t === src));
      });
      assert.ok(hit, `got ${events.map((e) => `${dyad(e).join('>')} ${e.cameo} [${e.evidences[0]!.pattern}]`).join('; ') || 'nothing'}`);
    });
  }
}
