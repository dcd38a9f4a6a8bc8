/** Trust over time as SVG: trust and baseline lines, crisis episodes shaded, events and tit-for-tat marked. */
import type { CodedEvent } from '../../coding/types.js';
import { dayNumber } from '../dates.js';
import { deEscalationRule } from '../de-escalation.js';
import type { Episode } from '../episodes.js';
import { isHostile, type TitForTat } from '../tit-for-tat.js';
import type { ChartPoint } from './terminal-chart.js';

export interface SvgChartOptions {
  title?: string;
  /** Pixels. Defaults 800 × 320. */
  width?: number;
  height?: number;
  titForTat?: TitForTat[];
  episodes?: Episode[];
}

const esc = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * An SVG chart. Hostile acts are red triangles along the top, de-escalation steps green circles along
 * the bottom, other events grey ticks; each tit-for-tat link is an arc from the first act to the
 * response, labelled with its lag; episodes are shaded from opening to closing (or to the end).
 */
export function svgChart(points: ChartPoint[], events: CodedEvent[], opts: SvgChartOptions = {}): string {
  const W = opts.width ?? 800, H = opts.height ?? 320;
  const m = { l: 44, r: 16, t: 40, b: 40 };
  const pw = W - m.l - m.r, ph = H - m.t - m.b;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`);
  parts.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  if (opts.title) parts.push(`<text x="${m.l}" y="16" font-size="14" font-weight="bold">${esc(opts.title)}</text>`);
  if (points.length === 0) {
    parts.push(`<text x="${W / 2}" y="${H / 2}" text-anchor="middle">no dated events</text></svg>`);
    return parts.join('\n');
  }
  const d0 = dayNumber(points[0].date), d1 = Math.max(dayNumber(points[points.length - 1].date), d0 + 1);
  const x = (date: string) => m.l + ((dayNumber(date) - d0) / (d1 - d0)) * pw;
  const y = (v: number) => m.t + ((1 - v) / 2) * ph;
  const f = (n: number) => n.toFixed(1);
  for (const ep of opts.episodes ?? []) {
    const x0 = x(ep.opened), x1 = x(ep.closed ?? points[points.length - 1].date);
    parts.push(`<rect class="episode" x="${f(x0)}" y="${m.t}" width="${f(Math.max(x1 - x0, 1))}" height="${ph}" fill="#fde8e8"/>`);
  }
  for (const v of [-1, -0.5, 0, 0.5, 1]) {
    parts.push(`<line x1="${m.l}" x2="${m.l + pw}" y1="${f(y(v))}" y2="${f(y(v))}" stroke="${v === 0 ? '#888' : '#eee'}"/>`);
    parts.push(`<text x="${m.l - 6}" y="${f(y(v) + 4)}" text-anchor="end">${v.toFixed(1)}</text>`);
  }
  const line = (get: (p: ChartPoint) => number | undefined) =>
    points.filter((p) => get(p) !== undefined).map((p) => `${f(x(p.date))},${f(y(get(p)!))}`).join(' ');
  if (points.every((p) => p.baseline !== undefined)) parts.push(`<polyline class="baseline" points="${line((p) => p.baseline)}" fill="none" stroke="#999" stroke-dasharray="4 3"/>`);
  parts.push(`<polyline class="trust" points="${line((p) => p.trust)}" fill="none" stroke="#1f4e9c" stroke-width="2"/>`);
  for (const e of events) {
    if (!e.date || e.date < points[0].date || e.date > points[points.length - 1].date) continue;
    const ex = f(x(e.date));
    const tip = `<title>${esc(`${e.date} ${e.source?.country ?? '?'}→${e.target?.country ?? '?'} ${e.cameo}: ${e.evidence}`)}</title>`;
    if (isHostile(e)) parts.push(`<path class="hostile" d="M${ex},${m.t + 10} l-5,-9 h10 z" fill="#c62828">${tip}</path>`);
    else if (deEscalationRule(e) && e.goldstein > 0) parts.push(`<circle class="de-escalation" cx="${ex}" cy="${m.t + ph - 6}" r="5" fill="#2e7d32">${tip}</circle>`);
    else parts.push(`<line class="event" x1="${ex}" x2="${ex}" y1="${m.t + ph}" y2="${m.t + ph - 8}" stroke="#777">${tip}</line>`);
  }
  for (const t of opts.titForTat ?? []) {
    const a = x(t.first), b = x(t.response), mid = (a + b) / 2;
    parts.push(`<path class="tit-for-tat" d="M${f(a)},${m.t} Q${f(mid)},${m.t - 24} ${f(b)},${m.t}" fill="none" stroke="#c62828" marker-end="url(#arrow)"/>`);
    parts.push(`<text x="${f(mid)}" y="${m.t - 14}" text-anchor="middle" fill="#c62828">${t.lag_days}d</text>`);
  }
  parts.splice(1, 0, '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#c62828"/></marker></defs>');
  parts.push(`<text x="${m.l}" y="${H - 12}">${points[0].date}</text>`);
  parts.push(`<text x="${m.l + pw}" y="${H - 12}" text-anchor="end">${points[points.length - 1].date}</text>`);
  parts.push('</svg>');
  return parts.join('\n');
}
