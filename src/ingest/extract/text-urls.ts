/**
 * The article's own URL among the URLs a text dump prints ("Read this article in" + URL,
 * a share link, a subscription page): the one that looks most like an article.
 */
import { dateFromUrl } from './normalize-date.js';

/** id: promo-url; example: `https://www.example.com/subscribe` is never the article. */
const PROMO_PATH = /\/(?:subscribe|subscription|newsletters?|signup|sign-up|login|register|account|donate|membership|privacy|terms|cookies?|about|contact|help|app)\b/i;

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'“”‘’]+/gi;

export function pickArticleUrl(text: string): string | null {
  let best: { url: string; score: number } | null = null;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const url = m[0].replace(/[.,;:!?)\]]+$/, '');
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      continue;
    }
    if (PROMO_PATH.test(u.pathname) || /\.(?:png|jpe?g|gif|svg|webp|css|js|pdf)$/i.test(u.pathname)) continue;
    const segments = u.pathname.split('/').filter(Boolean);
    if (segments.length === 0) continue;
    const slug = segments[segments.length - 1];
    // An article URL has a dated path or a long hyphenated slug; a section page has neither.
    const score = (dateFromUrl(url) ? 3 : 0) + (slug.split('-').length >= 4 ? 2 : 0) + Math.min(segments.length, 4) * 0.25;
    if (score >= 1 && (!best || score > best.score)) best = { url, score };
  }
  return best?.url ?? null;
}
