/**
 * Pattern `verb-then-speaker`: the verb follows the quote and the speaker follows the verb, with
 * description words before the name and an appositive after it.
 */
import { parseSpeakerAfterVerb } from '../speaker-phrase.js';
import { LEADING_VERB } from '../speech-verbs.js';
import { shift, type AttributionPattern } from './attribution-pattern.js';

export const verbThenSpeaker: AttributionPattern = {
  id: 'verb-then-speaker',
  example: '“The border stays shut,” says former Norwegian Ambassador Ilse Varga, who now teaches at a law school.',
  match({ article, segments, index }) {
    const seg = segments[index];
    if (!seg.closed) return null;
    const para = article.paragraphs[seg.lastParagraph];
    const after = article.text.slice(seg.after, para.end);
    const verb = LEADING_VERB.exec(after);
    if (!verb) return null;
    const from = seg.after + verb[0].length;
    const speaker = parseSpeakerAfterVerb(article.text.slice(from, para.end));
    if (!speaker || speaker.start !== 0) return null;
    return { pattern: this.id, speaker: shift(speaker, from), end: from + speaker.end };
  },
};
