/** `detente relations`: every pair of countries the inputs speak about — state, trust, tit-for-tat (CONTRACT.md). */
import type { Command } from 'commander';
import { analyzeRelations, sparkline, toRelationsJson, type DyadReport } from '../../relations/index.js';
import { gather } from '../gather.js';
import { FailureLog } from '../errors.js';
import { formatTable } from '../table.js';
import { formatOption, inputOptions } from '../options.js';

export function registerRelations(program: Command): void {
  const cmd = program
    .command('relations')
    .description('state, trust index and tit-for-tat for every pair of countries in the inputs (or in --db)')
    .argument('[inputs...]', 'paths, directories, URLs, feeds or JSONL files')
    .option('--as-of <YYYY-MM-DD>', 'the day to judge every pair on (default: each pair on its own latest event or publication)');
  formatOption(inputOptions(cmd), ['json', 'table'], 'json').action(async (inputs: string[], opts) => {
    const failures = new FailureLog();
    const { events, statements } = await gather(inputs, opts, failures);
    const reports = analyzeRelations(events, statements, { asOf: opts.asOf });
    process.stdout.write(opts.format === 'table' ? relationsTable(reports) : JSON.stringify(toRelationsJson(reports), null, 2) + '\n');
    failures.settle();
  });
}

export function relationsTable(reports: DyadReport[]): string {
  const rows = [...reports]
    .sort((a, b) => b.events - a.events || a.trust - b.trust)
    .map((r) => [
      r.dyad.join('–'),
      r.state,
      r.asOf,
      r.trust.toFixed(2),
      r.events,
      r.tit_for_tat.map((t) => `${t.first}→${t.response}`).join(' ') || null,
      r.series.trust.length > 1 ? sparkline(r.series.trust.map((p) => ({ date: p.date, trust: p.trust })), 24) : null,
      r.stateRule.reason,
    ]);
  return formatTable(['pair', 'state', 'as of', 'trust', 'events', 'tit-for-tat', 'trust over time', 'why'], rows, 70);
}
