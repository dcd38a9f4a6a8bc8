/** `detente events`: who did what to whom, when, where — one line per distinct event (CONTRACT.md). */
import type { Command } from 'commander';
import type { CodedEvent } from '../../coding/types.js';
import { DEFAULT_MODALITIES } from '../../coding/types.js';
import { formatEvent } from '../../coding/format-event.js';
import { gather } from '../gather.js';
import { FailureLog } from '../errors.js';
import { formatCsv, formatTable } from '../table.js';
import { formatOption, inputOptions } from '../options.js';

export function registerEvents(program: Command): void {
  const cmd = program
    .command('events')
    .description('code the events in pages, text files, URLs or feeds (or in --db)')
    .argument('[inputs...]', 'paths, directories, URLs, feeds or JSONL files')
    .option('--all-modalities', 'also print hypothetical and negated events');
  formatOption(inputOptions(cmd), ['jsonl', 'table', 'csv'], 'jsonl').action(async (inputs: string[], opts) => {
    const failures = new FailureLog();
    const { events } = await gather(inputs, opts, failures);
    const shown = opts.allModalities ? events : events.filter((e) => DEFAULT_MODALITIES.includes(e.modality));
    process.stdout.write(renderEvents(shown, opts.format));
    failures.settle();
  });
}

const COLUMNS = ['date', 'source', 'cameo', 'target', 'place', 'deaths', 'modality', 'mentions', 'evidence'];

function row(e: CodedEvent): (string | number | null)[] {
  const who = (a: CodedEvent['source'] | null) => (a ? [a.country ?? a.name, a.role].filter(Boolean).join(' ') : '');
  return [e.date, who(e.source), `${e.cameo} ${e.plover ?? ''}`.trim(), who(e.target), e.location?.admin1 ?? e.location?.name ?? null, e.fatalities, e.modality, e.mentions, e.evidence];
}

export function renderEvents(events: CodedEvent[], format: string): string {
  if (format === 'table') return formatTable(COLUMNS, events.map(row), 70);
  if (format === 'csv') return formatCsv(COLUMNS, events.map(row));
  return events.map((e) => JSON.stringify(formatEvent(e)) + '\n').join('');
}
