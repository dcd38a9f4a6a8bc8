/** `detente quotes`: who said what, in which capacity, for which country (CONTRACT.md). */
import type { Command } from 'commander';
import type { Quote } from '../../quotes/types.js';
import { formatQuote } from '../../quotes/format-quote.js';
import { gather } from '../gather.js';
import { FailureLog } from '../errors.js';
import { formatTable } from '../table.js';
import { formatOption, inputOptions } from '../options.js';

export function registerQuotes(program: Command): void {
  const cmd = program
    .command('quotes')
    .description('find quotes and their speakers in pages, text files, URLs or feeds (or in --db)')
    .argument('[inputs...]', 'paths, directories, URLs, feeds or JSONL files');
  formatOption(inputOptions(cmd), ['jsonl', 'table'], 'jsonl').action(async (inputs: string[], opts) => {
    const failures = new FailureLog();
    const { quotes } = await gather(inputs, opts, failures);
    process.stdout.write(renderQuotes(quotes, opts.format));
    failures.settle();
  });
}

export function renderQuotes(quotes: Quote[], format: string): string {
  if (format === 'table') {
    return formatTable(
      ['speaker', 'country', 'description', 'direct', 'text'],
      quotes.map((q) => [q.speaker, q.country, q.description, q.direct ? 'yes' : 'no', q.text]),
      60,
    );
  }
  return quotes.map((q) => JSON.stringify(formatQuote(q)) + '\n').join('');
}
