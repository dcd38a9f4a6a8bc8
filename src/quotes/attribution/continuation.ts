/**
 * Pattern `continuation`: a quote with no attribution of its own continues the speaker of the quote just
 * before it, in the same paragraph ("“…,” he says. “…”"), or of the previous paragraph when this paragraph
 * opens with the quote and says nothing else.
 */
import type { AttributionPattern } from './attribution-pattern.js';

export const continuation: AttributionPattern = {
  id: 'continuation',
  example: '“We wait,” says Ilse Varga. “Then we decide.”',
  match({ article, segments, index, found }) {
    const seg = segments[index];
    const prev = index - 1;
    if (prev < 0 || !found[prev]) return null;
    const before = segments[prev];
    if (before.lastParagraph === seg.paragraph) {
      return { pattern: this.id, speaker: found[prev]!.speaker, inheritsFrom: prev, end: seg.start };
    }
    if (before.lastParagraph !== seg.paragraph - 1) return null;
    const para = article.paragraphs[seg.paragraph];
    const opensWithQuote = article.text.slice(para.start, seg.open).trim() === '';
    const restIsEmpty = article.text.slice(seg.after, para.end).trim().length <= 1;
    if (!opensWithQuote || !restIsEmpty) return null;
    return { pattern: this.id, speaker: found[prev]!.speaker, inheritsFrom: prev, end: seg.start };
  },
};
