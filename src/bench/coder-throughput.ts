/**
 * Coder throughput on one core: codeArticle articles per second on a synthetic corpus of
 * ~400-700-word articles, against bare wink-nlp tokenization (readDoc + tokens().out()) and
 * our own tokenizer on the same corpus. The lead's `npm run bench` calls measureCoderThroughput.
 */
import { codeArticle } from '../coding/code-article.js';
import { tokenize } from '../language/tokens.js';
import { splitSentences } from '../language/sentences.js';
import { syntheticArticles } from './coder-throughput-corpus.js';
import type { Article } from '../ingest/types.js';

export interface CoderThroughputOptions {
  /** Articles in the corpus. Default 300. */
  articles?: number;
  /** Minimum seconds each measurement runs (whole passes over the corpus). Default 2. */
  seconds?: number;
  /** Corpus seed. Default 1. */
  seed?: number;
}

export interface CoderThroughput {
  articles: number;
  meanWords: number;
  /** codeArticle, articles per second. */
  coderPerSecond: number;
  /** Events coded per article, on average. */
  eventsPerArticle: number;
  /** wink-nlp readDoc + tokens().out(), articles per second. */
  winkTokenizePerSecond: number;
  /** Our sentence splitter + tokenizer + lemmatizer, articles per second. */
  ownTokenizePerSecond: number;
  /** coderPerSecond / winkTokenizePerSecond. */
  coderVsWink: number;
}

function rate(corpus: Article[], seconds: number, work: (a: Article) => unknown): number {
  for (const a of corpus.slice(0, 20)) work(a); // warm-up: JIT and caches
  const start = process.hrtime.bigint();
  let done = 0;
  let elapsed = 0;
  do {
    for (const a of corpus) work(a);
    done += corpus.length;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  } while (elapsed < seconds);
  return done / elapsed;
}

export async function measureCoderThroughput(opts: CoderThroughputOptions = {}): Promise<CoderThroughput> {
  const corpus = syntheticArticles(opts.articles ?? 300, opts.seed ?? 1);
  const seconds = opts.seconds ?? 2;
  const meanWords = corpus.reduce((s, a) => s + a.text.split(/\s+/).length, 0) / corpus.length;
  let events = 0;
  for (const a of corpus) events += codeArticle(a).length;
  const coderPerSecond = rate(corpus, seconds, (a) => codeArticle(a));
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const winkTokenizePerSecond = rate(corpus, seconds, (a) => nlp.readDoc(a.text).tokens().out());
  const ownTokenizePerSecond = rate(corpus, seconds, (a) => splitSentences(a).map((s) => tokenize(s.text)));
  return {
    articles: corpus.length, meanWords: Math.round(meanWords), coderPerSecond: Math.round(coderPerSecond),
    eventsPerArticle: Math.round((events / corpus.length) * 100) / 100,
    winkTokenizePerSecond: Math.round(winkTokenizePerSecond), ownTokenizePerSecond: Math.round(ownTokenizePerSecond),
    coderVsWink: Math.round((coderPerSecond / winkTokenizePerSecond) * 100) / 100,
  };
}
