/**
 * A large corpus for the benchmark, in our own words: the synthetic articles of
 * coder-throughput-corpus.ts given a headline, URL, outlet, byline and date, as clean text and
 * as the news page a crawler would save (navigation, cookie banner, promos, related stories,
 * newsletter box, footer, scripts). Generated in chunks so a 100,000-article JSONL dump is
 * written in flat memory.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Article, RawDocument } from '../ingest/types.js';
import { bodyText, rng, syntheticArticles } from './coder-throughput-corpus.js';

/** One generated article in the two forms the pipeline reads. */
export interface BenchDocument {
  /** The clean article (what extraction should give back). */
  article: Article;
  url: string;
  title: string;
  /** YYYY-MM-DD. */
  published: string;
  outlet: string;
  byline: string;
  /** The article as a plain-text dump: headline, byline, paragraphs. */
  text: string;
  /** The article inside a full news page. */
  html: string;
}

/** Articles generated per call of syntheticArticles; each chunk has its own seed. */
const CHUNK = 500;

const OUTLETS = [
  { name: 'The Frontier Ledger', host: 'frontier-ledger.example', layout: 0 },
  { name: 'Capital Wire', host: 'capitalwire.example', layout: 1 },
  { name: 'Global Desk Daily', host: 'globaldesk.example', layout: 2 },
] as const;
const AUTHORS = ['Mara Quell', 'Tobias Renn', 'Ines Okafor', 'Dariusz Wend', 'Lena Farrow', 'Samir Haddon'];
const SECTIONS = ['World', 'Politics', 'Business', 'Opinion', 'Science', 'Sport', 'Culture', 'Travel', 'Podcasts', 'Video'];
const RELATED = [
  'Five things to watch at this week\'s summit', 'How border trade shapes regional politics',
  'Explainer: what a ceasefire means in practice', 'Photos: a week in the capital',
  'Opinion: diplomacy needs patience', 'The long history of a disputed frontier',
];

/** Pieces of the background sentences that make each paragraph of an article its own (real reports rarely repeat themselves). */
const PEOPLE = ['a retired general', 'a former ambassador', 'a regional analyst', 'a shopkeeper', 'a local councillor', 'an aid worker', 'a university lecturer', 'a truck driver', 'a border official', 'a human rights lawyer'];
const TOWNS = ['the river port', 'the provincial capital', 'a market town', 'the mountain pass', 'the old quarter', 'a fishing village', 'the railway junction', 'the northern suburbs', 'a refugee camp', 'the customs post'];
const ACTIVITY = ['queues of lorries stretched for miles', 'schools closed for the rest of the week', 'the price of flour doubled', 'night flights were suspended', 'hospitals asked for blood donors', 'families moved in with relatives', 'mobile networks went down for hours', 'farmers left their fields unharvested', 'the main bridge was closed to traffic', 'fuel stations ran dry'];
const OPINION = ['the crisis was years in the making', 'neither capital wants a wider war', 'mediators had been warning of this for months', 'public anger will make compromise harder', 'the economy cannot absorb another shock', 'outside powers are watching closely', 'the next few days will decide a great deal', 'the ceasefire talks deserve a second chance', 'domestic politics is driving the escalation', 'trade links may yet pull both sides back'];
const WHEN = ['In the first hours', 'By the evening', 'Over the weekend', 'Before dawn', 'Later that week', 'Within a day', 'For most of the afternoon', 'Throughout the night'];

/** A background sentence from the pieces above: many thousands of distinct ones. */
function backgroundSentence(pick: <T>(xs: readonly T[]) => T): string {
  switch (Math.floor(pick([0, 1, 2, 3]))) {
    case 0: return `${pick(WHEN)} in ${pick(TOWNS)}, ${pick(ACTIVITY)}, according to ${pick(PEOPLE)} who asked not to be named.`;
    case 1: return `"I believe ${pick(OPINION)}," said ${pick(PEOPLE)} reached by telephone in ${pick(TOWNS)}.`;
    case 2: return `Residents of ${pick(TOWNS)} said ${pick(ACTIVITY)} and that ${pick(ACTIVITY)}.`;
    default: return `Speaking to reporters, ${pick(PEOPLE)} argued that ${pick(OPINION)}, while ${pick(PEOPLE)} said ${pick(OPINION)}.`;
  }
}

/**
 * Sentences of a synthetic article, each template once: its first four words name the template
 * (the two states are fixed per article), so "X decided this week to …" and "X decided earlier
 * this month to …" do not both appear, as no real report says the same thing twice.
 */
function sentencesOf(text: string): string[] {
  const byTemplate = new Map<string, string>();
  for (const s of text.split(/(?<=[.?!]"?)\s+(?=["A-Z])/)) {
    const key = s.split(/\s+/).slice(0, 4).join(' ');
    if (!byTemplate.has(key)) byTemplate.set(key, s);
  }
  return [...byTemplate.values()];
}

/**
 * Rebuilds a synthetic article so no paragraph restates another: its distinct event sentences,
 * interleaved with background sentences, in paragraphs of two to four sentences.
 */
