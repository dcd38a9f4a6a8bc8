/** `npm run bench:coding`: prints the coder's agreement with the PLOVER gold-standard records. */
import { sharedDir } from '../testing/paths.js';
import { readGoldRecords } from './plover-gsr.js';
import { measureAgreement } from './coding-agreement.js';

function main(): void {
  const path = sharedDir('eval', 'event-coding', 'plover-gsr', 'PLOVER_GSR_CAMEO.txt');
  if (!path) {
    console.log('bench:coding: ../shared/eval/event-coding/plover-gsr is not here; nothing to measure');
    return;
  }
  const result = measureAgreement(readGoldRecords(path));
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  console.log(`PLOVER gold records: ${result.records}, coded: ${result.coded}`);
  console.log(`event type agreement: ${pct(result.type_agreement)}   dyad agreement: ${pct(result.dyad_agreement)}   both: ${pct(result.both_agreement)}`);
  for (const [type, v] of Object.entries(result.by_type).sort()) console.log(`  ${type.padEnd(12)} ${String(v.type_ok).padStart(3)}/${v.n}`);
  console.log(JSON.stringify({ records: result.records, coded: result.coded, type_agreement: result.type_agreement, dyad_agreement: result.dyad_agreement, both_agreement: result.both_agreement }));
}

main();
