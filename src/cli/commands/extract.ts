/** `detente extract`: the clean article from a page, a text dump or a URL — what everything else reads. */
import type { Command } from 'commander';
import type { Article } from '../../ingest/types.js';
import { readInputs } from '../../ingest/sources/sources.js';
import { extractArticle } from '../../ingest/extract/extract-article.js';
import { FailureLog } from '../errors.js';
import { checkDate } from '../gather.js';
import { Option } from 'commander';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print the article extracted from pages, text files or URLs')
    .argument('<inputs...>', 'paths, directories, URLs, feeds or JSONL files')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('text'))
    .option('--published <YYYY-MM-DD>', 'publication date of a bare text input')
    .option('--url <url>', 'URL of a bare text input')
    .option('--allow-private', 'allow fetching URLs on loopback and private addresses')
    .action(async (inputs: string[], opts) => {
      checkDate(opts.published);
      const failures = new FailureLog();
      for await (const item of readInputs(inputs, opts)) {
        if (!item.ok) {
          failures.report(item.origin, item.reason);
          continue;
        }
        try {
          const article = extractArticle(item.doc);
          process.stdout.write(opts.format === 'json' ? JSON.stringify(articleJson(article), null, 2) + '\n' : articleText(article));
        } catch (err) {
          failures.report(item.doc.origin, (err as Error).message.replace(`${item.doc.origin}: `, ''));
        }
      }
      failures.settle();
    });
}

export function articleJson(a: Article) {
  return {
    id: a.id,
    title: a.title,
    published: a.published,
    published_from: a.publishedFrom,
    url: a.url,
    canonical_url: a.canonicalUrl,
    outlet: a.outlet,
    byline: a.byline,
    language: a.language,
    content_hash: a.contentHash,
    paragraphs: a.paragraphs.map((p) => ({ kind: p.kind, text: p.text })),
  };
}

/** Headline, a line of facts, then the paragraphs; captions and headings are marked so a reader sees what is body. */
export function articleText(a: Article): string {
  const head = [a.title ?? '(no headline)', [a.outlet, a.published, a.url].filter(Boolean).join(' · ')].filter(Boolean);
  const body = a.paragraphs.map((p) => (p.kind === 'body' ? p.text : `[${p.kind}] ${p.text}`));
  return [...head, '', ...body.flatMap((p) => [p, ''])].join('\n');
}
