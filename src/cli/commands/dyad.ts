/**
 * `detente dyad A B`: one pair over time — the trust index with its events, tit-for-tat, episodes and
 * outlook; `--explain DATE` lists the events behind the value of that day; `--plot` writes a chart.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { analyzeRelations, explainDyad, pngFromSvg, svgChart, terminalChart, toRelationsJson, type DyadReport } from '../../relations/index.js';
import { gather, checkDate } from '../gather.js';
import { FailureLog, UsageError } from '../errors.js';
import { formatTable } from '../table.js';
import { inputOptions } from '../options.js';
import { Option } from 'commander';

export function registerDyad(program: Command): void {
  const cmd = program
    .command('dyad')
    .description('one pair of countries over time: trust, events, tit-for-tat, episodes, outlook')
    .argument('<a>', 'ISO3 code of one country, e.g. IRN')
    .argument('<b>', 'ISO3 code of the other, e.g. PAK')
    .argument('[inputs...]', 'paths or URLs to analyse instead of the database')
    .option('--from <YYYY-MM-DD>', 'first day shown')
    .option('--to <YYYY-MM-DD>', 'last day shown (and the day the relation is judged on)')
    .option('--explain <YYYY-MM-DD>', 'list the events that make the trust index of that day')
    .option('--plot <file.svg|file.png>', 'write the trust chart with its events')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'));
  inputOptions(cmd).action(async (a: string, b: string, inputs: string[], opts) => {
    const [x, y] = [a.toUpperCase(), b.toUpperCase()];
    for (const c of [x, y]) if (!/^[A-Z]{3}$/.test(c)) throw new UsageError(`${c}: not an ISO3 country code (e.g. IRN, PAK)`);
    for (const [flag, v] of [['--from', opts.from], ['--to', opts.to], ['--explain', opts.explain]] as const) checkDate(v, flag);
    const failures = new FailureLog();
    const { events, statements } = await gather(inputs, opts, failures);
    const report = analyzeRelations(events, statements, { asOf: opts.to }).find((r) => r.dyad.includes(x) && r.dyad.includes(y));
    if (!report) throw new UsageError(`${x}–${y}: nothing in the inputs speaks about this pair`);
    const points = report.series.trust.filter((p) => (!opts.from || p.date >= opts.from) && (!opts.to || p.date <= opts.to));
    if (opts.plot) writePlot(opts.plot, report, points);
    if (opts.format === 'json') {
      const json = { ...toRelationsJson([report])[0], series: points, explain: opts.explain ? explainDyad(report, opts.explain) : undefined };
      process.stdout.write(JSON.stringify(json, null, 2) + '\n');
    } else {
      process.stdout.write(dyadText(report, points, opts.explain));
    }
    failures.settle();
  });
}

function writePlot(file: string, report: DyadReport, points: DyadReport['series']['trust']): void {
  const svg = svgChart(points, report.eventList, { titForTat: report.tit_for_tat, episodes: report.episodes, title: `${report.dyad.join('–')}: trust index` });
  if (/\.png$/i.test(file)) writeFileSync(file, pngFromSvg(svg));
  else if (/\.svg$/i.test(file)) writeFileSync(file, svg);
  else throw new UsageError(`${file}: --plot writes .svg or .png`);
  process.stderr.write(`detente: chart written to ${file}\n`);
}

export function dyadText(r: DyadReport, points: DyadReport['series']['trust'], explain?: string): string {
  const out: string[] = [];
  out.push(`${r.dyad.join('–')}: ${r.state} (trust ${r.trust.toFixed(2)}, baseline ${r.baseline.toFixed(2)}, as of ${r.asOf})`);
  out.push(`  why: ${r.stateRule.reason}`);
  if (points.length > 1) out.push('', terminalChart(points.map((p) => ({ date: p.date, trust: p.trust, baseline: p.baseline })), { width: Math.min(72, (process.stdout.columns ?? 80) - 8) }));
  out.push('', formatTable(['date', 'source', 'cameo', 'target', 'modality', 'mentions', 'evidence'],
    r.eventList.map((e) => [e.date, e.source.country ?? e.source.name, e.cameo, e.target?.country ?? e.target?.name ?? null, e.modality, e.mentions, e.evidence]), 70).trimEnd());
  for (const t of r.tit_for_tat) out.push(`tit-for-tat: ${t.initiator} ${t.first} → ${t.responder} ${t.response} (lag ${t.lag_days} d, intensity ratio ${t.intensity_ratio})`);
  for (const e of r.episodes) {
    out.push(`crisis: opened ${e.opened}, peak ${e.peak} (trust ${e.peakTrust.toFixed(2)}), ${e.closed ? `closed ${e.closed}` : 'still open'}`);
    for (const s of e.deEscalation) out.push(`  de-escalation ${s.date}: ${s.cameo} ${s.rule}`);
  }
  for (const s of r.statements) out.push(`statement (${s.state}): ${s.sentence}`);
  if (r.outlook) {
    out.push('', 'outlook:');
    for (const f of r.outlook.evidenceFor) out.push(`  + ${f.date ?? ''} ${f.text}`.trimEnd());
    for (const f of r.outlook.evidenceAgainst) out.push(`  − ${f.date ?? ''} ${f.text}`.trimEnd());
    if (r.outlook.estimate) out.push(`  trust back to baseline around ${r.outlook.estimate.expected} (between ${r.outlook.estimate.earliest} and ${r.outlook.estimate.latest}); ${r.outlook.estimate.basis}`);
    if (r.outlook.note) out.push(`  ${r.outlook.note}`);
  }
  if (explain) {
    const x = explainDyad(r, explain);
    out.push('', `trust on ${x.date} = ${x.trust.toFixed(3)} = baseline term ${x.baselineTerm.toFixed(3)} + the events below (baseline ${x.baseline.toFixed(3)})`);
    out.push(formatTable(['date', 'source', 'cameo', 'target', 'goldstein', 'weight', 'decay', 'contribution'],
      x.contributions.map((c) => [c.date, c.source, c.cameo, c.target, c.goldstein, c.weight.toFixed(2), c.decay.toFixed(3), c.contribution.toFixed(3)])).trimEnd());
  }
  return out.join('\n') + '\n';
}
