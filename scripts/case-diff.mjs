#!/usr/bin/env node
// Development aid: shows, per scored case, which gold events were missed (with the article's sentence),
// which printed events matched nothing, and which gold events were matched more than once.
// Same matching rule as ../shared/tools/score.mjs. Usage: node scripts/case-diff.mjs test/cases/NAME/ ...
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

const country = (a) => (a && typeof a === "object" ? a.country : a) ?? null;
const days = (a, b) => Math.abs((Date.parse(a) - Date.parse(b)) / 86400000);

function prepare(dir, gold) {
  const path = join(dir, gold.input || "article.txt");
  const text = readFileSync(path, "utf8");
  const m = text.match(/^((?:[a-z_]+: .*\n)+)\n/);
  if (!m) return { path, text };
  for (const line of m[1].split("\n")) {
    const [k, ...v] = line.split(": ");
    if (k === "published" && !gold.published) gold.published = v.join(": ").slice(0, 10);
    if (k === "url" && !gold.url) gold.url = v.join(": ").trim();
  }
  const tmp = join(mkdtempSync(join(tmpdir(), "diff-")), path.endsWith(".html") ? "article.html" : "article.txt");
  writeFileSync(tmp, text.slice(m[0].length));
  return { path: tmp, text };
}

function matches(e, g) {
  const s = country(e.source), t = country(e.target);
  const dyadOk = (s === g.source && t === g.target) || (g.undirected && s === g.target && t === g.source);
  if (!dyadOk) return false;
  const root = String(e.root ?? String(e.cameo ?? "").slice(0, 2));
  if (![g.root, ...(g.alt_roots || [])].includes(root)) return false;
  if (g.date && e.date && days(e.date, g.date) > (g.date_tolerance_days ?? 0)) return false;
  if (g.date && !e.date) return false;
  return true;
}

const sentenceOf = (text, needle) => {
  const i = text.indexOf(needle);
  if (i < 0) return "(evidence not in article)";
  const start = Math.max(text.lastIndexOf(". ", i) + 2, text.lastIndexOf("\n", i) + 1);
  const endDot = text.indexOf(". ", i + needle.length);
  const endNl = text.indexOf("\n", i + needle.length);
  const end = Math.min(endDot < 0 ? text.length : endDot + 1, endNl < 0 ? text.length : endNl);
  return text.slice(start, end).trim();
};
const show = (e) => `${country(e.source)}→${country(e.target)} ${e.cameo} ${e.date ?? "-"} ${e.modality ?? ""} | ${(e.evidence?.[0]?.sentence ?? e.evidence?.[0]?.text ?? JSON.stringify(e.evidence ?? "")).slice(0, 220)}`;

for (const dir of process.argv.slice(2)) {
  const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8"));
  const { path, text } = prepare(dir, gold);
  const argv = ["dist/cli.js", "events", path, "--format", "jsonl"];
  if (gold.published) argv.push("--published", gold.published);
  if (gold.url) argv.push("--url", gold.url);
  const events = execFileSync("node", argv, { encoding: "utf8" }).split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const used = new Map();
  console.log(`\n=== ${gold.case} (published ${gold.published})`);
  for (const g of gold.events ?? []) {
    const hits = events.map((e, i) => [e, i]).filter(([e]) => matches(e, g));
    hits.forEach(([, i]) => used.set(i, g.id));
    const tag = hits.length === 0 ? (g.required ? "MISS" : "miss(opt)") : hits.length > 1 ? `DUP×${hits.length}` : "ok";
    if (tag === "ok" && !(process.env.SHOW_CLAIMED && hits[0][0].modality === "claimed")) continue;
    console.log(`[${tag}] ${g.id}: ${g.source}→${g.target} ${g.root}${g.alt_roots?.length ? "/" + g.alt_roots.join(",") : ""} ${g.date ?? "-"}±${g.date_tolerance_days ?? 0}`);
    if (hits.length === 0) console.log(`      «${sentenceOf(text, g.evidence_contains ?? "")}»`);
    else for (const [e] of hits) console.log(`      ${show(e)}`);
  }
  for (const [i, e] of events.entries()) if (!used.has(i)) console.log(`[EXTRA] ${show(e)}`);
}
