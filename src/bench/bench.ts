/**
 * `npm run bench [-- --quick] [-- --stream N] [-- --jobs N] [-- --workers 1,2,4] [-- --batch N] [-- --real N]`:
 * the throughput and memory figures of issue 7, printed as a table and then as ONE JSON line (the
 * last line of stdout), for comparison between runs and machines. Needs the build (dist/) and, for
 * the worker figures, PostgreSQL (DETENTE_BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/test);
 * without it those are null.
 *
 * Worker rates are over the working window (first claim to last completion), start-up apart. The
 * 100,000-article time is a projection from the best of those rates; --real N then drains N jobs
 * with that many workers and reports the measured time, start-up included.
 *
 * Defaults: 300-article corpus, 3 s per single-core measurement, 4,000 jobs per worker run in
 * batches of 25, a real run of 10,000, 100,000 articles streamed. --quick: 50 articles, 0.4 s,
 * 300 jobs, no real run, 2,000 streamed (under a minute on an idle 2-core machine).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeJsonlCorpus } from './bench-corpus.js';
import { measureSingleCore } from './single-core-throughput.js';
import { snapshotCli } from './measured-child.js';
import { measureStreamingIngest } from './streaming-ingest.js';
import { BENCH_PG_URL, measureSqliteIngest, measureWorkers, type WorkerRun } from './worker-throughput.js';
import { probePostgres } from '../store/testing/postgres-test-db.js';

/** Targets from the issue. */
const TARGET_CODE_PER_S = 500;
const TARGET_HTML_PER_S = 100;
const TARGET_GDELT_MINUTES = 10;
const TARGET_STREAM_RSS_MB = 500;
const GDELT_DAY = 100_000;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    stream: { type: 'string' },
    jobs: { type: 'string' },
    workers: { type: 'string' },
    batch: { type: 'string' },
    real: { type: 'string' },
  },
});
const quick = values.quick ?? false;
const streamLines = Number(values.stream ?? (quick ? 2_000 : 100_000));
const jobs = Number(values.jobs ?? (quick ? 300 : 4_000));
// The worker's default batch, so the figures are those of `detente worker` as shipped.
const batch = Number(values.batch ?? 25);
const realJobs = Number(values.real ?? (quick ? 0 : 10_000));
const workerCounts = (values.workers ?? '1,2,4').split(',').map(Number).filter((n) => n > 0);

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
const r1 = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10) / 10);
const r2 = (x: number) => Math.round(x * 100) / 100;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'detente-bench-'));
  const problems: string[] = [];
  try {
    snapshotCli(join(dir, 'app'));
    log(`single core: ${quick ? 50 : 300} articles`);
    const one = measureSingleCore({ articles: quick ? 50 : 300, seconds: quick ? 0.4 : 3 });
    const benchRssMb = Math.round(process.resourceUsage().maxRSS / 1024);

    log(`generating ${jobs} + ${streamLines} JSONL articles in ${dir}`);
    const jobsFile = join(dir, 'jobs.jsonl');
    await writeJsonlCorpus(jobsFile, jobs, 2, 'text');
    const streamFile = join(dir, 'stream.jsonl');
    const streamBytes = await writeJsonlCorpus(streamFile, streamLines, 3, 'text');

    const workerRuns = new Map<number, WorkerRun>();
    const unreachable = await probePostgres(BENCH_PG_URL);
    if (unreachable) {
      problems.push(`workers skipped: ${unreachable}`);
    } else {
      for (const n of workerCounts) {
        log(`${n} worker(s) on PostgreSQL, ${jobs} jobs`);
        const run = await measureWorkers(jobsFile, jobs, n, batch);
        problems.push(...run.problems.map((p) => `${n} worker(s): ${p}`));
        workerRuns.set(n, run);
      }
    }
    const best = [...workerRuns.values()].reduce<WorkerRun | null>((b, r) => (!b || r.perSecond > b.perSecond ? r : b), null);
    let real: WorkerRun | null = null;
    if (best && realJobs > 0) {
      log(`real run: ${realJobs} jobs, ${best.workers} worker(s)`);
      const realFile = join(dir, 'real.jsonl');
      await writeJsonlCorpus(realFile, realJobs, 5, 'text');
      real = await measureWorkers(realFile, realJobs, best.workers, batch);
      problems.push(...real.problems.map((p) => `real run: ${p}`));
    }
    log(`single-process ingest into SQLite, ${jobs} articles`);
    const sqlite = await measureSqliteIngest(jobsFile, jobs, dir);
    problems.push(...sqlite.problems.map((p) => `sqlite ingest: ${p}`));

    log(`streaming ${streamLines} articles (${Math.round(streamBytes / 1e6)} MB), killed at half and resumed`);
    const stream = await measureStreamingIngest(streamFile, streamLines, join(dir, 'stream.db'));
    problems.push(...stream.problems.map((p) => `streaming: ${p}`));

    const perS = (n: number) => r1(workerRuns.get(n)?.perSecond);
    const startup = (n: number) => r1(workerRuns.get(n)?.startupSeconds);
    const bestRate = best?.perSecond ?? null;
    const workerRss = Math.max(0, ...[...workerRuns.values()].map((w) => w.peakRssMb ?? 0));
    const peak = Math.max(benchRssMb, workerRss, sqlite.peakRssMb ?? 0, stream.peakRssMb ?? 0);
    const figures = {
      quick,
      // 1-minute load average at the end: other work on the machine slows the wall-time figures.
      load_average: r2(loadavg()[0]),
      cpus: availableParallelism(),
      corpus_articles: one.articles,
      mean_words: one.meanWords,
      mean_html_kb: one.meanHtmlKb,
      tokenize_articles_per_s: one.tokenizePerSecond,
      code_articles_per_s: one.codePerSecond,
      html_articles_per_s: one.htmlPerSecond,
      extract_html_per_s: one.extractHtmlPerSecond,
      analyze_per_s: one.analyzePerSecond,
      events_per_article: one.eventsPerArticle,
      code_vs_tokenize: r2(one.codePerSecond / one.tokenizePerSecond),
      html_vs_tokenize: r2(one.htmlPerSecond / one.tokenizePerSecond),
      worker_jobs: jobs,
      workers_1_per_s: perS(1),
      workers_2_per_s: perS(2),
      workers_4_per_s: perS(4),
      workers_1_startup_s: startup(1),
      workers_2_startup_s: startup(2),
      workers_4_startup_s: startup(4),
      worker_batch: batch,
      workers_best: best?.workers ?? null,
      real_run_jobs: real ? realJobs : null,
      real_run_workers: real?.workers ?? null,
      real_run_per_s: real?.perSecond ?? null,
      real_run_wall_s: real?.wallSeconds ?? null,
      real_run_wall_per_s: real?.wallPerSecond ?? null,
      worker_peak_rss_mb: workerRuns.size ? workerRss : null,
      sqlite_ingest_per_s: sqlite.perSecond,
      sqlite_ingest_rss_mb: sqlite.peakRssMb,
      stream_articles: streamLines,
      stream_per_s: stream.perSecond,
      stream_100k_rss_mb: stream.peakRssMb,
      stream_rss_first_quarter_mb: stream.rssFirstQuarterMb,
      stream_rss_last_quarter_mb: stream.rssLastQuarterMb,
      stream_killed_at: stream.killedAt,
      stream_resumed_at_line: stream.resumedAtLine,
      stream_redone: stream.redone,
      stream_resume_ok: stream.ok,
      bench_process_rss_mb: benchRssMb,
      peak_rss_mb: peak,
      // A projection from the best measured rate (working window), not a run of 100,000.
      gdelt_day_minutes: bestRate ? r1(GDELT_DAY / bestRate / 60) : null,
      gdelt_day_minutes_basis: best ? `projection from ${best.workers} worker(s) at ${best.perSecond}/s over ${best.jobs} jobs` : null,
      meets_code_target: one.codePerSecond >= TARGET_CODE_PER_S,
      meets_html_target: one.htmlPerSecond >= TARGET_HTML_PER_S,
      meets_gdelt_target: bestRate ? GDELT_DAY / bestRate / 60 < TARGET_GDELT_MINUTES : null,
      meets_stream_rss_target: stream.peakRssMb !== null ? stream.peakRssMb < TARGET_STREAM_RSS_MB : null,
      problems,
    };
    printTable(figures);
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    if (!stream.ok || problems.some((p) => !p.startsWith('workers skipped'))) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printTable(f: Record<string, unknown>): void {
  const rows: [string, unknown, string][] = [
    ['bare tokenization (wink-nlp), 1 core', f.tokenize_articles_per_s, 'articles/s (baseline)'],
    ['extract+code, clean text, 1 core', f.code_articles_per_s, `articles/s  (${f.code_vs_tokenize}x tokenize; target ≥ ${TARGET_CODE_PER_S})`],
    ['extract+code, news pages, 1 core', f.html_articles_per_s, `pages/s     (${f.html_vs_tokenize}x tokenize; target ≥ ${TARGET_HTML_PER_S})`],
    ['  extract only, news pages', f.extract_html_per_s, 'pages/s'],
    ['  code only (analyzeArticle)', f.analyze_per_s, `articles/s  (${f.events_per_article} events/article)`],
    ['1 worker, PostgreSQL', f.workers_1_per_s, `articles/s first claim to last completion (${f.worker_jobs} jobs, batches of ${f.worker_batch}; start-up ${f.workers_1_startup_s} s apart)`],
    ['2 workers, PostgreSQL', f.workers_2_per_s, `articles/s (start-up ${f.workers_2_startup_s} s)`],
    ['4 workers, PostgreSQL', f.workers_4_per_s, `articles/s (start-up ${f.workers_4_startup_s} s)`],
    ['1 process ingest, SQLite', f.sqlite_ingest_per_s, 'articles/s end to end'],
    [`streaming ingest, ${f.stream_articles} JSONL`, f.stream_per_s, `articles/s (killed at ${f.stream_killed_at}, resumed at line ${f.stream_resumed_at_line}, ${f.stream_redone} redone)`],
    ['  peak RSS of the ingest', f.stream_100k_rss_mb, `MB (first/last quarter ${f.stream_rss_first_quarter_mb}/${f.stream_rss_last_quarter_mb}; target < ${TARGET_STREAM_RSS_MB})`],
    ['peak RSS, bench process / workers', `${f.bench_process_rss_mb} / ${f.worker_peak_rss_mb}`, 'MB'],
    ['100,000 articles on this machine', f.gdelt_day_minutes, `min, PROJECTED from the best rate above (${f.workers_best} worker(s); target < ${TARGET_GDELT_MINUTES})`],
  ];
  if (f.real_run_jobs) {
    rows.push([`real run, ${f.real_run_jobs} jobs, ${f.real_run_workers} worker(s)`, f.real_run_per_s,
      `articles/s working; ${f.real_run_wall_per_s}/s over ${f.real_run_wall_s} s wall (start-up included)`]);
  }
  rows.push(['machine: cores / 1-min load average', `${f.cpus} / ${f.load_average}`, 'single-core rates are per CPU-second; the rest is wall time']);
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [name, value, unit] of rows) process.stdout.write(`${name.padEnd(w)}  ${String(value ?? 'n/a').padStart(9)}  ${unit}\n`);
  for (const p of f.problems as string[]) process.stdout.write(`problem: ${p}\n`);
}

await main();
