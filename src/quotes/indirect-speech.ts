/**
 * Indirect quotes: a reported clause after a speaker and a verb of saying.
 *
 * - `reported-clause`: "Ilse Varga argues that Oslo must wait." -> text "Oslo must wait"
 * - `according-to-clause`: "The pass, according to local officials, is closed." -> text "The pass is closed"
 * - `participle-clause`: "“…,” says Ilse Varga, noting that talks failed." -> text "talks failed" (speaker of the quote)
 */
import type { Article } from '../ingest/types.js';
import { accordingToMentions } from './attribution/according-to.js';
import { shift } from './attribution/attribution-pattern.js';
import { SPEECH_PARTICIPLES } from './lexicon.js';
import type { QuoteSegment } from './quote-marks.js';
import { sentenceEnd, sentenceRanges, type SentenceEnds } from './sentence-bounds.js';
import { parseSpeakerBeforeVerb, type SpeakerPhrase } from './speaker-phrase.js';
import { INDIRECT_VERB } from './speech-verbs.js';
import { isSpace } from './words.js';

export interface IndirectStatement {
  pattern: 'reported-clause' | 'according-to-clause' | 'participle-clause';
  /** Null for `participle-clause`: the caller gives the speaker of the quote the clause hangs on. */
  speaker: SpeakerPhrase | null;
  text: string;
  start: number;
  end: number;
}

/** Object after "told" before the clause: "told reporters", "told the Monitor". */
const TOLD_OBJECT = /^\s+(?:to\s+)?(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}(?:conference|briefing|meeting|interview|session|summit|crowd|rally)|reporters|journalists|lawmakers|parliament|him|her|them|us|me|the\s+[\p{Lu}\w][\w\-]*(?:\s+\p{Lu}\w*)*|\p{Lu}[\w\-]*(?:\s+\p{Lu}[\w\-]*)*(?:\s+(?:television|radio|media|reporters|journalists|newspaper|broadcaster))?)(?=[\s,])/u;
const MIN_WORDS = 3;
/** How a reported clause with no subject starts: a finite verb or a preposition. */
const NO_SUBJECT = /^(?:was|were|is|are|had|has|have|would|will|could|should|did|does|do|can|may|might|must|for|in|on|at(?!\s+(?:least|most)\b)|by|with|from|since|during|until|into|to)\b/;

