/**
 * Builds realistic Analysis values in code for store and worker tests: an article about a
 * cross-border strike between two states, its coded events, quotes and a relation statement.
 * Offsets are computed from the text, so they always point at the sentence they name.
 */
import { createHash } from 'node:crypto';
import type { Actor } from '../../actors/types.js';
import type { Article, Paragraph } from '../../ingest/types.js';
import type { CodedEvent, Evidence, RelationStatement } from '../../coding/types.js';
import type { Quote } from '../../quotes/types.js';
import type { Analysis } from '../../pipeline/types.js';

const NAMES: Record<string, string> = {
  ARM: 'Armenia', AZE: 'Azerbaijan', IND: 'India', PAK: 'Pakistan', IRN: 'Iran', AFG: 'Afghanistan',
  ETH: 'Ethiopia', ERI: 'Eritrea', THA: 'Thailand', KHM: 'Cambodia', VEN: 'Venezuela', GUY: 'Guyana',
};

export interface SampleOptions {
  /** Varies the wording, dates and toll; the same seed and options give the same analysis. Default 1. */
  seed?: number;
  /** Attacking state (ISO3 from the table above). Default 'ARM'. */
  source?: string;
  /** Attacked state. Default 'AZE'. */
  target?: string;
  /** Publication date. Default 2025-03-(10 + seed % 15). */
  published?: string;
  /** Article URL and id. Default https://news.example/world/<seed>; null gives a `sha256:` id. */
  url?: string | null;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function state(iso3: string, role: Actor['role']): Actor {
  return { name: NAMES[iso3] ?? iso3, country: iso3, role, kind: 'state' };
}

export function sampleAnalysis(opts: SampleOptions = {}): Analysis {
  const seed = opts.seed ?? 1;
  const a = opts.source ?? 'ARM';
  const b = opts.target ?? 'AZE';
  const A = NAMES[a] ?? a;
  const B = NAMES[b] ?? b;
  const published = opts.published ?? `2025-03-${String(10 + (seed % 15)).padStart(2, '0')}`;
  const url = opts.url === undefined ? `https://news.example/world/${seed}` : opts.url;
  const toll = 2 + (seed % 5);
  const town = `Border Post ${seed}`;

  const paras: [Paragraph['kind'], string][] = [
    ['heading', `${A} shells ${B} border post, ${toll} soldiers reported dead (report ${seed})`],
    ['body', `Artillery units of ${A} shelled a ${B} position near ${town} on Monday, killing at least ${toll} soldiers, officials in the capital said.`],
    ['body', `${B} recalled its ambassador from ${A} on Tuesday in protest.`],
    ['body', `"We will answer any aggression with all means at our disposal," said Leyla Hasanova, ${B}'s deputy foreign minister.`],
    ['caption', `The foreign minister of ${A} plans to travel to ${B} next month for talks.`],
    ['body', `Relations between the two neighbours have deteriorated sharply since the autumn, analysts say.`],
  ];
  let text = '';
  const paragraphs: Paragraph[] = paras.map(([kind, t], i) => {
    if (i > 0) text += '\n\n';
    const start = text.length;
    text += t;
    return { kind, text: t, start, end: text.length };
  });
  const contentHash = sha256(text);
  const id = url ?? `sha256:${contentHash}`;
  const article: Article = {
    id, origin: url ?? `sample-${seed}.txt`, url, canonicalUrl: url, title: paras[0][1], published,
    publishedFrom: 'meta', outlet: 'News Example', byline: 'Staff reporter', language: 'en', paragraphs, text, contentHash,
  };

  const sentence = (p: number): Pick<Evidence, 'sentence' | 'start' | 'end' | 'paragraphKind'> => ({
    sentence: paragraphs[p].text, start: paragraphs[p].start, end: paragraphs[p].end, paragraphKind: paragraphs[p].kind,
  });
  const evidence = (p: number, pattern: string, speaker?: string): Evidence => ({
    articleId: id, ...sentence(p), pattern, published, url, ...(speaker ? { speaker } : {}),
  });
  const monday = addDays(published, -1);
  const events: CodedEvent[] = [
    {
      key: sha256(`${a}|${b}|19|${monday}|${town}`).slice(0, 16),
      source: state(a, 'MIL'), target: state(b, 'MIL'), cameo: '195', root: '19', quad: 4, goldstein: -10, plover: 'ASSAULT',
      date: monday, datePrecision: 'day', dateStated: false,
      location: { name: town, country: b, admin1: `Province ${seed % 3}`, lat: 40.1 + seed / 100, lon: 46.5, kind: 'city' },
      fatalities: toll, fatalitiesQualifier: 'at least', modality: 'asserted',
      evidence: paragraphs[1].text, evidences: [evidence(1, 'attack.shell'), evidence(0, 'attack.shell')],
      mentions: 1, confidence: 0.82, origin: 'detente',
    },
    {
      key: sha256(`${b}|${a}|16|${published}`).slice(0, 16),
      source: state(b, 'GOV'), target: state(a, 'GOV'), cameo: '161', root: '16', quad: 3, goldstein: -4, plover: 'REDUCE',
      date: published, datePrecision: 'day', dateStated: true, location: null, fatalities: null, fatalitiesQualifier: null,
      modality: 'asserted', evidence: paragraphs[2].text, evidences: [evidence(2, 'diplomacy.recall-ambassador')],
      mentions: 1, confidence: 0.9, origin: 'detente',
    },
    {
      key: sha256(`${a}|${b}|04|month`).slice(0, 16),
      source: { name: 'Foreign minister of ' + A, country: a, role: 'GOV', kind: 'person', office: 'foreign minister' },
      target: state(b, null), cameo: '042', root: '04', quad: 1, goldstein: 1.9, plover: null,
      date: null, datePrecision: null, dateStated: false, location: null, fatalities: null, fatalitiesQualifier: null,
      modality: 'intended', evidence: paragraphs[4].text, evidences: [evidence(4, 'visit.plan', `${A} foreign ministry`)],
      mentions: 1, confidence: 0.55, origin: 'detente',
    },
  ];
  const quoteText = 'We will answer any aggression with all means at our disposal,';
  const qStart = text.indexOf(quoteText);
  const quotes: Quote[] = [
    {
      speaker: 'Leyla Hasanova', description: `${B}'s deputy foreign minister`, country: b, text: quoteText, direct: true,
      articleId: id, start: qStart, end: qStart + quoteText.length, attribution: 'adjacent',
    },
    {
      speaker: null, description: 'officials in the capital', country: null, text: paragraphs[1].text, direct: false,
      articleId: id, start: paragraphs[1].start, end: paragraphs[1].end, attribution: 'according-to',
    },
  ];
  const dyad = [a, b].sort() as [string, string];
  const statements: RelationStatement[] = [
    {
      dyad, state: 'deteriorating', sentence: paragraphs[5].text, start: paragraphs[5].start, end: paragraphs[5].end,
      articleId: id, published, pattern: 'relations.deteriorated',
    },
  ];
  return { article, events, quotes, statements };
}
