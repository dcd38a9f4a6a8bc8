/**
 * Throughput on one core, in articles per second, over the same generated corpus in the same run:
 * bare wink-nlp tokenization (the baseline every ratio is taken against), extract+code from clean
 * text, extract+code from full news pages, and the two halves of the HTML path on their own so a
 * miss can be placed.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractArticle } from '../ingest/extract/extract-article.js';
import { analyzeArticle } from '../pipeline/analyze-article.js';
import { benchDocuments, htmlDocument, textDocument, type BenchDocument } from './bench-corpus.js';

export interface SingleCoreOptions {
  /** Documents in the corpus. Default 300. */
  articles?: number;
  /** Minimum seconds per measurement (whole passes over the corpus). Default 3. */
  seconds?: number;
  /** Corpus seed. Default 1. */
  seed?: number;
}

export interface SingleCoreThroughput {
  articles: number;
  meanWords: number;
  meanHtmlKb: number;
  /** wink-nlp readDoc + tokens().out() on the clean text. */
  tokenizePerSecond: number;
  /** extractArticle (text dump) + analyzeArticle. */
  codePerSecond: number;
  /** extractArticle (news page) + analyzeArticle. */
  htmlPerSecond: number;
  /** extractArticle of the news page alone. */
  extractHtmlPerSecond: number;
  /** analyzeArticle of the clean article alone. */
  analyzePerSecond: number;
  /** Events per article on the clean-text path. */
  eventsPerArticle: number;
}

/** Least CPU time spent warming up before each rate is measured. */
const WARM_UP_SECONDS = 3;

/** CPU seconds (user + system) this process has used. */
function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/**
 * Articles per CPU-second of `work` over `corpus`, after warm-up passes over the whole corpus. CPU
 * time, not wall time: on a shared machine other processes' load would otherwise lower the figure
 * (on an idle machine the two agree; GC helper threads make the CPU figure slightly conservative).
 */
export function rate<T>(corpus: T[], seconds: number, work: (x: T) => unknown): number {
  // Warm up on the whole corpus, twice: the pipeline is hundreds of functions and regexes that V8
  // compiles and optimises lazily, and a warm-up of 20 articles left the first figure measured
  // (extract+code) at about half its steady rate, while figures measured later read warm. A worker
  // on a day's 100,000 articles runs warm, so the steady rate is the one to report. The warm-up
  // also lasts WARM_UP_SECONDS at least: --quick's 50 articles, twice, left V8 short of steady
  // state (its clean-text figure read a third of the full run's; with 3 s it reads within 10 %).
  const warmStart = cpuSeconds();
  for (let pass = 0; pass < 2 || cpuSeconds() - warmStart < WARM_UP_SECONDS; pass++) for (const x of corpus) work(x);
  const start = cpuSeconds();
  let done = 0;
  let elapsed = 0;
  do {
    for (const x of corpus) work(x);
    done += corpus.length;
    elapsed = cpuSeconds() - start;
  } while (elapsed < seconds);
  return done / elapsed;
}

export function measureSingleCore(opts: SingleCoreOptions = {}): SingleCoreThroughput {
  const corpus: BenchDocument[] = [...benchDocuments(opts.articles ?? 300, opts.seed ?? 1)];
  const seconds = opts.seconds ?? 3;
  const nlp = winkNLP(model);
  let events = 0;
  for (const d of corpus) events += analyzeArticle(extractArticle(textDocument(d))).events.length;
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    articles: corpus.length,
    meanWords: Math.round(corpus.reduce((s, d) => s + d.article.text.split(/\s+/).length, 0) / corpus.length),
    meanHtmlKb: round(corpus.reduce((s, d) => s + d.html.length, 0) / corpus.length / 1024),
    tokenizePerSecond: round(rate(corpus, seconds, (d) => nlp.readDoc(d.article.text).tokens().out())),
    codePerSecond: round(rate(corpus, seconds, (d) => analyzeArticle(extractArticle(textDocument(d))))),
    htmlPerSecond: round(rate(corpus, seconds, (d) => analyzeArticle(extractArticle(htmlDocument(d))))),
    extractHtmlPerSecond: round(rate(corpus, seconds, (d) => extractArticle(htmlDocument(d)))),
    analyzePerSecond: round(rate(corpus, seconds, (d) => analyzeArticle(d.article))),
    eventsPerArticle: Math.round((events / corpus.length) * 100) / 100,
  };
}
