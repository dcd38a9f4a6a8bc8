/** Trust over time as text for a terminal: a small line chart with a date axis, and a sparkline. */

export interface ChartPoint {
  date: string;
  trust: number;
  baseline?: number;
}

export interface TerminalChartOptions {
  /** Columns of the plot area. Default 60. */
  width?: number;
  /** Rows of the plot area (−1 at the bottom, +1 at the top). Default 9. */
  height?: number;
}

const SPARK = '▁▂▃▄▅▆▇█';

/** One value per column: the mean of the days that fall in it. */
function columns(points: ChartPoint[], width: number): { trust: number; baseline: number | null }[] {
  const n = Math.min(width, points.length);
  const out: { trust: number; baseline: number | null }[] = [];
  for (let c = 0; c < n; c++) {
    const slice = points.slice(Math.floor((c * points.length) / n), Math.floor(((c + 1) * points.length) / n));
    const mean = (f: (p: ChartPoint) => number) => slice.reduce((s, p) => s + f(p), 0) / slice.length;
    out.push({ trust: mean((p) => p.trust), baseline: slice.every((p) => p.baseline !== undefined) ? mean((p) => p.baseline!) : null });
  }
  return out;
}

/** A sparkline of trust, one block per column, scaled on [-1, 1] so lines compare across pairs. */
export function sparkline(points: ChartPoint[], width = 60): string {
  return columns(points, width).map((c) => SPARK[Math.round(((c.trust + 1) / 2) * (SPARK.length - 1))]).join('');
}

/**
 * A line chart of trust (●) over its baseline (·) with a zero line, y axis −1…1 and the first and
 * last dates under it. Empty series give "(no dated events)".
 */
export function terminalChart(points: ChartPoint[], opts: TerminalChartOptions = {}): string {
  if (points.length === 0) return '(no dated events)';
  const width = opts.width ?? 60, height = opts.height ?? 9;
  const cols = columns(points, width);
  const row = (v: number) => Math.round(((1 - v) / 2) * (height - 1));
  const grid = Array.from({ length: height }, () => Array.from({ length: cols.length }, () => ' '));
  const zero = row(0);
  cols.forEach((c, x) => {
    grid[zero][x] = '─';
    if (c.baseline !== null) grid[row(c.baseline)][x] = '·';
    grid[row(c.trust)][x] = '●';
  });
  const label = (r: number) => {
    const v = 1 - (2 * r) / (height - 1);
    return r === 0 || r === zero || r === height - 1 ? v.toFixed(1).padStart(5) : '     ';
  };
  const lines = grid.map((cells, r) => `${label(r)} ┤${cells.join('')}`);
  const first = points[0].date, last = points[points.length - 1].date;
  lines.push(`      └${'─'.repeat(cols.length)}`);
  lines.push(`       ${first}${' '.repeat(Math.max(1, cols.length - first.length - last.length))}${last}`);
  lines.push(`       ${sparkline(points, width)}  trust ${points[points.length - 1].trust.toFixed(2)}`);
  return lines.join('\n');
}
