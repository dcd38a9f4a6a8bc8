import { readFileSync } from 'node:fs';
import { makeArticle } from './src/coding/testing/make-article.ts';
import { FAKE_ACTORS } from './src/coding/testing/fake-actors.ts';
import { codeArticle } from './src/coding/code-article.ts';
import { formatEvent } from './src/coding/format-event.ts';
const raw = readFileSync('../shared/cases/seed-iran-pakistan-2024/article.txt','utf8');
const paras = raw.split(/\n\s*\n/).map(p=>p.trim()).filter(Boolean).map(p => /Prime Minister Office|Fayaz Aziz/.test(p) ? ['caption', p.split('\n').slice(/^\|/.test(p)?2:1).join(' ')] : p);
const a = makeArticle(paras as any);
const dbg = process.argv.includes('-v');
const evs = codeArticle(a, { actors: process.argv.includes('--real') ? undefined : FAKE_ACTORS, debug: dbg ? (m)=>console.log(m()) : undefined });
for (const e of evs) { const f = formatEvent(e) as any; console.log(f.source?.country, '->', f.target?.country, f.cameo, f.date, f.date_precision, f.location?.name, f.fatalities, f.modality, f.mentions, f.pattern, '|', f.evidence.slice(0,90)); }
