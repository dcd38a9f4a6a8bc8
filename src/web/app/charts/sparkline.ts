/** A small trust line for the overview table: [-1, 1] on a fixed scale, zero line drawn. */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { s } from '../dom.js';

export function sparkline(points: { date: string; trust: number }[], color: string, width = 120, height = 28): SVGSVGElement {
  const svg = s('svg', { class: 'spark', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': 'trust over time' });
  const y = scaleLinear().domain([-1, 1]).range([height - 2, 2]);
  svg.append(s('line', { x1: 0, x2: width, y1: y(0), y2: y(0), class: 'zero' }));
  if (points.length === 0) return svg;
  const dates = points.map((p) => new Date(`${p.date}T00:00:00Z`));
  const x = scaleUtc().domain([dates[0], dates[dates.length - 1]]).range([2, width - 2]);
  const d = line<{ date: string; trust: number }>().x((_, i) => x(dates[i])).y((p) => y(p.trust))(points);
  if (d) svg.append(s('path', { d, stroke: color, fill: 'none', 'stroke-width': 1.5 }));
  return svg;
}
