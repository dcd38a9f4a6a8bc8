#!/usr/bin/env node
// Development aid for speed work: a digest of everything the pipeline outputs (events, quotes,
// relation statements) over the development cases, the shared cases and generated bench documents,
// so a change meant to be behaviour-neutral can be shown to be. Run after `npm run build`:
//   node scripts/output-digest.mjs [--bench N] [--out FILE]
// prints one sha256 per group; --out writes one line per document (hash and name) to diff when
// a group's digest changes. Never reads test/holdout.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, existsSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { extractArticle } = await import(join(root, "dist/ingest/extract/extract-article.js"));
const { analyzeArticle } = await import(join(root, "dist/pipeline/analyze-article.js"));
const { benchDocuments, textDocument, htmlDocument } = await import(join(root, "dist/bench/bench-corpus.js"));

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const benchN = Number(arg("--bench", "300"));
const out = arg("--out", null);
const lines = [];
const hash = (x) => createHash("sha256").update(JSON.stringify(x)).digest("hex").slice(0, 16);

function caseDocument(dir) {
  const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8"));
  const path = join(dir, gold.input || "article.txt");
  let body = readFileSync(path, "utf8");
  let published = gold.published ?? null, url = gold.url ?? null;
  const m = body.match(/^((?:[a-z_]+: .*\n)+)\n/);
  if (m) {
    for (const line of m[1].split("\n")) {
      const [k, ...v] = line.split(": ");
      if (k === "published" && !published) published = v.join(": ").slice(0, 10);
      if (k === "url" && !url) url = v.join(": ").trim();
    }
    body = body.slice(m[0].length);
  }
  return { origin: path, kind: path.endsWith(".html") ? "html" : "text", body, url, published, title: null };
}

function digest(group, docs) {
  const h = createHash("sha256");
  for (const [name, doc] of docs) {
    let result;
    try {
      const a = analyzeArticle(extractArticle(doc));
      result = { title: a.article.title, text: a.article.text, events: a.events, quotes: a.quotes, statements: a.statements };
    } catch (e) { result = { error: String(e) }; }
    const d = hash(result);
    h.update(d);
    lines.push(`${d} ${group} ${name}`);
  }
  console.log(`${group.padEnd(8)} ${docs.length} documents  ${h.digest("hex").slice(0, 16)}`);
}

const caseDirs = (base) => existsSync(base) ? readdirSync(base).map((d) => join(base, d)).filter((d) => existsSync(join(d, "gold.json"))) : [];
digest("cases", caseDirs(join(root, "test/cases")).map((d) => [d.split("/").pop(), caseDocument(d)]));
digest("shared", caseDirs(join(root, "../shared/cases")).map((d) => [d.split("/").pop(), caseDocument(d)]));
const bench = [...benchDocuments(benchN, 1)];
digest("text", bench.map((d, i) => [`text-${i}`, textDocument(d)]));
digest("html", bench.slice(0, 100).map((d, i) => [`html-${i}`, htmlDocument(d)]));
if (out) writeFileSync(out, lines.join("\n") + "\n");
