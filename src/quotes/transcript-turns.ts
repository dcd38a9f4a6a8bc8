/**
 * Speaker turns in a broadcast transcript: a paragraph that opens with an upper-case label
 * ("LENA MARSH, HARBOUR PILOT (by phone): …" or later just "MARSH: …") is speech by that person.
 *
 * A label is only read as a speaker when the article is a transcript: at least two labelled turns by
 * different people, one of them with a description after the name. A bare label ("MARSH:") must name
 * someone a described label introduced (by full name or surname), so headers such as "SEGMENT SUMMARY:"
 * are no speakers. A turn that only promotes what comes next ("Coming up after the break: …") is no quote.
 *
 * With no upper-case labels, a press-briefing transcript may label turns in mixed case ("Q (Kyodo): …",
 * "Jiang Yu: …"): see mixedCaseLabels. Questions are read as turns of no named speaker.
 */
import type { Article } from '../ingest/types.js';
import { INSTITUTION_WORDS, TITLE_WORDS } from './lexicon.js';
import type { SpeakerPhrase } from './speaker-phrase.js';
import { introducedAs, type Introduction } from './transcript-introductions.js';
import { isKnownPersonName } from './description-country.js';

export interface TranscriptTurn {
  speaker: SpeakerPhrase;
  /** Index into `article.paragraphs`. */
  paragraph: number;
  /** Offsets of the spoken words in `Article.text`. */
  start: number;
  end: number;
  text: string;
}

/** An upper-case word of two letters or more, or an initial ("GEORGE W. BUSH"). */
const NAME_TOKEN = String.raw`(?:\p{Lu}[\p{Lu}\p{M}'’.\-]*\p{Lu}|\p{Lu}\.)`;
/** "NAME[, DESCRIPTION][ (NOTE)]: words" at a paragraph's start. */
const LABEL = new RegExp(String.raw`^(${NAME_TOKEN}(?:\s+${NAME_TOKEN}){0,3})(?:\s*,\s*([^:\n]{2,80}?))?\s*(\([^)\n]{1,60}\)|\[[^\]\n]{1,60}\])?\s*:\s+(?=\S)`, 'u');
/**
 * A mixed-case label, as press-briefing and interview transcripts print them: "Jiang Yu: …", "Ilse Varga
 * (by phone): …". Two to four capitalized words; read as a speaker only when the same name labels at
 * least two paragraphs and the article has other labels too (questions or a second speaker).
 */
const MIXED_LABEL = new RegExp(String.raw`^(\p{Lu}[\p{Ll}\p{M}'’\-]+(?:\s+\p{Lu}[\p{L}\p{M}'’\-]*){1,3})\s*(\([^)
]{1,60}\))?\s*:\s+(?=\S)`, 'u');
/** A question label: "Q:", "Q (Kyodo):", "Question:". The journalist asking is no named speaker. */
const QUESTION_LABEL = /^(?:Q|Question|QUESTION)\s*(?:\([^)\n]{1,60}\))?\s*[:.]\s+(?=\S)/;
/** Capitalized words that open no person's name ("Editor's Note:", "Related Links:"). */
const NOT_NAME_START = /^(?:The|A|An|This|That|Editor|Editors|Related|Read|See|Note|Update|Updated|Source|Sources|Photo|Watch|More|Also|Click|Follow|Share|Correction|Disclaimer|Advertisement|Copyright)\b/;
/** Title-like words before a name elsewhere in the text: "Foreign Ministry Spokesperson Jiang Yu". */
const TITLE_RUN = String.raw`((?:\p{Lu}[\p{L}\-]*\s+){1,5})`;

/** The title words printed before `name` somewhere in the article, as the label's description; null when none. */
function titleBefore(text: string, name: string): string | null {
  const m = new RegExp(TITLE_RUN + name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + String.raw`(?![\p{L}])`, 'u').exec(text);
  if (!m) return null;
  const words = m[1].trim().split(/\s+/);
  // Only the words that are titles or institutions: "Premier Wen Jiabao" but not "Thursday Jiang Yu".
  let k = words.length;
  while (k > 0 && (TITLE_WORDS.has(words[k - 1]) || INSTITUTION_WORDS.has(words[k - 1]))) k--;
  const title = words.slice(k);
  return title.some((w) => TITLE_WORDS.has(w)) ? title.join(' ') : null;
}

