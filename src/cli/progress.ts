/** A progress bar on stderr for long work, shown only when stderr is a terminal and the work is more than a handful. */
import cliProgress from 'cli-progress';

export interface Progress {
  tick(label?: string): void;
  /** Raises the total when it becomes known while streaming. */
  setTotal(total: number): void;
  stop(): void;
}

/** Below this many inputs a bar is noise. */
const MIN_ITEMS_FOR_BAR = 6;

export function startProgress(total: number | null, what = 'documents'): Progress {
  const show = process.stderr.isTTY && !process.env.CI && (total == null || total >= MIN_ITEMS_FOR_BAR);
  if (!show) return { tick() {}, setTotal() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: `{bar} {value}/{total} ${what} | {eta_formatted} left | {label}`, stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total ?? 0, 0, { label: '' });
  let value = 0;
  return {
    tick(label = '') {
      value++;
      bar.update(value, { label: label.length > 40 ? '…' + label.slice(-39) : label });
    },
    setTotal(t: number) {
      bar.setTotal(t);
    },
    stop() {
      bar.stop();
    },
  };
}
