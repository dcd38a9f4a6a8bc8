/** Pattern `according-to`: "according to X" anywhere in the quote's sentence, outside the quote. */
import type { SpeakerPhrase } from '../speaker-phrase.js';
import { parseSpeakerAfterVerb } from '../speaker-phrase.js';
import { sentenceEnd, sentenceStart } from '../sentence-bounds.js';
import { shift, type AttributionPattern } from './attribution-pattern.js';

const ACCORDING_TO = /\baccording to\s+/gi;

/**
 * The source after "according to " in `s`: a person or institution when the speaker parser reads one,
 * else the words up to the next comma or the sentence's end ("officials from both sides").
 */
export function accordingToSource(s: string): SpeakerPhrase | null {
  // "according to him" stands for the person last named, like "he".
  const pron = /^(him|her)\b/.exec(s);
  if (pron) return { kind: 'pronoun', name: pron[1] === 'him' ? 'he' : 'she', honorific: null, gender: pron[1] === 'him' ? 'm' : 'f', description: null, start: 0, end: pron[1].length };
  const parsed = parseSpeakerAfterVerb(s);
  if (parsed && parsed.start === 0 && (parsed.kind !== 'surname' || parsed.honorific || /^\S+\s*[,.;]/.test(s))) return parsed;
  const m = /^([^,.;:“”"]{2,80}?)\s*(?:[,.;:]|$)/.exec(s);
  if (!m || m[1].split(/\s+/).length > 8) return null;
  const name = m[1].replace(/^the\s+/i, '');
  return { kind: 'institution', name, honorific: null, gender: null, description: null, start: m[1].length - name.length, end: m[1].length };
}

/** Every "according to" in `[from, to)` of `text` with its parsed source (offsets in `text`). */
export function accordingToMentions(text: string, from: number, to: number): { at: number; end: number; speaker: SpeakerPhrase }[] {
  const out: { at: number; end: number; speaker: SpeakerPhrase }[] = [];
  const slice = text.slice(from, to);
  // exec on the shared global regex, not matchAll: matchAll copies the regex for every sentence.
  ACCORDING_TO.lastIndex = 0;
  for (let m = ACCORDING_TO.exec(slice); m; m = ACCORDING_TO.exec(slice)) {
    const base = from + m.index! + m[0].length;
    const speaker = accordingToSource(text.slice(base, to));
    if (speaker) out.push({ at: from + m.index!, end: base + speaker.end, speaker: shift(speaker, base) });
  }
  return out;
}

export const accordingTo: AttributionPattern = {
  id: 'according-to',
  example: 'The talks, according to Ilse Varga, will “go nowhere.”  /  “It is over,” according to a ministry aide.',
  match({ article, segments, index }) {
    const seg = segments[index];
    const para = article.paragraphs[seg.paragraph];
    const start = sentenceStart(article.text, para.start, seg.open);
    const lastPara = article.paragraphs[seg.lastParagraph];
    const end = sentenceEnd(article.text, seg.after, lastPara.end);
    const outside = (pos: number) => !segments.some((s) => pos > s.open && pos < s.after);
    const hit = accordingToMentions(article.text, start, end).find((h) => outside(h.at));
    return hit ? { pattern: this.id, speaker: hit.speaker, end: hit.end } : null;
  },
};
