/**
 * Pattern `subject-colon`: the sentence's subject is a person and a colon introduces the quote, with no
 * verb of saying: "Ilse Varga, a Norwegian senator, was blunt: “We will not retreat.”", "She had a
 * warning: “The talks are over.”", or a full name right before the colon ("…our editor, Ilse Varga: “…”").
 */
import { sentenceStart } from '../sentence-bounds.js';
import { parseSpeakerAfterVerb, parseSpeakerBeforeVerb } from '../speaker-phrase.js';
import { shift, type AttributionPattern } from './attribution-pattern.js';

/** At most this many characters between the subject and the colon: a short clause, not a paragraph. */
const MAX_CLAUSE = 160;

export const subjectColon: AttributionPattern = {
  id: 'subject-colon',
  example: 'Ilse Varga, a Norwegian senator, was blunt: “We will not retreat.”',
  match({ article, segments, index }) {
    const seg = segments[index];
    const para = article.paragraphs[seg.paragraph];
    const from = sentenceStart(article.text, para.start, seg.open);
    const prefix = article.text.slice(from, seg.open);
    if (!/:\s*$/.test(prefix) || prefix.length > MAX_CLAUSE + 40) return null;
    // "Analysis from our security editor, Ilse Varga: “…”": a full name right before the colon speaks.
    const named = parseSpeakerBeforeVerb(prefix.replace(/\s*:\s*$/, ','));
    if (named?.kind === 'person' && named.end >= prefix.replace(/\s*:\s*$/, '').length) {
      return { pattern: this.id, speaker: shift(named, from), end: seg.open };
    }
    const speaker = parseSpeakerAfterVerb(prefix);
    // Only a person (or a pronoun, surname or title standing for one) opening the sentence.
    const person = speaker && (speaker.kind === 'person' || speaker.kind === 'pronoun' || (speaker.kind === 'surname' && speaker.honorific));
    if (!speaker || !person || speaker.start !== 0) return null;
    if (prefix.length - speaker.end > MAX_CLAUSE) return null;
    return { pattern: this.id, speaker: shift(speaker, from), end: seg.open };
  },
};
