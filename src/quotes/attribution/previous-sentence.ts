/**
 * Pattern `previous-sentence`: a quote that opens its own sentence with no attribution of its own belongs
 * to the speaker of the sentence right before it in the same paragraph, when that sentence reports
 * someone's words: "Ilse Varga said the talks had stalled. “Nobody in Oslo expected more.”"
 */
import { sentenceStart } from '../sentence-bounds.js';
import { parseSpeakerBeforeVerb } from '../speaker-phrase.js';
import { verbsIn } from '../speech-verbs.js';
import { shift, type AttributionPattern } from './attribution-pattern.js';

export const previousSentence: AttributionPattern = {
  id: 'previous-sentence',
  example: 'Ilse Varga said the talks had stalled. “Nobody in Oslo expected more.”',
  match({ article, segments, index }) {
    const seg = segments[index];
    const para = article.paragraphs[seg.paragraph];
    const own = sentenceStart(article.text, para.start, seg.open);
    // The quote must open its sentence, and a sentence must stand before it in the paragraph.
    if (article.text.slice(own, seg.open).trim() !== '' || own <= para.start) return null;
    // Step back over the previous sentence's terminator, or its own end would look like its start.
    let back = own;
    while (back > para.start && /[\s.!?”"’)]/.test(article.text[back - 1])) back--;
    const from = sentenceStart(article.text, para.start, back);
    const prev = article.text.slice(from, own);
    const inQuote = (pos: number) => segments.some((s) => pos > s.open && pos < s.after);
    // A sentence that holds a quote of its own hands its speaker on through `continuation` instead.
    if (segments.some((s) => s.open >= from && s.open < own)) return null;
    const verbs = verbsIn(prev).filter((m) => !inQuote(from + m.index));
    for (let v = verbs.length - 1; v >= 0; v--) {
      const speaker = parseSpeakerBeforeVerb(prev.slice(0, verbs[v].index!));
      if (speaker && speaker.kind !== 'role') return { pattern: this.id, speaker: shift(speaker, from), end: seg.open };
    }
    return null;
  },
};
