#!/usr/bin/env node
// Development aid: the coder's decision trace for one text or page (after `npm run build`).
// Usage: node scripts/trace.mjs FILE PUBLISHED [grep]   - prints pattern and refiner decisions.
import { readFileSync } from 'node:fs';
import { extractArticle } from '../dist/ingest/extract/extract-article.js';
import { codeArticle } from '../dist/coding/code-article.js';

const [file, published, filter] = process.argv.slice(2);
const body = readFileSync(file, 'utf8');
const article = extractArticle({ origin: file, kind: /\.html?$/.test(file) ? 'html' : 'text', body, published });
const lines = [];
codeArticle(article, { debug: (m) => lines.push(m()) });
for (const l of lines) if (!filter || l.includes(filter) || l.startsWith('sentence')) console.log(l);