/** A bracketed note on how the words were heard, not who speaks: "(ARCHIVE CLIP)", "[VOICE-OVER]", "(translated)". */
const HOW_HEARD = /^[([](?:[\w\s-]*\b(?:clip|archive|file|tape|video|audio|voice|recorded|translat\w*|interpret\w*|sot|phone|crosstalk|inaudible)\b[\w\s-]*)[)\]]$/i;

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
    const note = m[3] && !/^[([](?:in|on|at|by|via|from)\s/i.test(m[3]) && !HOW_HEARD.test(m[3]) ? m[3] : '';
    // A role in brackets with no comma is the description: "MARK FEENEY (CORRESPONDENT):".
    const description = m[2] ? readableDescription(`${m[2].trim()}${note ? ` ${note}` : ''}`)
      : note ? readableDescription(note.slice(1, -1).trim()) : null;
    labels.push({ paragraph: i, name: titleCase(m[1]), description, start: p.start, labelEnd: p.start + m[0].length });
  });
  // No upper-case labels: a press briefing or interview may label its turns in mixed case.
  const mixed = labels.length === 0 ? mixedCaseLabels(article) : [];
  if (mixed.length > 0) return turnsOf(article, mixed);
  const described = labels.filter((l) => l.description && l.name.includes(' '));
  const surnameOf = (name: string) => name.split(/\s+/).pop()!;
  const fullName = (name: string) =>
    described.find((d) => d.name === name)?.name ?? described.find((d) => surnameOf(d.name) === name)?.name ?? null;
  // A bare surname no label describes may be introduced in the host's words ("Joining me is Mara
  // Tanner, a former naval officer"); the introduction gives the full name and the description.
  const introductions = new Map<string, Introduction | null>();
  const introduced = (label: string) => {
    if (!introductions.has(label)) introductions.set(label, introducedAs(article.text, label));
    return introductions.get(label)!;
  };
  const named = labels.flatMap((l) => {
    if (l.description) return [l];
    const full = fullName(l.name);
    if (full) return [{ ...l, name: full }];
    const intro = l.name.includes(' ') ? null : introduced(l.name);
    if (intro) return [{ ...l, name: intro.name, description: intro.description }];
    // A leader heard in a clip ("GEORGE W. BUSH (ARCHIVE CLIP):") is named in full and needs no description.
    return l.name.includes(' ') && isKnownPersonName(l.name) ? [l] : [];
  });
  const turns = turnsOf(article, named);
  const people = new Set(turns.map((t) => t.speaker.name));
  // A transcript: two speakers or more, and someone described (in a label or an introduction), so that a
  // stray "NOTE:" or "UPDATE:" line does not make an article a transcript.
  // An interview labels its questions with the outlet's name ("LEVANTINE QUARTERLY:"), which is no person:
  // one described guest answering in two turns or more, between other labels, is a transcript as well.
  const interview = people.size === 1 && turns.length >= 2 && new Set(labels.map((l) => l.name)).size >= 2;
  if ((people.size < 2 && !interview) || !named.some((l) => l.description)) return [];
  return turns;
}

/** The turn each label opens: the rest of its paragraph, unless it only promotes what comes next. */
function turnsOf(article: Article, labels: { paragraph: number; name: string; description: string | null; start: number; labelEnd: number }[]): TranscriptTurn[] {
  const turns: TranscriptTurn[] = [];
  for (const l of labels) {
    const para = article.paragraphs[l.paragraph];
    let end = para.end;
    while (end > l.labelEnd && /\s/.test(article.text[end - 1])) end--;
    const text = article.text.slice(l.labelEnd, end);
    if (!text || PROMO.test(text)) continue;
    const speaker: SpeakerPhrase = {
      kind: 'person', name: l.name, honorific: null, gender: null,
      description: l.description, start: l.start, end: l.labelEnd,
    };
    turns.push({ speaker, paragraph: l.paragraph, start: l.labelEnd, end, text });
  }
  return turns;
}

/**
 * Labels of a transcript printed in mixed case ("Q (Kyodo): …" / "Jiang Yu: …"). A name counts when it
 * labels two paragraphs or more and some other label (a question or another name) alternates with it.
 * Each label carries the title the article gives the name elsewhere ("Spokesperson Jiang Yu") as description.
 */
function mixedCaseLabels(article: Article): { paragraph: number; name: string; description: string | null; start: number; labelEnd: number }[] {
  const found: { paragraph: number; name: string; start: number; labelEnd: number }[] = [];
  let questions = 0;
  article.paragraphs.forEach((p, i) => {
    if (p.kind === 'heading') return;
    if (QUESTION_LABEL.test(p.text)) {
      questions++;
      return;
    }
    const m = MIXED_LABEL.exec(p.text);
    if (!m || NOT_NAME_START.test(m[1]) || m[1].split(/\s+/).some((w) => TITLE_WORDS.has(w) || INSTITUTION_WORDS.has(w))) return;
    found.push({ paragraph: i, name: m[1], start: p.start, labelEnd: p.start + m[0].length });
  });
  const count = new Map<string, number>();
  for (const f of found) count.set(f.name, (count.get(f.name) ?? 0) + 1);
  const recurring = [...count].filter(([, n]) => n >= 2).map(([name]) => name);
  if (recurring.length === 0 || (questions === 0 && recurring.length < 2)) return [];
  // The headline often names the speaker with a title ("Spokesperson Jiang Yu's Regular Press Conference").
  const descriptions = new Map(recurring.map((name) => [name, titleBefore(article.text, name) ?? titleBefore(article.title ?? '', name)]));
  return found.filter((f) => descriptions.has(f.name)).map((f) => ({ ...f, description: descriptions.get(f.name)! }));
}
