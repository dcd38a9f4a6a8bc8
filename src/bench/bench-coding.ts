/** `npm run bench:coding`: prints the coder's agreement with the PLOVER gold-standard records. */
import { sharedDir } from '../testing/paths.js';
import { readGoldRecords } from './plover-gsr.js';
import { measureAgreement, sentenceArticle, hasGoldType } from './coding-agreement.js';
import { codeArticle } from '../coding/code-article.js';
import type { GoldRecord } from './plover-gsr.js';

/**
 * `--show`: one line per record the coder misses (uncoded, or coded with none of the gold type),
 * so vocabulary work can see which phrasings are missing. `--show=TYPE` keeps one gold type.
 */
function showDisagreements(records: GoldRecord[], only: string | null): void {
  for (const r of records) {
    if (only && r.event !== only) continue;
    const events = codeArticle(sentenceArticle(r.text, r.id)).filter((e) => e.modality !== 'negated');
    if (events.some((e) => hasGoldType(e, r.event))) continue;
    const got = events.map((e) => `${e.source?.country ?? '-'}>${e.target?.country ?? '-'} ${e.cameo} [${e.evidences[0]?.pattern ?? '?'}]`).join('; ') || 'uncoded';
    console.log(`${r.event} ${r.sources.join('|') || '-'}>${r.targets.join('|') || '-'} :: ${got}\n    ${r.text.replace(/\s+/g, ' ')}`);
  }
}

function main(): void {
  const path = sharedDir('eval', 'event-coding', 'plover-gsr', 'PLOVER_GSR_CAMEO.txt');
  if (!path) {
    console.log('bench:coding: ../shared/eval/event-coding/plover-gsr is not here; nothing to measure');
    return;
  }
  const records = readGoldRecords(path);
  const show = process.argv.find((a) => a === '--show' || a.startsWith('--show='));
  if (show) showDisagreements(records, show.includes('=') ? show.split('=')[1]! : null);
  const result = measureAgreement(records);
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  console.log(`PLOVER gold records: ${result.records}, coded: ${result.coded}`);
  console.log(`event type agreement: ${pct(result.type_agreement)}   dyad agreement: ${pct(result.dyad_agreement)}   both: ${pct(result.both_agreement)}`);
  for (const [type, v] of Object.entries(result.by_type).sort()) console.log(`  ${type.padEnd(12)} ${String(v.type_ok).padStart(3)}/${v.n}`);
  console.log(JSON.stringify({ records: result.records, coded: result.coded, type_agreement: result.type_agreement, dyad_agreement: result.dyad_agreement, both_agreement: result.both_agreement }));
}

main();