function varied(base: Article, rand: () => number): Article {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const own = sentencesOf(base.text);
  const target = 350 + Math.floor(rand() * 300);
  const paragraphs: string[] = [];
  const used = new Set<string>();
  let words = 0;
  let k = 0;
  while (words < target) {
    const n = 2 + Math.floor(rand() * 3);
    const ss: string[] = [];
    for (let j = 0; j < n; j++) {
      let s = k < own.length && rand() < 0.5 ? own[k++] : backgroundSentence(pick);
      for (let tries = 0; used.has(s) && tries < 5; tries++) s = backgroundSentence(pick);
      used.add(s);
      ss.push(s);
    }
    const p = ss.join(' ');
    paragraphs.push(p);
    words += p.split(/\s+/).length;
  }
  return { ...base, ...bodyText(paragraphs) };
}

/** First words of the first sentence, as a headline. */
function headline(article: Article): string {
  const first = article.paragraphs[0]?.text ?? '';
  const words = first.split(/\s+/).slice(0, 9).join(' ').replace(/[,.;:"]+$/, '');
  return words || 'News report';
}

function dateOf(i: number): string {
  // Spread over 2024 so the store sees many months, as a real day's crawl mixes older pages.
  const d = new Date(Date.UTC(2024, 0, 1) + (i % 366) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A block of page script of the size real pages carry (analytics and ad configuration). */
function pageScript(i: number): string {
  const slots = Array.from({ length: 24 }, (_, k) => `{"id":"slot-${k}","sizes":[[300,250],[728,90]],"targeting":{"pos":"${k}","page":"${i}"}}`);
  return `window.__PAGE_CONFIG__={"ads":[${slots.join(',')}],"analytics":{"id":"UA-000-${i % 97}","consent":true}};`;
}

function navigation(outlet: (typeof OUTLETS)[number]): string {
  // A mega-menu: each section with its sub-sections, as large outlets print on every page.
  const links = SECTIONS.map((s) => {
    const sub = RELATED.map((_, k) => `<li><a href="https://${outlet.host}/${s.toLowerCase()}/topic-${k}">${s} topic ${k + 1}</a></li>`).join('');
    return `<li class="menu-item"><a href="https://${outlet.host}/${s.toLowerCase()}">${s}</a><ul class="sub-menu">${sub}</ul></li>`;
  }).join('');
  return `<header class="site-header"><a class="logo" href="https://${outlet.host}/">${outlet.name}</a>`
    + `<nav class="main-nav" aria-label="Sections"><ul>${links}</ul></nav>`
    + `<div class="account"><a href="/login">Sign in</a> <a class="cta" href="/subscribe">Subscribe</a></div></header>`;
}

function footer(outlet: (typeof OUTLETS)[number]): string {
  const cols = ['About us', 'Contact', 'Careers', 'Advertise', 'Privacy policy', 'Terms of use', 'Cookie settings', 'Accessibility']
    .map((s) => `<li><a href="/${s.toLowerCase().replace(/\s+/g, '-')}">${s}</a></li>`).join('');
  return `<footer class="site-footer"><ul class="footer-links">${cols}</ul>`
    + `<p class="copyright">© 2024 ${outlet.name}. All rights reserved. Reproduction without permission is prohibited.</p></footer>`;
}

function related(outlet: (typeof OUTLETS)[number], i: number): string {
  const items = RELATED.map((t, k) => `<li><a href="https://${outlet.host}/world/${i}-${k}"><img src="/img/${k}.jpg" alt=""><span>${t}</span></a></li>`).join('');
  return `<aside class="related"><h2>More from ${outlet.name}</h2><ul>${items}</ul></aside>`;
}

const PROMO = '<div class="promo"><p>Support independent journalism. Subscribe today for unlimited access to every story.</p><a href="/subscribe">Subscribe now</a></div>';
const NEWSLETTER = '<section class="newsletter"><h3>Get the morning briefing</h3><p>The day\'s most important stories, in your inbox every morning.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></section>';
const COOKIES = '<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience and to show relevant advertising. By continuing you accept our use of cookies.</p><button>Accept all</button><button>Manage</button></div>';

/** The article inside one of three page layouts with the furniture real news pages carry. */
function pageHtml(d: Omit<BenchDocument, 'html' | 'text'>, i: number): string {
  const outlet = OUTLETS.find((o) => o.name === d.outlet)!;
  const body = d.article.paragraphs.map((p, k) => {
    const para = `<p>${escapeHtml(p.text)}</p>`;
    // An ad slot and a "read more" link inside the body, as most outlets place them.
    if (k === 1) return `${para}<div class="ad-slot" id="ad-${i}-1"><span>Advertisement</span></div>`;
    if (k === 3) return `${para}<p class="read-more"><strong>Read more:</strong> <a href="https://${outlet.host}/world/${i}-r">${RELATED[i % RELATED.length]}</a></p>`;
    return para;
  }).join('\n');
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: d.title, datePublished: `${d.published}T06:00:00Z`, author: { '@type': 'Person', name: d.byline }, publisher: { '@type': 'Organization', name: d.outlet } });
  const head = `<head><meta charset="utf-8"><title>${escapeHtml(d.title)} | ${outlet.name}</title>`
    + `<meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<meta property="og:site_name" content="${outlet.name}"><meta property="og:title" content="${escapeHtml(d.title)}">`
    + `<meta property="article:published_time" content="${d.published}T06:00:00Z"><meta name="author" content="${d.byline}">`
    + `<link rel="canonical" href="${d.url}"><link rel="stylesheet" href="/static/site.css">`
    + `<script type="application/ld+json">${ld}</script><script>${pageScript(i)}</script>`
    + `<style>.site-header{display:flex}.promo{background:#fee}.ad-slot{min-height:250px}</style></head>`;
  const figure = `<figure class="lead-image"><img src="https://${outlet.host}/img/${i}.jpg" alt="">`
    + `<figcaption>Officials meet near the border crossing. <span class="credit">Photo: Staff Photographer/Agency</span></figcaption></figure>`;
  const byline = `<p class="byline">By <a rel="author" href="/authors/${d.byline.toLowerCase().replace(/\s+/g, '-')}">${d.byline}</a></p>`
    + `<time datetime="${d.published}T06:00:00Z">${d.published}</time>`;
  const share = '<ul class="share"><li><a href="#">Share</a></li><li><a href="#">Post</a></li><li><a href="#">Email</a></li></ul>';
  const main = outlet.layout === 0
    ? `<main><article><h1>${escapeHtml(d.title)}</h1>${byline}${share}${figure}<div class="article-body">${body}</div></article>${PROMO}${related(outlet, i)}</main>`
    : outlet.layout === 1
      ? `<div id="page"><div class="column-left">${related(outlet, i)}</div><div class="column-main"><h1 class="headline">${escapeHtml(d.title)}</h1>${byline}<div class="story">${figure}${body}</div>${share}</div><div class="column-right">${PROMO}${NEWSLETTER}</div></div>`
      : `<main><div class="story-wrap"><header><h1>${escapeHtml(d.title)}</h1>${byline}</header><section class="story-body">${figure}${body}</section>${NEWSLETTER}</div>${related(outlet, i)}</main>`;
  return `<!DOCTYPE html>\n<html lang="en">${head}<body>${COOKIES}${navigation(outlet)}${main}${footer(outlet)}`
    + `<script src="/static/app.js" async></script></body></html>`;
}

/**
 * The `i`-th..(`i`+`n`-1)-th documents of the corpus for `seed` (deterministic), generated chunk by chunk.
 * @param seed default 1
 */
export function* benchDocuments(n: number, seed = 1, from = 0): Generator<BenchDocument> {
  for (let i = from; i < from + n;) {
    const chunk = Math.floor(i / CHUNK);
    const chunkSeed = seed * 100_003 + chunk;
    const rand = rng(chunkSeed ^ 0x5bd1e995);
    const articles = syntheticArticles(CHUNK, chunkSeed).map((a) => varied(a, rand));
    for (let k = i % CHUNK; k < CHUNK && i < from + n; k++, i++) {
      const article = articles[k];
      const outlet = OUTLETS[i % OUTLETS.length];
      const title = headline(article);
      const published = dateOf(i);
      const url = `https://${outlet.host}/${published.replace(/-/g, '/')}/world/report-${seed}-${i}`;
      const byline = AUTHORS[i % AUTHORS.length];
      const base = { article, url, title, published, outlet: outlet.name, byline };
      const text = `${title}\n\nBy ${byline}\n\n${article.text}\n`;
      yield { ...base, text, html: pageHtml(base, i) };
    }
  }
}

/** The clean-text form as the pipeline's input. */
export function textDocument(d: BenchDocument): RawDocument {
  return { origin: d.url, kind: 'text', body: d.text, url: d.url, published: d.published, title: d.title };
}

/** The page form as the pipeline's input. */
export function htmlDocument(d: BenchDocument): RawDocument {
  return { origin: d.url, kind: 'html', body: d.html, url: d.url, published: null, title: null };
}

export type JsonlForm = 'text' | 'html' | 'mixed';

/** One JSONL line (`{url, title, published, text|html}`) for document `i`; 'mixed' makes every 5th a page. */
export function jsonlLine(d: BenchDocument, form: JsonlForm, i: number): string {
  const html = form === 'html' || (form === 'mixed' && i % 5 === 4);
  return JSON.stringify(html ? { url: d.url, html: d.html } : { url: d.url, title: d.title, published: d.published, text: d.text });
}

/**
 * Writes `n` documents as JSON Lines to `file`, streaming (with back-pressure), and returns the bytes written.
 * @param form default 'text'
 */
export async function writeJsonlCorpus(file: string, n: number, seed = 1, form: JsonlForm = 'text'): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  let i = 0;
  for (const d of benchDocuments(n, seed)) {
    const line = jsonlLine(d, form, i++) + '\n';
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
