/**
 * Extraction quality against pages with ground-truth bodies: token-level precision, recall and
 * F1 (bags of lowercased words, as the article-extraction-benchmark of Zyte/scrapinghub scores
 * them), for our extractor and for Readability alone on the same pages.
 *
 * Two layouts of the set are read:
 *  - `ground-truth.json` ({ id: { articleBody, url? } }) with `html/ID.html.gz` or `html/ID.html`
 *    (the article-extraction-benchmark layout);
 *  - pairs `NAME.html` (or `.html.gz`) and `NAME.txt` (the expected body) anywhere below the folder.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeBytes } from '../ingest/decode-bytes.js';
import { extractArticle } from '../ingest/extract/extract-article.js';

export interface ExtractionCase {
  id: string;
  url: string | null;
  html: string;
  /** The expected article body. */
  truth: string;
}

export interface TokenScores {
  precision: number;
  recall: number;
  f1: number;
}

/** Lowercased words and numbers. Example: "Iran's 2 strikes" → ["iran", "s", "2", "strikes"]. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Bag-of-tokens overlap: each predicted token matches at most as many times as it is expected. Empty output scores 0. */
export function tokenScores(predicted: string, expected: string): TokenScores {
  const want = new Map<string, number>();
  const exp = tokens(expected);
  for (const t of exp) want.set(t, (want.get(t) ?? 0) + 1);
  const got = tokens(predicted);
  let hit = 0;
  for (const t of got) {
    const left = want.get(t) ?? 0;
    if (left > 0) {
      hit++;
      want.set(t, left - 1);
    }
  }
  const precision = got.length ? hit / got.length : 0;
  const recall = exp.length ? hit / exp.length : got.length ? 0 : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function readPage(path: string): string {
  const bytes = readFileSync(path);
  return decodeBytes(path.endsWith('.gz') ? gunzipSync(bytes) : bytes, path);
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** The cases of a set in either layout (see the file comment); empty when the folder holds neither. */
export function loadExtractionSet(dir: string): ExtractionCase[] {
  const truthFile = join(dir, 'ground-truth.json');
  if (existsSync(truthFile)) {
    const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
    const cases: ExtractionCase[] = [];
    for (const [id, t] of Object.entries(truth)) {
      const page = [join(dir, 'html', `${id}.html.gz`), join(dir, 'html', `${id}.html`)].find(existsSync);
      if (page && typeof t.articleBody === 'string') cases.push({ id, url: t.url ?? null, html: readPage(page), truth: t.articleBody });
    }
    return cases;
  }
  const files = walk(dir);
  const texts = new Map(files.filter((f) => f.endsWith('.txt')).map((f) => [f.slice(0, -4), f]));
  return files
    .filter((f) => /\.html?(\.gz)?$/.test(f))
    .flatMap((f) => {
      const stem = f.replace(/\.html?(\.gz)?$/, '');
      const txt = texts.get(stem);
      return txt ? [{ id: basename(stem), url: null, html: readPage(f), truth: readFileSync(txt, 'utf8') }] : [];
    });
}

/** Our extractor's body text: body, summary and heading paragraphs (captions are not body text). */
export function ourBody(c: ExtractionCase): string {
  try {
    const a = extractArticle({ origin: c.id, kind: 'html', body: c.html, url: c.url });
    return a.paragraphs.filter((p) => p.kind !== 'caption').map((p) => p.text).join('\n\n');
  } catch {
    return ''; // "no article text found" scores as an empty extraction
  }
}

/** Readability alone, with its defaults, on linkedom. */
export function readabilityBody(c: ExtractionCase): string {
  try {
    const { document } = parseHTML(c.html);
    return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

export interface ExtractionReport {
  pages: number;
  ours: TokenScores;
  readability: TokenScores;
}

/** Mean of the per-page scores of both extractors. */
export function evaluateExtraction(cases: ExtractionCase[]): ExtractionReport {
  const mean = (xs: TokenScores[]): TokenScores => {
    const n = xs.length || 1;
    return {
      precision: xs.reduce((s, x) => s + x.precision, 0) / n,
      recall: xs.reduce((s, x) => s + x.recall, 0) / n,
      f1: xs.reduce((s, x) => s + x.f1, 0) / n,
    };
  };
  return {
    pages: cases.length,
    ours: mean(cases.map((c) => tokenScores(ourBody(c), c.truth))),
    readability: mean(cases.map((c) => tokenScores(readabilityBody(c), c.truth))),
  };
}
