/**
 * `detente demo`: the main job on the bundled example articles (examples/, written by us) — ingest into
 * an embedded SQLite file, then print the events, the relations and what to try next.
 */
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { openStore } from '../../store/open-store.js';
import { mergeEvents } from '../../coding/merge-events.js';
import { DEFAULT_MODALITIES } from '../../coding/types.js';
import { analyzeRelations } from '../../relations/index.js';
import { DEFAULT_DB } from '../gather.js';
import { FailureLog } from '../errors.js';
import { ingestInto, summaryLine } from './ingest.js';
import { renderEvents } from './events.js';
import { relationsTable } from './relations.js';

/** examples/ sits at the package root: three levels above this file in both src/ and dist/. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../../examples/', import.meta.url));

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('ingest the bundled example articles into ./detente.db and show what came out')
    .option('--db <file|url>', 'SQLite file or postgres:// URL', DEFAULT_DB)
    .action(async (opts) => {
      const failures = new FailureLog();
      const store = await openStore(opts.db);
      try {
        process.stdout.write(`detente demo: the example articles in ${EXAMPLES_DIR}\n`);
        process.stdout.write(summaryLine(await ingestInto(store, [EXAMPLES_DIR], {}, failures), opts.db));
        const events = mergeEvents(await store.listEvents({})).filter((e) => DEFAULT_MODALITIES.includes(e.modality));
        process.stdout.write(`\nEvents (${events.length})\n${renderEvents(events, 'table')}`);
        const reports = analyzeRelations(events, await store.listStatements({}));
        process.stdout.write(`\nRelations (${reports.length} pairs)\n${relationsTable(reports)}`);
        process.stdout.write(
          `\nNext:\n  npx detente dyad IRN PAK --db ${opts.db}          one pair over time, with the events behind it\n` +
            `  npx detente neighbours PAK --db ${opts.db} --format table\n` +
            `  npx detente quotes --db ${opts.db} --format table\n` +
            `  npx detente serve --db ${opts.db}                  the dashboard at http://127.0.0.1:8080/\n`,
        );
      } finally {
        await store.close();
      }
      failures.settle();
    });
}
