/**
 * PostgreSQL text and jsonb cannot hold U+0000, which scraped pages sometimes contain. Replacing it
 * with U+FFFD (one UTF-16 unit for one) keeps every character offset valid; SQLite stores NUL as is.
 * @example replaceNul({ text: 'a\u0000b' }) deep-equals { text: 'a\uFFFDb' }
 */
export function replaceNul<T>(value: T): T {
  if (typeof value === 'string') return (value.includes('\u0000') ? value.replaceAll('\u0000', '\uFFFD') : value) as T;
  if (Array.isArray(value)) return value.map(replaceNul) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[replaceNul(k)] = replaceNul(v);
    return out as T;
  }
  return value;
}
