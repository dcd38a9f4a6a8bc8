/** Plain-text tables and CSV for the terminal formats. */

/** A fixed-width table; cells longer than `maxWidth` are cut with an ellipsis. */
export function formatTable(headers: string[], rows: (string | number | null)[][], maxWidth = 60): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => cut(c == null ? '' : String(c), maxWidth)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n') + '\n';
}

function cut(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return [...flat].length > max ? [...flat].slice(0, max - 1).join('') + '…' : flat;
}

/** RFC 4180 CSV: quotes fields that hold a comma, quote or line break. */
export function formatCsv(headers: string[], rows: (string | number | null)[][]): string {
  const esc = (v: string | number | null) => {
    const s = v == null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [headers, ...rows].map((r) => r.map(esc).join(',')).join('\n') + '\n';
}
