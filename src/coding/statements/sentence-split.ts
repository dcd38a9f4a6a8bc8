/** A plain sentence splitter, used only when the caller has no sentences from the language stage. */
import type { Article } from '../../ingest/types.js';

export interface TextSpan {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph in Article.paragraphs. */
  paragraph: number;
}

/**
 * Splits each paragraph at ". ", "! " or "? " followed by a capital or quote; abbreviations such as
 * "Mr." or "Jan." are kept inside the sentence (a short word before the stop does not end it).
 */
export function splitSentences(article: Article): TextSpan[] {
  const out: TextSpan[] = [];
  article.paragraphs.forEach((p, index) => {
    const boundary = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9])/g;
    let from = 0;
    for (let m = boundary.exec(p.text); m; m = boundary.exec(p.text)) {
      const before = p.text.slice(Math.max(0, m.index - 4), m.index + 1);
      if (/\b(?:Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|No|vs)\.$/.test(before)) continue;
      const end = m.index + m[0].trimEnd().length;
      push(out, p.text, p.start, from, end, index);
      from = m.index + m[0].length;
    }
    push(out, p.text, p.start, from, p.text.length, index);
  });
  return out;
}

function push(out: TextSpan[], text: string, base: number, from: number, to: number, paragraph: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body) out.push({ text: body, start: base + from + lead, end: base + from + lead + body.length, paragraph });
}
