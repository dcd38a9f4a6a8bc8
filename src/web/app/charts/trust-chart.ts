/**
 * The pair chart: trust (solid) and baseline (dashed) over time, crisis episodes shaded, each event a
 * marker on the trust line (red conflict, green cooperation), tit-for-tat exchanges linked by an arc,
 * de-escalation steps as upward triangles. `onSelect` gets the event key of a clicked marker.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import type { PairDetail } from '../api.js';
import { s } from '../dom.js';
import { COOPERATION, CONFLICT, isConflict } from '../states.js';

const W = 760, H = 300, M = { top: 16, right: 16, bottom: 28, left: 40 };

const day = (d: string) => new Date(`${d}T00:00:00Z`);

export function trustChart(p: PairDetail, onSelect: (key: string) => void): SVGSVGElement {
  const svg = s('svg', { class: 'trust-chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `trust between ${p.names[0]} and ${p.names[1]} over time` });
  const pts = p.series.trust;
  if (pts.length === 0) {
    svg.append(s('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'muted' }, 'no dated events'));
    return svg;
  }
  const first = day(pts[0].date), last = day(pts[pts.length - 1].date);
  const x = scaleUtc().domain([first, last.getTime() === first.getTime() ? new Date(first.getTime() + 86_400_000) : last]).range([M.left, W - M.right]);
  const y = scaleLinear().domain([-1, 1]).range([H - M.bottom, M.top]);
  const trustOn = new Map(pts.map((q) => [q.date, q.trust]));

  // Axes: y at −1, −0.5, 0, 0.5, 1; x with a few date ticks.
  const axis = s('g', { class: 'axis' });
  for (const t of [-1, -0.5, 0, 0.5, 1]) {
    axis.append(s('line', { x1: M.left, x2: W - M.right, y1: y(t), y2: y(t), class: t === 0 ? 'zero' : 'grid' }));
    axis.append(s('text', { x: M.left - 6, y: y(t) + 4, 'text-anchor': 'end' }, t.toFixed(1)));
  }
  for (const t of x.ticks(6)) {
    axis.append(s('text', { x: x(t), y: H - 8, 'text-anchor': 'middle' }, t.toISOString().slice(0, 10)));
  }
  svg.append(axis);

  for (const ep of p.episode_list) {
    const x0 = x(day(ep.opened)), x1 = x(day(ep.closed ?? pts[pts.length - 1].date));
    svg.append(s('rect', { class: 'episode', x: x0, y: M.top, width: Math.max(2, x1 - x0), height: H - M.top - M.bottom }, s('title', {}, `crisis ${ep.opened} → ${ep.closed ?? 'open'}`)));
  }

  const mk = (key: 'trust' | 'baseline') => line<(typeof pts)[number]>().x((q) => x(day(q.date))).y((q) => y(q[key]))(pts) ?? '';
  svg.append(s('path', { class: 'baseline-line', d: mk('baseline') }));
  svg.append(s('path', { class: 'trust-line', d: mk('trust') }));

  const pos = new Map<string, { cx: number; cy: number }>();
  const byDay = new Map<string, number>();
  for (const e of p.event_list) {
    if (!e.date) continue;
    const n = byDay.get(e.date) ?? 0;
    byDay.set(e.date, n + 1);
    // Several events on one day stack upwards so each can be clicked.
    pos.set(e.key, { cx: x(day(e.date)), cy: y(trustOn.get(e.date) ?? 0) - n * 12 });
  }

  for (const t of p.tit_for_tat_list) {
    const a = pos.get(t.first_key), b = pos.get(t.response_key);
    if (!a || !b) continue;
    const lift = Math.min(60, Math.abs(b.cx - a.cx) / 2 + 20);
    svg.append(s('path', { class: 'tft', d: `M${a.cx},${a.cy} Q${(a.cx + b.cx) / 2},${Math.min(a.cy, b.cy) - lift} ${b.cx},${b.cy}` },
      s('title', {}, `tit-for-tat: ${t.initiator} ${t.first} → ${t.responder} ${t.response} (${t.lag_days} d)`)));
  }

  for (const e of p.event_list) {
    const at = pos.get(e.key);
    if (!at) continue;
    const conflict = isConflict(e.quad);
    const label = `${e.date} ${e.source.country ?? e.source.name} → ${e.target?.country ?? e.target?.name ?? '—'} CAMEO ${e.cameo}`;
    const attrs = {
      class: `marker ${conflict ? 'conflict' : 'cooperation'}${e.de_escalation ? ' deesc' : ''}`,
      'data-key': e.key, tabindex: 0, role: 'button', 'aria-label': label,
      fill: conflict ? CONFLICT : COOPERATION,
      onclick: () => onSelect(e.key),
      onkeydown: (ev: Event) => { if ((ev as KeyboardEvent).key === 'Enter') onSelect(e.key); },
    };
    const shape = e.de_escalation
      ? s('path', { ...attrs, d: `M${at.cx},${at.cy - 7} L${at.cx + 7},${at.cy + 5} L${at.cx - 7},${at.cy + 5} Z` })
      : s('circle', { ...attrs, cx: at.cx, cy: at.cy, r: 5.5 });
    shape.append(s('title', {}, e.de_escalation ? `${label} — de-escalation: ${e.de_escalation}` : label));
    svg.append(shape);
  }
  return svg;
}

export function chartLegend(): HTMLElement {
  const item = (svg: SVGSVGElement, text: string) => {
    const li = document.createElement('li');
    li.append(svg, document.createTextNode(text));
    return li;
  };
  const ul = document.createElement('ul');
  ul.className = 'legend';
  const box = (...kids: SVGElement[]) => s('svg', { width: 22, height: 12, viewBox: '0 0 22 12' }, ...kids);
  ul.append(
    item(box(s('line', { x1: 0, x2: 22, y1: 6, y2: 6, class: 'trust-line' })), 'trust'),
    item(box(s('line', { x1: 0, x2: 22, y1: 6, y2: 6, class: 'baseline-line' })), 'baseline'),
    item(box(s('circle', { cx: 11, cy: 6, r: 5, fill: CONFLICT })), 'conflict'),
    item(box(s('circle', { cx: 11, cy: 6, r: 5, fill: COOPERATION })), 'cooperation'),
    item(box(s('path', { d: 'M11,0 L17,11 L5,11 Z', fill: COOPERATION })), 'de-escalation step'),
    item(box(s('path', { d: 'M1,10 Q11,-4 21,10', class: 'tft' })), 'tit-for-tat'),
    item(box(s('rect', { x: 0, y: 0, width: 22, height: 12, class: 'episode' })), 'crisis episode'),
  );
  return ul;
}
