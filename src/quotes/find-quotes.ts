/**
 * Public entry of the quote finder: direct quotes (whole, partial, interrupted, multi-paragraph) and
 * indirect ones ("she argues that …", "according to …"), each with its speaker resolved across the article.
 *
 * Kept and dropped (decided here, tested in find-quotes.test.ts):
 * - heading paragraphs are never read;
 * - a direct quote of 1–3 words is kept only when a verb of saying sits right beside it (else it is a
 *   scare quote: the “blunder”);
 * - a direct quote whose speaker cannot be found is kept (speaker null, attribution 'none') only when it is
 *   a clear quote: at least 8 words starting with a capital letter; shorter unattributed fragments are dropped;
 * - an indirect quote always needs a speaker;
 * - in a broadcast transcript every labelled turn ("NAME, ROLE: …", later "NAME: …"; in a briefing
 *   "Q (Outlet): …" / "Jiang Yu: …") is a direct quote by that speaker (transcript-turns.ts); a quote standing
 *   as its own sentence inside a turn, attributed by nothing else, is the turn speaker's too.
 */
import type { Article } from '../ingest/types.js';
import type { AttributionMatch } from './attribution/attribution-pattern.js';
import { ATTRIBUTION_PATTERNS } from './attribution/configuration.js';
import { countryOfKnownPerson, countryOfPhrase } from './description-country.js';
import { findIndirectStatements, participleClause, type IndirectStatement } from './indirect-speech.js';
import { findPersonMentions } from './person-mentions.js';
import { PersonRegistry, type Resolution } from './person-registry.js';
import { scanQuoteSegments, type QuoteSegment } from './quote-marks.js';
import { findSentenceEndsOfSpans, sentenceStart } from './sentence-bounds.js';
import type { SpeakerPhrase } from './speaker-phrase.js';
import { findTranscriptTurns } from './transcript-turns.js';
import type { Quote } from './types.js';

export interface FindQuotesOptions {
  /** Receives a trace line per decision; the closure is only called when a handler is given. Default: none. */
  debug?: (line: () => string) => void;
}

/** Patterns that put the verb of saying right beside the quote. */
const ADJACENT = new Set(['verb-then-speaker', 'speaker-then-verb']);
/** How far before a short quote the verb may sit in `speaker-verb-before` and still be "near". */
const NEAR_VERB_CHARS = 40;
const CLEAR_QUOTE_WORDS = 8;

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function attributeSegments(article: Article, segments: QuoteSegment[]): (AttributionMatch | null)[] {
  const found: (AttributionMatch | null)[] = [];
  for (let index = 0; index < segments.length; index++) {
    let hit: AttributionMatch | null = null;
    for (const pattern of ATTRIBUTION_PATTERNS) {
      hit = pattern.match({ article, segments, index, found });
      if (hit) break;
    }
    found.push(hit);
  }
  return found;
}

