import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeRelations } from '../relations.js';
import { iranPakistan2024 } from '../testing/make-events.js';
import { pngFromSvg } from './png.js';
import { svgChart } from './svg-chart.js';
import { sparkline, terminalChart } from './terminal-chart.js';

const [report] = analyzeRelations(iranPakistan2024(), [], { asOf: '2024-03-31' });

test('the terminal chart has a y axis, the trust line and both end dates', () => {
  const text = terminalChart(report.series.trust, { width: 40, height: 9 });
  const lines = text.split('\n');
  assert.equal(lines.length, 9 + 3);
  assert.match(lines[0], /^ {2}1\.0 ┤/);
  assert.match(lines[8], /^ -1\.0 ┤/);
  assert.match(text, /2024-01-15 +2024-03-31/);
  assert.ok(lines.slice(0, 9).every((l) => l.length === 7 + 40));
  // The low comes right after the strikes: the lowest ● is in the first columns.
  const lowest = lines.slice(0, 9).reverse().find((l) => l.includes('●'))!;
  assert.ok(lowest.indexOf('●') - 7 < 5);
  assert.equal(terminalChart([]), '(no dated events)');
  assert.equal(sparkline([{ date: '2024-01-01', trust: -1 }, { date: '2024-01-02', trust: 1 }]), '▁█');
});

test('the SVG marks hostile acts, de-escalation steps, the tit-for-tat link and the episode', () => {
  const svg = svgChart(report.series.trust, report.eventList, { titForTat: report.tit_for_tat, episodes: report.episodes, title: 'Iran – Pakistan <trust>' });
  assert.equal((svg.match(/class="hostile"/g) ?? []).length, 2);
  assert.equal((svg.match(/class="de-escalation"/g) ?? []).length, 3);
  assert.equal((svg.match(/class="tit-for-tat"/g) ?? []).length, 1);
  assert.match(svg, />2d</);
  assert.match(svg, /class="episode"/);
  assert.match(svg, /&#60;trust&#62;/);
  const png = pngFromSvg(svg);
  assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]);
});
