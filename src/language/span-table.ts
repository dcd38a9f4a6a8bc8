/**
 * A table of words met before, looked up by a span of the text being scanned, so that a
 * tokenizer can find a known word without slicing it out: news text repeats a small vocabulary,
 * and a word's derived forms (lower case, lemma) are then computed once per process, not once per
 * occurrence. Its strings are the same objects each time, so later Map lookups on them reuse
 * their cached hashes.
 *
 * The scanner hashes the span as it reads it, with spanHash (the table's own hash of a key).
 * Open addressing, never cleared (an index, once given, names its word for good); full at
 * `capacity`, after which callers build new words afresh and do not keep them.
 */

/** The running hash of a span: start with the first char code, then h = hashStep(h, next code). */
export function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

/** The hash of the whole of `s`, as a scanner computes it with hashStep. */
export function spanHash(s: string): number {
  let h = s.length > 0 ? s.charCodeAt(0) : 0;
  for (let k = 1; k < s.length; k++) h = hashStep(h, s.charCodeAt(k));
  return h;
}

export class SpanTable<T> {
  private readonly keys: string[] = [];
  /** values[i] belongs to the i-th key added. */
  readonly values: T[] = [];
  private bits: number;
  /**
   * Two ints per slot, key index + 1 (0: empty) and hash, side by side so that a probe reads one
   * cache line. The slots grow with the keys (kept under a quarter full, for short probe runs), not to `capacity` at once:
   * a table sized for its fill stays in the CPU cache, where a sparse one misses on every probe.
   */
  private slots: Int32Array;

  constructor(readonly capacity: number) {
    this.bits = 10;
    this.slots = new Int32Array(2 << this.bits);
  }

  get full(): boolean {
    return this.keys.length >= this.capacity;
  }

  /** Index of the key equal to s[from, to) (whose spanHash is h), or -1. */
  find(s: string, from: number, to: number, h: number): number {
    const len = to - from;
    const bits = this.bits;
    const mask = (1 << bits) - 1;
    const slots = this.slots;
    // The multiply spreads short words' small hashes over the table.
    for (let slot = Math.imul(h, 0x9e3779b1) >>> (32 - bits); ; slot = (slot + 1) & mask) {
      const e = slots[2 * slot]!;
      if (e === 0) return -1;
      if (slots[2 * slot + 1] !== h) continue;
      const key = this.keys[e - 1]!;
      if (key.length === len && s.startsWith(key, from)) return e - 1;
    }
  }

  /**
   * Adds a key not in the table (spanHash h) with its value; returns its index, or -1 when full.
   * The key should not be a slice of a longer text (it would keep that text alive): see ownCopy.
   */
  add(key: string, h: number, value: T): number {
    if (this.full) return -1;
    if (4 * (this.keys.length + 1) > 1 << this.bits) this.grow();
    this.keys.push(key);
    this.values.push(value);
    this.place(this.keys.length, h);
    return this.keys.length - 1;
  }

  private place(entry: number, h: number): void {
    const mask = (1 << this.bits) - 1;
    let slot = Math.imul(h, 0x9e3779b1) >>> (32 - this.bits);
    while (this.slots[2 * slot] !== 0) slot = (slot + 1) & mask;
    this.slots[2 * slot] = entry;
    this.slots[2 * slot + 1] = h;
  }

  private grow(): void {
    const old = this.slots;
    this.bits++;
    this.slots = new Int32Array(2 << this.bits);
    for (let s = 0; s < old.length; s += 2) if (old[s] !== 0) this.place(old[s]!, old[s + 1]!);
  }
}

/**
 * `s` in memory of its own. V8 makes a slice of 13 or more characters a view into the text it was
 * cut from; a table that kept it would keep every article it met.
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : s.split('').join('');
}
