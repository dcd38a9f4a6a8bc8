/**
 * Analyses built in code for server, export and browser tests: three short articles (our own words)
 * about an Iran–Pakistan exchange in January 2024 and one about India and China, with events whose
 * evidence offsets point into the article text.
 */
import type { Actor, Place } from '../../actors/types.js';
import type { Article, Paragraph } from '../../ingest/types.js';
import type { CodedEvent, Modality } from '../../coding/types.js';
import type { Analysis } from '../../pipeline/types.js';
import type { Quote } from '../../quotes/types.js';

const STATE: Record<string, string> = { IRN: 'Iran', PAK: 'Pakistan', IND: 'India', CHN: 'China' };

function actor(iso3: string, role: Actor['role'] = 'GOV'): Actor {
  return { name: STATE[iso3] ?? iso3, country: iso3, role, kind: 'state' };
}

interface EventSpec {
  src: string;
  tgt: string;
  cameo: string;
  goldstein: number;
  quad: 1 | 2 | 3 | 4;
  plover: string | null;
  date: string;
  /** The sentence in the article that carries the event. */
  sentence: string;
  place?: Place | null;
  fatalities?: number | null;
  modality?: Modality;
}

interface ArticleSpec {
  id: string;
  title: string;
  published: string;
  paragraphs: string[];
  events: EventSpec[];
  quotes?: { speaker: string; country: string; text: string }[];
}

function build(spec: ArticleSpec): Analysis {
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const p of spec.paragraphs) {
    if (text) text += '\n\n';
    paragraphs.push({ kind: 'body', text: p, start: text.length, end: text.length + p.length });
    text += p;
  }
  const article: Article = {
    id: spec.id, origin: spec.id, url: spec.id, canonicalUrl: spec.id, title: spec.title,
    published: spec.published, publishedFrom: 'given', outlet: 'Example News', byline: null, language: 'en',
    paragraphs, text, contentHash: `hash-${spec.id}`,
  };
  const events: CodedEvent[] = spec.events.map((e) => {
    const start = text.indexOf(e.sentence);
    if (start < 0) throw new Error(`sample-analyses: sentence not in ${spec.id}: ${e.sentence}`);
    return {
      key: `${e.src}-${e.tgt}-${e.cameo.slice(0, 2)}-${e.date}`,
      source: actor(e.src, e.quad === 4 ? 'MIL' : 'GOV'), target: actor(e.tgt, null),
      cameo: e.cameo, root: e.cameo.slice(0, 2), quad: e.quad, goldstein: e.goldstein, plover: e.plover,
      date: e.date, datePrecision: 'day', dateStated: true, location: e.place ?? null,
      fatalities: e.fatalities ?? null, fatalitiesQualifier: null, modality: e.modality ?? 'asserted',
      evidence: e.sentence,
      evidences: [{ articleId: spec.id, sentence: e.sentence, start, end: start + e.sentence.length, paragraphKind: 'body', pattern: 'test.sample', published: spec.published, url: spec.id }],
      mentions: 1, confidence: 0.9, origin: 'detente',
    };
  });
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const start = text.indexOf(q.text);
    return { speaker: q.speaker, description: null, country: q.country, text: q.text, direct: true, articleId: spec.id, start, end: start + q.text.length, attribution: 'adjacent' };
  });
  return { article, events, quotes, statements: [] };
}

const BALOCHISTAN: Place = { name: 'Balochistan', country: 'PAK', admin1: 'Balochistan', lat: 28.49, lon: 65.09, kind: 'admin1' };
const SISTAN: Place = { name: 'Sistan and Baluchestan', country: 'IRN', admin1: 'Sistan and Baluchestan', lat: 27.53, lon: 60.58, kind: 'admin1' };

export function sampleAnalyses(): Analysis[] {
  return [
    build({
      id: 'https://news.example.org/2024/01/17/border-strike',
      title: 'Strike across the border strains ties',
      published: '2024-01-17',
      paragraphs: [
        'Iranian missiles hit a village in Balochistan on Tuesday, and two children were killed, officials in Pakistan said.',
        'Pakistan condemned the strike as a violation of its airspace and recalled its ambassador from Tehran.',
        '"This is unacceptable," a spokeswoman for the foreign office told reporters.',
      ],
      events: [
        { src: 'IRN', tgt: 'PAK', cameo: '195', goldstein: -10, quad: 4, plover: 'ASSAULT', date: '2024-01-16', sentence: 'Iranian missiles hit a village in Balochistan on Tuesday, and two children were killed, officials in Pakistan said.', place: BALOCHISTAN, fatalities: 2 },
        { src: 'PAK', tgt: 'IRN', cameo: '111', goldstein: -2, quad: 3, plover: 'DISAPPROVE', date: '2024-01-17', sentence: 'Pakistan condemned the strike as a violation of its airspace and recalled its ambassador from Tehran.' },
      ],
      quotes: [{ speaker: 'Foreign office spokeswoman', country: 'PAK', text: 'This is unacceptable,' }],
    }),
    build({
      id: 'https://news.example.org/2024/01/19/response',
      title: 'Pakistan answers with strikes inside Iran',
      published: '2024-01-19',
      paragraphs: [
        'Pakistani aircraft struck targets in Sistan and Baluchestan on Thursday; nine people died.',
        'A day later both governments said they would lower tensions and return their ambassadors.',
      ],
      events: [
        { src: 'PAK', tgt: 'IRN', cameo: '195', goldstein: -10, quad: 4, plover: 'ASSAULT', date: '2024-01-18', sentence: 'Pakistani aircraft struck targets in Sistan and Baluchestan on Thursday; nine people died.', place: SISTAN, fatalities: 9 },
        { src: 'PAK', tgt: 'IRN', cameo: '0356', goldstein: 7, quad: 1, plover: 'AGREE', date: '2024-01-19', sentence: 'A day later both governments said they would lower tensions and return their ambassadors.' },
      ],
    }),
    build({
      id: 'https://news.example.org/2024/01/29/visit',
      title: 'Foreign minister visits Islamabad',
      published: '2024-01-29',
      paragraphs: ['Iran\'s foreign minister arrived in Islamabad on Monday for talks on border security.'],
      events: [
        { src: 'IRN', tgt: 'PAK', cameo: '042', goldstein: 1.9, quad: 1, plover: 'CONSULT', date: '2024-01-29', sentence: 'Iran\'s foreign minister arrived in Islamabad on Monday for talks on border security.' },
      ],
    }),
    build({
      id: 'https://news.example.org/2024/02/02/talks',
      title: 'India and China hold border talks',
      published: '2024-02-02',
      paragraphs: ['Indian and Chinese commanders met at the frontier on Thursday and agreed to keep talking.'],
      events: [
        { src: 'IND', tgt: 'CHN', cameo: '036', goldstein: 4, quad: 1, plover: 'AGREE', date: '2024-02-01', sentence: 'Indian and Chinese commanders met at the frontier on Thursday and agreed to keep talking.' },
      ],
    }),
  ];
}

/** Every sample event (already merged: keys are distinct). */
export function sampleEvents(): CodedEvent[] {
  return sampleAnalyses().flatMap((a) => a.events);
}