/** Verbs of agency copy that take an object as often as a clause: only "… that" after them is reported speech. */
const THAT_ONLY = /^(?:conveye?[ds]?|affirm(?:ed|s)|assert(?:ed|s)|emphasi[sz](?:ed|es))$/;
/** "that" opening the clause, after at most a short phrase ("in a statement on Monday that …"). */
const THAT_LEAD = /^\s*,?\s*(?:(?:in|on|at|during|after|through|via|from|to)\s[^,.“”"]{0,60}?\s)?that\s+/;

function clause(text: string, from: number, to: number): { start: number; end: number } | null {
  let s = from;
  // "said in a joint statement on Monday that …": the clause starts after "that".
  const lead = (/^\s*,?\s*(?:(?:in|on|at|during|after|through|via|from|to)\s[^,.“”"]{0,60}?\s)?that\s+/.exec(text.slice(s, to))
    // "said on Friday it …", "• At least 19 people were killed, officials said": a day or a bullet is no part of it.
    ?? /^\s*,?\s*(?:(?:late\s+|early\s+)?(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|night)\s+)?/.exec(text.slice(s, to))!)[0];
  s += lead.length;
  s += /^[•·▪*]\s*/.exec(text.slice(s, to))?.[0].length ?? 0;
  // "said that was unlikely": the "that" is the clause's subject, not a conjunction.
  if (/that\s+$/.test(lead) && NO_SUBJECT.test(text.slice(s, to))) s -= /that\s+$/.exec(lead)![0].length;
  let e = to;
  // A second clause with its own subject is the outlet's again ("…, but commentators remain skeptical").
  // "…, according to a statement" names the channel, not a second speaker; it is not part of the clause.
  const tail = text.slice(s, to).search(/,\s+(?:but|while|whereas|although|according to)\s|;\s/);
  if (tail >= 0) e = s + tail;
  while (e > s && /[\s.,;:!?]/.test(text[e - 1])) e--;
  if (e <= s) return null;
  const body = text.slice(s, e);
  if (body.split(/\s+/).length < MIN_WORDS) return null;
  // A clause with no subject is no report: "… that Tehran said was its consular section", "… that
  // Caracas has claimed for more than a century".
  if (NO_SUBJECT.test(body)) return null;
  return { start: s, end: e };
}

/**
 * Whether `s` before `end` ends with a closing quote mark and then only spaces and at most one comma:
 * `/[”"]\s*,?\s*$/.test(s.slice(0, end))`, read backwards from the end instead of tried from every position.
 */
export function endsWithQuoteMark(s: string, end: number): boolean {
  let k = end;
  while (k > 0 && isSpace(s.charCodeAt(k - 1))) k--;
  if (k > 0 && s.charCodeAt(k - 1) === 44) {
    k--;
    while (k > 0 && isSpace(s.charCodeAt(k - 1))) k--;
  }
  const c = s.charCodeAt(k - 1);
  return k > 0 && (c === 0x201d || c === 34);
}

/** Every "according to" in the text, any case: where ACCORDING_TO can match at all. */
const ACCORDING_TO_WORDS = /according to/gi;

/**
 * Indirect statements in the article's non-heading paragraphs. Verbs inside direct quotes are skipped.
 * `sentenceEnds[i]`, when the caller has scanned paragraph `i` already (findSentenceEnds over its span).
 */
export function findIndirectStatements(article: Article, segments: QuoteSegment[], sentenceEnds?: readonly (SentenceEnds | null)[]): IndirectStatement[] {
  const text = article.text;
  const inQuote = (pos: number) => segments.some((s) => pos > s.open && pos < s.after);
  const out: IndirectStatement[] = [];
  // Most sentences hold no "according to": one scan of the text finds where it occurs, and only a sentence
  // that holds one is searched and parsed for it.
  const accordingAt: number[] = [];
  ACCORDING_TO_WORDS.lastIndex = 0;
  for (let m = ACCORDING_TO_WORDS.exec(text); m; m = ACCORDING_TO_WORDS.exec(text)) accordingAt.push(m.index);
  let nextAccording = 0;
  article.paragraphs.forEach((para, p) => {
    if (para.kind === 'heading') return;
    for (const sent of sentenceRanges(text, para.start, para.end, sentenceEnds?.[p] ?? undefined)) {
      const sentence = text.slice(sent.start, sent.end);
      // exec on the shared global regex, not matchAll: matchAll copies the regex for every sentence.
      INDIRECT_VERB.lastIndex = 0;
      for (let m = INDIRECT_VERB.exec(sentence); m; m = INDIRECT_VERB.exec(sentence)) {
        const at = sent.start + m.index!;
        if (inQuote(at)) continue;
        const speaker = parseSpeakerBeforeVerb(sentence.slice(0, m.index!));
        // The attribution of a direct quote ("“…,” Varga told a news conference") reports no clause.
        if (!speaker || endsWithQuoteMark(sentence, speaker.start)) continue;
        let from = at + m[0].length;
        if (/^tel|^told/.test(m[0])) from += TOLD_OBJECT.exec(text.slice(from, sent.end))?.[0].length ?? 0;
        // "says “…”" with the quote right after the verb is a direct quote, handled elsewhere.
        // So is a quote after a short setting: "told reporters at the airport: “…”".
        if (/^\s*[:,]?\s*[“"]|^[^.;“”"]{0,60}?:\s*[“"]/.test(text.slice(from, sent.end))) continue;
        // "conveyed concerns to …", "affirmed its support": these verbs report a clause only with "that".
        if (THAT_ONLY.test(m[0]) && !THAT_LEAD.test(text.slice(from, sent.end))) continue;
        let c = clause(text, from, sent.end);
        // Wire style puts the attribution last: "Talks will resume, the ministry said."
        const subjectStart = sent.start + speaker.start;
        if (!c && /,\s*$/.test(text.slice(sent.start, subjectStart))) c = clause(text, sent.start, text.lastIndexOf(',', subjectStart));
        if (!c) continue;
        out.push({ pattern: 'reported-clause', speaker: shift(speaker, sent.start), text: text.slice(c.start, c.end), ...c });
        break;
      }
      // A sentence that reports a clause keeps no "according to" clause of its own.
      const hasReporter = out.length > 0 && out[out.length - 1].start >= sent.start && out[out.length - 1].pattern === 'reported-clause';
      if (hasReporter) continue;
      // Sentences come in text order; the step back only matters for paragraphs that do not.
      while (nextAccording > 0 && accordingAt[nextAccording - 1] >= sent.start) nextAccording--;
      while (nextAccording < accordingAt.length && accordingAt[nextAccording] < sent.start) nextAccording++;
      // ACCORDING_TO needs the whole phrase inside the sentence.
      if (nextAccording >= accordingAt.length || accordingAt[nextAccording] + 'according to'.length > sent.end) continue;
      for (const hit of accordingToMentions(text, sent.start, sent.end)) {
        if (inQuote(hit.at)) continue;
        // The sentence without the "according to" phrase and its commas.
        const before = text.slice(sent.start, hit.at).replace(/[\s,]+$/, '');
        const after = text.slice(hit.end, sent.end).replace(/^[\s,]+/, '');
        const joined = (before && after ? `${before} ${after}` : before || after).replace(/[\s.,;:]+$/, '');
        if (joined.split(/\s+/).length < MIN_WORDS) continue;
        out.push({ pattern: 'according-to-clause', speaker: hit.speaker, text: joined, start: sent.start, end: sent.end });
      }
    }
  });
  return out;
}

const PARTICIPLE = new RegExp(`^\\s*,\\s*(?:${SPEECH_PARTICIPLES.join('|')})\\s+`);

/** A participle clause right after an attribution ("…, noting that Iran is under pressure."), or null. */
export function participleClause(article: Article, attributionEnd: number, paragraphEnd: number): IndirectStatement | null {
  const text = article.text;
  const rest = text.slice(attributionEnd, paragraphEnd);
  const m = PARTICIPLE.exec(rest);
  if (!m) return null;
  const from = attributionEnd + m[0].length;
  // The end of the first sentence from `from`: what sentenceRanges(text, from, paragraphEnd)[0] gives.
  let first = from;
  while (first < paragraphEnd && /\s/.test(text[first])) first++;
  const stop = first < paragraphEnd ? sentenceEnd(text, first, paragraphEnd) : paragraphEnd;
  const c = clause(text, from, stop);
  return c ? { pattern: 'participle-clause', speaker: null, text: text.slice(c.start, c.end), ...c } : null;
}
