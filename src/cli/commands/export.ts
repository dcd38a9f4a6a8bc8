/** `detente export`: the stored events as CSV, JSONL, Parquet or GDELT 2.0 event rows. */
import { Option, type Command } from 'commander';
import { existsSync, writeFileSync } from 'node:fs';
import { DEFAULT_MODALITIES } from '../../coding/types.js';
import { openStore, isPostgresSpec } from '../../store/open-store.js';
import { mergeEvents } from '../../exchange/coding-adapter.js';
import { EXPORT_FORMATS, exportEvents, type ExportFormat } from '../../exchange/export-events.js';
import { DEFAULT_DB } from '../gather.js';
import { UsageError } from '../errors.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the stored events as csv, jsonl, parquet or GDELT 2.0 event rows (gdelt)')
    .option('--db <file|url>', 'SQLite file or postgres:// URL', DEFAULT_DB)
    .addOption(new Option('--format <format>', 'output format').choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .option('--out <file>', 'write here instead of stdout')
    .option('--origin <origin>', "only events of this origin ('detente', 'gdelt', 'acled')")
    .option('--all-modalities', 'also export hypothetical and negated events')
    .action(async (opts: { db: string; format: ExportFormat; out?: string; origin?: string; allModalities?: boolean }) => {
      if (!isPostgresSpec(opts.db) && !existsSync(opts.db)) throw new UsageError(`${opts.db}: no such database file`);
      if (opts.format === 'parquet' && !opts.out && process.stdout.isTTY) throw new UsageError('--format parquet is binary: name a file with --out FILE');
      const store = await openStore(opts.db);
      let result;
      try {
        const reports = await store.listEvents({ origin: opts.origin, modality: opts.allModalities ? undefined : [...DEFAULT_MODALITIES] });
        result = exportEvents(mergeEvents(reports), opts.format);
      } finally {
        await store.close();
      }
      if (opts.out) {
        writeFileSync(opts.out, result.data);
        process.stderr.write(`detente: wrote ${result.rows} event(s) to ${opts.out}${result.skipped ? ` (${result.skipped} without any date left out)` : ''}\n`);
      } else {
        process.stdout.write(result.data);
        if (result.skipped) process.stderr.write(`detente: ${result.skipped} event(s) without any date left out of the GDELT export\n`);
      }
    });
}
