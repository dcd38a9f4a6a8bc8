/**
 * Short news-style reports written for these tests (our own words, generated from small parts),
 * varied enough that no two share a text or a URL: half saved pages with a canonical link, half
 * plain-text dumps ending with their URL.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PAIRS: ReadonlyArray<[string, string]> = [
  ['Iran', 'Pakistan'], ['India', 'China'], ['Russia', 'Ukraine'], ['Armenia', 'Azerbaijan'], ['Ethiopia', 'Eritrea'],
  ['Serbia', 'Kosovo'], ['Venezuela', 'Guyana'], ['Sudan', 'Chad'], ['Thailand', 'Cambodia'], ['Peru', 'Ecuador'],
];
const ACTS = [
  (a: string, b: string, n: number) => `${a} accused ${b} of shelling border posts, and officials said ${n} soldiers were killed.`,
  (a: string, b: string) => `${a} recalled its ambassador from ${b} after a dispute over the frontier.`,
  (a: string, b: string) => `Foreign ministers of ${a} and ${b} met to discuss a ceasefire and agreed to reopen a crossing.`,
  (a: string, b: string) => `${a} expelled two diplomats of ${b}, saying they had spied on military bases.`,
  (a: string, b: string, n: number) => `${a} sent ${n} trucks of food aid to ${b} after floods in the south.`,
];
const TOWNS = ['the river port', 'the hill town', 'the old market', 'the rail junction', 'the customs post', 'the lake shore', 'the mountain pass'];

export interface GeneratedDocument {
  /** File name inside the directory. */
  name: string;
  body: string;
  url: string;
}

/** `count` distinct documents; the same `count` always gives the same documents. */
export function generateDocuments(count: number): GeneratedDocument[] {
  const docs: GeneratedDocument[] = [];
  for (let i = 0; i < count; i++) {
    const [a, b] = PAIRS[i % PAIRS.length];
    const act = ACTS[Math.floor(i / PAIRS.length) % ACTS.length];
    const town = TOWNS[i % TOWNS.length];
    const day = 1 + (i % 28);
    const date = `2024-03-${String(day).padStart(2, '0')}`;
    const url = `https://wire.example/2024/03/${String(day).padStart(2, '0')}/report-${i}`;
    const paragraphs = [
      `${act(a, b, 2 + (i % 17))}`,
      `The statement was read in ${town} on ${date}, report number ${i}.`,
      `Residents of ${town} said ${3 + (i % 11)} families had left their homes since the start of the month.`,
    ];
    const name = `report-${String(i).padStart(4, '0')}`;
    if (i % 2 === 0) {
      const html = `<!doctype html><html lang="en"><head><title>Report ${i}: ${a} and ${b}</title>`
        + `<link rel="canonical" href="${url}"><meta property="article:published_time" content="${date}T08:00:00Z"></head>`
        + `<body><article><h1>Report ${i}: ${a} and ${b}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
      docs.push({ name: `${name}.html`, body: html, url });
    } else {
      docs.push({ name: `${name}.txt`, body: `Report ${i}: ${a} and ${b}\n\n${paragraphs.join('\n\n')}\n\n${url}\n`, url });
    }
  }
  return docs;
}

/** Writes the documents into `dir` (created if needed) and returns them. */
export function writeDocuments(dir: string, count: number): GeneratedDocument[] {
  mkdirSync(dir, { recursive: true });
  const docs = generateDocuments(count);
  for (const d of docs) writeFileSync(join(dir, d.name), d.body);
  return docs;
}
