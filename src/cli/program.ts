/** Builds the command tree; each command lives in its own file under commands/. */
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { fail } from './errors.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerEvents } from './commands/events.js';
import { registerQuotes } from './commands/quotes.js';
import { registerRelations } from './commands/relations.js';
import { registerDyad } from './commands/dyad.js';
import { registerNeighbours } from './commands/neighbours.js';
import { registerDemo } from './commands/demo.js';
import { registerWorker } from './commands/worker.js';
import { registerServe } from './commands/serve.js';
import { registerExport } from './commands/export.js';
import { registerImport } from './commands/import.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export function buildProgram(): Command {
  const program = new Command('detente')
    .description('who did what to whom, when, where, at what cost — and can trust be rebuilt?')
    .version(pkg.version)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const register of [registerDemo, registerExtract, registerIngest, registerEvents, registerQuotes, registerRelations, registerDyad, registerNeighbours, registerWorker, registerServe, registerExport, registerImport]) {
    register(program);
  }
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // A reader that closes the pipe early (`| head`) is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
  });
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : 2);
    fail(err);
  }
}
