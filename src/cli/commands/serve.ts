/** `detente serve`: the HTTP API (under /api/, described at /openapi.json) and the dashboard at /. */
import { Option, type Command } from 'commander';
import { existsSync } from 'node:fs';
import { serve } from '../../server/serve.js';
import { isPostgresSpec } from '../../store/open-store.js';
import { DEFAULT_DB } from '../gather.js';
import { UsageError } from '../errors.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the API and the dashboard (writes need DETENTE_TOKEN)')
    .option('--db <file|url>', 'SQLite file or postgres:// URL', DEFAULT_DB)
    .addOption(new Option('--port <n>', 'port (0 picks a free one)').default('8080'))
    .option('--host <address>', 'interface to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .option('--allow-private', 'let POST /api/ingest fetch URLs on loopback and private addresses')
    .action(async (opts: { db: string; port: string; host: string; allowPrivate?: boolean }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${opts.port}: not a port number (0-65535)`);
      if (!isPostgresSpec(opts.db) && !existsSync(opts.db)) {
        throw new UsageError(`${opts.db}: no such database file (create one with \`detente ingest --db ${opts.db} …\` or \`detente demo\`)`);
      }
      const token = process.env.DETENTE_TOKEN?.trim() || null;
      const server = await serve({ db: opts.db, port, host: opts.host, token, allowPrivate: opts.allowPrivate });
      process.stdout.write(`detente: serving ${opts.db} at ${server.url}/ (API ${server.url}/api/, OpenAPI ${server.url}/openapi.json)\n`);
      process.stdout.write(token ? 'detente: writes (POST /api/ingest) need Authorization: Bearer $DETENTE_TOKEN\n' : 'detente: read-only: set DETENTE_TOKEN to allow POST /api/ingest\n');
      await new Promise<void>((resolve) => {
        const stop = () => void server.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
