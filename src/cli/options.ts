/** Options shared by several commands, declared once so they read the same everywhere. */
import { Option, type Command } from 'commander';

/** Inputs, or a database to read when there are none. */
export function inputOptions(cmd: Command): Command {
  return cmd
    .option('--db <file|url>', 'read what `detente ingest` stored (SQLite file or postgres:// URL) when no input is named')
    .option('--published <YYYY-MM-DD>', 'publication date of a bare text input')
    .option('--url <url>', 'URL of a bare text input')
    .option('--allow-private', 'allow fetching URLs on loopback and private addresses');
}

/** `--format`, defaulting to a table on a terminal and to the machine format in a pipe. */
export function formatOption(cmd: Command, choices: string[], machine: string): Command {
  const def = process.stdout.isTTY && choices.includes('table') ? 'table' : machine;
  return cmd.addOption(new Option('--format <format>', 'output format').choices(choices).default(def));
}
