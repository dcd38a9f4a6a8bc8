/**
 * Speaker turns in a broadcast transcript: a paragraph that opens with an upper-case label
 * ("LENA MARSH, HARBOUR PILOT (by phone): …" or later just "MARSH: …") is speech by that person.
 *
 * A label is only read as a speaker when the article is a transcript: at least two labelled turns by
 * different people, one of them with a description after the name. A bare label ("MARSH:") must name
 * someone a described label introduced (by full name or surname), so headers such as "SEGMENT SUMMARY:"
 * are no speakers. A turn that only promotes what comes next ("Coming up after the break: …") is no quote.
 */
import type { Article } from '../ingest/types.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

export interface TranscriptTurn {
  speaker: SpeakerPhrase;
  /** Index into `article.paragraphs`. */
  paragraph: number;
  /** Offsets of the spoken words in `Article.text`. */
  start: number;
  end: number;
  text: string;
}

const NAME_TOKEN = String.raw`\p{Lu}[\p{Lu}\p{M}'’.\-]*\p{Lu}`;
/** "NAME[, DESCRIPTION][ (NOTE)]: words" at a paragraph's start. */
const LABEL = new RegExp(String.raw`^(${NAME_TOKEN}(?:\s+${NAME_TOKEN}){0,3})(?:\s*,\s*([^:\n]{2,80}?))?\s*(\([^)\n]{1,60}\))?\s*:\s+(?=\S)`, 'u');
/** A turn that only promotes the next segment. */
const PROMO = /^(?:coming up|still ahead|up next|after the break|next on|stay with us)\b/i;
const SMALL_WORDS = new Set(['of', 'for', 'the', 'and', 'in', 'on', 'at', 'to', 'a', 'an']);

/** "ARVIND SETHI" -> "Arvind Sethi"; "O'NEIL-HART" -> "O'Neil-Hart". */
function titleCase(s: string, smallWordsLower = false): string {
  return s
    .toLowerCase()
    .split(/(\s+)/)
    .map((w, i) => (smallWordsLower && i > 0 && SMALL_WORDS.has(w) ? w : w.replace(/(^|[\s'’\-(])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase())))
    .join('');
}

/** An upper-case description becomes readable; one already in mixed case is kept. */
function readableDescription(s: string): string {
  return /\p{Ll}/u.test(s) ? s : titleCase(s, true);
}

/** Every speaker turn of a transcript article; [] for an article that is no transcript. */
export function findTranscriptTurns(article: Article): TranscriptTurn[] {
  const labels: { paragraph: number; name: string; description: string | null; start: number; labelEnd: number }[] = [];
  article.paragraphs.forEach((p, i) => {
    if (p.kind === 'heading') return;
    const m = LABEL.exec(p.text);
    if (!m) return;
    // A note on where someone spoke ("(in Parliament)", "(by phone)") is no part of who they are.
    const note = m[3] && !/^\((?:in|on|at|by|via|from)\s/i.test(m[3]) ? ` ${m[3]}` : '';
    const description = m[2] ? readableDescription(`${m[2].trim()}${note}`) : null;
    labels.push({ paragraph: i, name: titleCase(m[1]), description, start: p.start, labelEnd: p.start + m[0].length });
  });
  const described = labels.filter((l) => l.description && l.name.includes(' '));
  const surnameOf = (name: string) => name.split(/\s+/).pop()!;
  const fullName = (name: string) =>
    described.find((d) => d.name === name)?.name ?? described.find((d) => surnameOf(d.name) === name)?.name ?? null;
  const turns: TranscriptTurn[] = [];
  for (const l of labels) {
    const name = l.description ? l.name : fullName(l.name);
    if (!name || (!l.description && !name.includes(' '))) continue;
    const para = article.paragraphs[l.paragraph];
    let end = para.end;
    while (end > l.labelEnd && /\s/.test(article.text[end - 1])) end--;
    const text = article.text.slice(l.labelEnd, end);
    if (!text || PROMO.test(text)) continue;
    const speaker: SpeakerPhrase = {
      kind: 'person', name, honorific: null, gender: null,
      description: l.description, start: l.start, end: l.labelEnd,
    };
    turns.push({ speaker, paragraph: l.paragraph, start: l.labelEnd, end, text });
  }
  const people = new Set(turns.map((t) => t.speaker.name));
  if (people.size < 2 || described.length === 0) return [];
  return turns;
}
