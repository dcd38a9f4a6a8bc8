/**
 * Pattern `speaker-verb-before`: the speaker and the verb come earlier in the same sentence, the quote
 * (whole or partial) follows.
 */
import { sentenceStart } from '../sentence-bounds.js';
import { SPEECH_PARTICIPLES } from '../lexicon.js';
import { parseSpeakerAfterVerb, parseSpeakerBeforeVerb } from '../speaker-phrase.js';
import { verbsIn } from '../speech-verbs.js';
import { shift, type AttributionPattern } from './attribution-pattern.js';

/** Whether `[start, end)` lies inside one of the segments' quoted text. */
function insideSegment(segments: { open: number; after: number }[], pos: number): boolean {
  return segments.some((s) => pos > s.open && pos < s.after);
}

export const speakerVerbBefore: AttributionPattern = {
  id: 'speaker-verb-before',
  example: 'Ilse Varga says the talks must “start from the ceasefire line.”  /  She argues that Oslo should “wait.”  /  Varga said: ¶ “We wait.”',
  match({ article, segments, index }) {
    const seg = segments[index];
    const para = article.paragraphs[seg.paragraph];
    let from = sentenceStart(article.text, para.start, seg.open);
    let prefix = article.text.slice(from, seg.open);
    // "Varga told reporters:" closing one paragraph introduces the quote that opens the next.
    const prev = article.paragraphs[seg.paragraph - 1];
    if (!prefix.trim() && prev && /:\s*$/.test(prev.text)) {
      from = sentenceStart(article.text, prev.start, prev.end);
      prefix = article.text.slice(from, prev.end).replace(/:\s*$/, ' ');
    }
    const verbs = verbsIn(prefix).filter((m) => !insideSegment(segments, from + m.index));
    // The nearest verb before the quote speaks it; earlier ones belong to earlier clauses. When the speaker
    // stands before an earlier verb of the same subject ("X mocked the complaints, calling the trash
    // “gifts”"), the attribution still reaches the nearest verb.
    const nearest = verbs[verbs.length - 1];
    for (let v = verbs.length - 1; v >= 0; v--) {
      const at = verbs[v].index!;
      const speaker = parseSpeakerBeforeVerb(prefix.slice(0, at));
      if (speaker) return { pattern: this.id, speaker: shift(speaker, from), end: from + nearest.index! + nearest[0].length };
    }
    // "Varga raised the stakes in parliament, saying that the “fleet looks weaker” …": the participle's
    // subject is the sentence's subject.
    PARTICIPLE.lastIndex = 0;
    let participle: RegExpExecArray | null = null;
    for (let m = PARTICIPLE.exec(prefix); m; m = PARTICIPLE.exec(prefix)) if (!insideSegment(segments, from + m.index)) participle = m;
    if (participle) {
      // The subject opens the sentence, or the last clause joined to it before the participle: "…, and the
      // prime minister, Ilse Varga, flew to the coast, promising …".
      const clauses = [LEADING_TIME.exec(prefix)?.[0].length ?? 0];
      CLAUSE_JOIN.lastIndex = 0;
      for (let m = CLAUSE_JOIN.exec(prefix); m && m.index < participle.index; m = CLAUSE_JOIN.exec(prefix)) {
        if (!insideSegment(segments, from + m.index)) clauses.push(m.index + m[0].length);
      }
      for (const lead of clauses.reverse()) {
        const speaker = parseSpeakerAfterVerb(prefix.slice(lead, participle.index));
        const person = speaker && (speaker.kind === 'person' || (speaker.kind === 'surname' && speaker.honorific));
        if (speaker && person && speaker.start === 0) {
          return { pattern: this.id, speaker: shift(speaker, from + lead), end: from + participle.index + participle[0].length };
        }
      }
    }
    return null;
  },
};

/** A speech participle opening a clause after a comma (global). */
// A pledge or a name given to something quotes its words as well: "flew to the border, promising to restore
// order “with firmness”", "…, calling the raid “a massacre”".
const QUOTING_PARTICIPLES = [...SPEECH_PARTICIPLES, 'promising', 'vowing', 'pledging', 'calling', 'describing', 'branding', 'dubbing'];
const PARTICIPLE = new RegExp(`,\\s+(?:${QUOTING_PARTICIPLES.join('|')})\\b`, 'g');
/** Where a coordinated clause starts (global): "…, and ", "…, but ", "…; ". */
const CLAUSE_JOIN = /(?:,\s+(?:and|but|while|as)\s+|;\s+)/g;
/** A time phrase opening the sentence before its subject: "On Tuesday ", "Earlier this week, ". */
const LEADING_TIME = /^(?:(?:On|Late on|Early on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Earlier|Later|Yesterday|Today)\b,?\s+/;
