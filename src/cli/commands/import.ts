/** `detente import gdelt|acled FILE`: another dataset's events into the store, origin kept; idempotent per file. */
import { Argument, type Command } from 'commander';
import { openStore } from '../../store/open-store.js';
import { IMPORT_KINDS, importBytes, readImportFile, type ImportKind } from '../../exchange/import-file.js';
import { DEFAULT_DB } from '../gather.js';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import a GDELT 2.0 event export (tab-separated) or an ACLED CSV into the store')
    .addArgument(new Argument('<kind>', 'dataset').choices([...IMPORT_KINDS]))
    .argument('<file>', 'the file to import')
    .option('--db <file|url>', 'SQLite file or postgres:// URL', DEFAULT_DB)
    .action(async (kind: ImportKind, file: string, opts: { db: string }) => {
      // Read first, so a wrong path does not leave an empty database behind.
      const bytes = readImportFile(file);
      const store = await openStore(opts.db);
      try {
        const s = await importBytes(store, kind, bytes, file);
        for (const sk of s.skipped.slice(0, 5)) process.stderr.write(`detente: ${file}:${sk.line}: skipped: ${sk.reason}\n`);
        if (s.skipped.length > 5) process.stderr.write(`detente: ${file}: ${s.skipped.length - 5} more row(s) skipped\n`);
        process.stdout.write(s.written === 0 && s.parsed > 0
          ? `${file} was already imported into ${opts.db}: nothing written\n`
          : `imported ${s.written} ${kind} event(s) from ${file} into ${opts.db} (${s.skipped.length} row(s) skipped)\n`);
      } finally {
        await store.close();
      }
    });
}
