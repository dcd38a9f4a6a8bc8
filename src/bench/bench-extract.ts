/**
 * `npm run bench:extract`: token-level precision, recall and F1 of our extraction next to
 * Readability alone over ../shared/eval/article-extraction/ (see extraction-eval.ts for the layouts).
 * When the set is absent, says so and exits 0.
 */
import { existsSync } from 'node:fs';
import { sharedDir } from '../testing/paths.js';
import { evaluateExtraction, loadExtractionSet, type TokenScores } from './extraction-eval.js';

function main(): void {
  const dir = sharedDir('eval', 'article-extraction');
  if (!dir || !existsSync(dir)) {
    console.log('bench:extract: ../shared/eval/article-extraction/ is absent; nothing to measure');
    return;
  }
  const cases = loadExtractionSet(dir);
  if (cases.length === 0) {
    console.log(`bench:extract: ${dir} holds no pages with ground truth (ground-truth.json + html/, or NAME.html + NAME.txt)`);
    return;
  }
  const r = evaluateExtraction(cases);
  const f = (x: number) => x.toFixed(3);
  const row = (name: string, s: TokenScores) => console.log(`${name.padEnd(18)} ${f(s.precision)}      ${f(s.recall)}   ${f(s.f1)}`);
  console.log(`article extraction, ${r.pages} pages, token level (mean per page)`);
  console.log(`${''.padEnd(18)} precision  recall  F1`);
  row('detente', r.ours);
  row('Readability alone', r.readability);
  console.log(JSON.stringify({ pages: r.pages, ours: r.ours, readability: r.readability }));
}

main();
