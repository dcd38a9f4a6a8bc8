/**
 * One spelling per article URL, so the same page reached through a newsletter link, a feed
 * and a share button gets one identity.
 */

/**
 * Query parameters that track the click, not the content. id: tracking-params;
 * example: `?utm_source=twitter&fbclid=…` → removed.
 */
const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ocid|cmpid|smid|ref_src|taid|ito|at_\w+|__twitter_impression)$/i;

/**
 * Normalize a URL: lowercase scheme and host, no default port, no fragment, no tracking
 * parameters, no trailing slash (except the root). Returns null for a string that is not an
 * absolute http(s) URL.
 */
export function canonicalizeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.username = '';
  u.password = '';
  for (const key of [...u.searchParams.keys()]) if (TRACKING_PARAM.test(key)) u.searchParams.delete(key);
  if (u.pathname !== '/') u.pathname = u.pathname.replace(/\/+$/, '');
  // URL already lowercases the host and drops default ports.
  let s = u.toString();
  if (s.endsWith('?')) s = s.slice(0, -1);
  if (u.pathname === '/' && u.search === '') s = s.replace(/\/$/, '');
  return s;
}

/** The outlet as a domain: host without `www.`/`m.`/`amp.`, e.g. `www.csmonitor.com` → `csmonitor.com`. */
export function domainOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^(?:www\d?|m|amp|mobile)\./i, '') || null;
  } catch {
    return null;
  }
}
