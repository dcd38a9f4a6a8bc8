/** `detente neighbours PAK`: a country and every land neighbour — state, trust and latest events of each pair. */
import type { Command } from 'commander';
import { analyzeRelations, neighbourhood } from '../../relations/index.js';
import { gather } from '../gather.js';
import { FailureLog, UsageError } from '../errors.js';
import { formatTable } from '../table.js';
import { formatOption, inputOptions } from '../options.js';

export function registerNeighbours(program: Command): void {
  const cmd = program
    .command('neighbours')
    .alias('neighbors')
    .description('a country and each of its land neighbours: state, trust and latest events of each relation')
    .argument('<country>', 'ISO3 code, e.g. PAK')
    .argument('[inputs...]', 'paths or URLs to analyse instead of the database');
  formatOption(inputOptions(cmd), ['table', 'json'], 'json').action(async (country: string, inputs: string[], opts) => {
    const iso3 = country.toUpperCase();
    if (!/^[A-Z]{3}$/.test(iso3)) throw new UsageError(`${country}: not an ISO3 country code (e.g. PAK)`);
    const failures = new FailureLog();
    const { events, statements } = await gather(inputs, opts, failures);
    const hood = neighbourhood(iso3, analyzeRelations(events, statements));
    if (hood.neighbours.length === 0) throw new UsageError(`${iso3}: no land neighbours known for this code`);
    if (opts.format === 'json') {
      const rows = hood.neighbours.map((n) => ({ ...n, trust: n.trust == null ? null : Math.round(n.trust * 100) / 100, lastEvents: n.lastEvents.map((e) => ({ date: e.date, source: e.source.country, target: e.target?.country ?? null, cameo: e.cameo, evidence: e.evidence })) }));
      process.stdout.write(JSON.stringify({ country: hood.country, name: hood.name, neighbours: rows }, null, 2) + '\n');
    } else {
      process.stdout.write(`${hood.name} (${hood.country}) and its land neighbours\n\n`);
      process.stdout.write(formatTable(['neighbour', 'state', 'trust', 'events', 'latest event'],
        hood.neighbours.map((n) => [`${n.name} (${n.country})`, n.state ?? 'no reports', n.trust == null ? null : n.trust.toFixed(2), n.events,
          n.lastEvents[0] ? `${n.lastEvents[0].date} ${n.lastEvents[0].cameo}: ${n.lastEvents[0].evidence}` : null]), 70));
    }
    failures.settle();
  });
}