/** Every quote in the article, in text order. */
export function findQuotes(article: Article, opts: FindQuotesOptions = {}): Quote[] {
  const debug = opts.debug;
  const segments = scanQuoteSegments(article);
  const found = attributeSegments(article, segments);

  // Both the indirect-speech and the person-mention pass read every paragraph's sentences: scanned once.
  const sentenceEnds = findSentenceEndsOfSpans(article.text, article.paragraphs.map((p) => (p.kind === 'heading' ? null : p)));
  const indirect: IndirectStatement[] = findIndirectStatements(article, segments, sentenceEnds);
  const participles: { statement: IndirectStatement; speaker: SpeakerPhrase }[] = [];
  found.forEach((m, i) => {
    if (!m || m.inheritsFrom !== undefined) return;
    const para = article.paragraphs[segments[i].lastParagraph];
    const pc = participleClause(article, m.end, para.end);
    if (pc) participles.push({ statement: pc, speaker: m.speaker });
  });

  // Resolve every speaker phrase and every other person mention in text order.
  const phrases = new Map<string, SpeakerPhrase>();
  const key = (p: SpeakerPhrase) => `${p.start}:${p.end}:${p.kind}`;
  for (const m of found) if (m) phrases.set(key(m.speaker), m.speaker);
  for (const s of indirect) if (s.speaker) phrases.set(key(s.speaker), s.speaker);
  const turns = findTranscriptTurns(article);
  for (const t of turns) phrases.set(key(t.speaker), t.speaker);
  const turnSpeakers = new Set(turns.map((t) => t.speaker));
  const inLabel = (p: SpeakerPhrase) => turns.some((t) => p.start >= t.speaker.start && p.start < t.speaker.end);
  const known = new Set([...phrases.values()].filter((p) => p.kind === 'person').map((p) => p.name));
  const starts = new Set([...phrases.values()].map((p) => p.start));
  // A name inside a speaker's own description is no one speaking: "Zahra Karimi, an analyst at the Afghan
  // Policy Circle, a research group, said …" mentions the Circle as her employer.
  const described = [...phrases.values()].filter((p) => p.description);
  const inDescription = (p: SpeakerPhrase) => described.some((q) => q.start < p.start && p.start - q.end < 300 && q.description!.includes(p.name));
  for (const p of findPersonMentions(article, segments, known, sentenceEnds)) if (!starts.has(p.start) && !inDescription(p) && !inLabel(p)) phrases.set(key(p), p);
  const registry = new PersonRegistry(article.text);
  const resolved = new Map<string, Resolution>();
  // A person named inside a quote or someone's reported words is not who a later "he said" points to.
  const reportedSpans = [...segments.map((g) => [g.open, g.after]), ...indirect.map((x) => [x.start, x.end])];
  const embedded = (p: SpeakerPhrase) => reportedSpans.some(([a, b]) => p.start >= a && p.start < b);
  for (const p of [...phrases.values()].sort((a, b) => a.start - b.start)) {
    // A transcript label names who speaks the turn; a "he" inside the turn is someone talked about.
    const r = registry.resolve(p, embedded(p) || turnSpeakers.has(p));
    resolved.set(key(p), r);
    debug?.(() => `quotes: ${p.kind} "${p.name}" at ${p.start} -> ${r.person?.name ?? r.speaker ?? 'nobody'} (${r.attribution})`);
  }

  const speakerOf = (p: SpeakerPhrase) => {
    const r = resolved.get(key(p))!;
    const description = r.person ? r.person.description : r.description;
    return {
      speaker: r.person ? r.person.name : r.speaker,
      description,
      country: r.person ? countryOfPhrase(description) ?? countryOfKnownPerson(r.person.name) : r.country,
      attribution: r.attribution,
    };
  };

  const quotes: Quote[] = [];
  segments.forEach((seg, i) => {
    let m = found[i];
    // A quote that stands as its own sentence inside a transcript turn, attributed by no sentence, is the
    // turn's speaker's ("Jiang Yu: … “If …”"); one inside a sentence ("an official told me it was “…”") is not.
    const turn = m ? undefined : turns.find((t) => seg.open >= t.start && seg.after <= t.end + 1
      && !article.text.slice(sentenceStart(article.text, t.start, seg.open), seg.open).trim());
    if (turn) m = { pattern: 'transcript-turn', speaker: turn.speaker, end: seg.open };
    const who = m ? speakerOf(m.speaker) : null;
    const words = wordCount(seg.text);
    if (words <= 3) {
      const near = m && (ADJACENT.has(m.pattern) || (m.pattern === 'speaker-verb-before' && seg.open - m.end <= NEAR_VERB_CHARS));
      if (!near) {
        debug?.(() => `quotes: scare quote dropped: “${seg.text}”`);
        return;
      }
    }
    if (!who?.speaker) {
      if (words < CLEAR_QUOTE_WORDS || !/^[\p{Lu}\d]/u.test(seg.text)) {
        debug?.(() => `quotes: unattributed fragment dropped: “${seg.text}”`);
        return;
      }
    }
    quotes.push({
      speaker: who?.speaker ?? null,
      description: who?.speaker ? who.description : null,
      country: who?.speaker ? who.country : null,
      text: seg.text,
      direct: true,
      articleId: article.id,
      start: seg.start,
      end: seg.end,
      attribution: !m || !who?.speaker ? 'none' : turn ? who.attribution : m.pattern === 'according-to' || m.pattern === 'continuation' ? m.pattern : who.attribution,
      pattern: m?.pattern ?? 'unattributed',
    });
  });

  // Every turn of a transcript is speech by its labelled speaker.
  for (const t of turns) {
    const who = speakerOf(t.speaker);
    if (!who.speaker) continue;
    quotes.push({
      speaker: who.speaker, description: who.description, country: who.country, attribution: who.attribution,
      text: t.text, direct: true, articleId: article.id, start: t.start, end: t.end, pattern: 'transcript-turn',
    });
  }
  const reported = [
    ...indirect.filter((s) => s.speaker).map((s) => ({ statement: s, speaker: s.speaker! })),
    ...participles,
  ];
  for (const { statement, speaker } of reported) {
    const who = speakerOf(speaker);
    if (!who.speaker) continue;
    // Keys in the order a spread of `who` gave them; the spread itself was slow for a plain object.
    quotes.push({
      speaker: who.speaker,
      description: who.description,
      country: who.country,
      attribution: statement.pattern === 'according-to-clause' ? 'according-to' : who.attribution,
      text: statement.text,
      direct: false,
      articleId: article.id,
      start: statement.start,
      end: statement.end,
      pattern: statement.pattern,
    });
  }

  const seen = new Set<string>();
  return quotes
    .sort((a, b) => a.start - b.start || Number(b.direct) - Number(a.direct))
    .filter((q) => {
      const k = `${q.start}:${q.end}:${q.direct}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}
