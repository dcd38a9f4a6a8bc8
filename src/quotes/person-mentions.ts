/**
 * People mentioned outside attributions, so that surnames and pronouns can point back to them:
 * - honorific + surname anywhere ("Mr. Syed met …"), which also tells the gender;
 * - a title before a full name ("Foreign Minister Hossein Amir Abdollahian");
 * - a full name followed by an appositive ("Ilse Varga, a retired admiral, …");
 * - any later occurrence of a full name already known from an attribution;
 * - named institutions ("Pakistan’s Foreign Ministry"), which unnamed officials later speak for.
 * Plain capitalized runs are not people ("Sistan and Baluchestan", "Hudson Institute").
 */
import type { Article } from '../ingest/types.js';
import { TITLE_WORDS } from './lexicon.js';
import type { QuoteSegment } from './quote-marks.js';
import { parseSpeakerAfterVerb, type SpeakerPhrase } from './speaker-phrase.js';
import { countryOfWord as countryOf } from './country-of.js';
import { sentenceEndFinder } from './sentence-bounds.js';
import { isCapToken, isHonorific, isLowerWord, sentenceWordsFrom, splitWords, type Word } from './words.js';

const ROLE_STOP = new Set(['and', 'or', 'but', 'that', 'with', 'met', 'said', 'says', 'as', 'while', 'when', 'after', 'before', 'by', 'to', 'for']);

/** The role phrase ending at `words[k]` ("Pakistan's foreign minister"), or null when it is not a role. */
function roleBefore(words: Word[], k: number): string | null {
  if (!isLowerWord(words[k].core)) return null;
  const parts: string[] = [];
  for (let j = k; j >= 0 && parts.length < 6; j--) {
    const w = words[j];
    if (j < k && w.trail) break;
    if (/^(?:the|a|an)$/i.test(w.core)) break;
    if (/[’']s$/.test(w.core) || (isCapToken(w.core) && countryOf(w.core))) {
      parts.unshift(w.core);
      break;
    }
    if (!isLowerWord(w.core) || ROLE_STOP.has(w.core)) break;
    parts.unshift(w.core);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

export function findPersonMentions(article: Article, segments: QuoteSegment[], knownNames: Set<string>): SpeakerPhrase[] {
  const text = article.text;
  const inQuote = (pos: number) => segments.some((s) => pos > s.open && pos < s.after);
  const out: SpeakerPhrase[] = [];
  for (const para of article.paragraphs) {
    if (para.kind === 'heading') continue;
    const words = splitWords(text.slice(para.start, para.end));
    // Every capitalized word is tried as the start of a name. Splitting the rest of its sentence again for
    // each one was the quote finder's largest cost: the paragraph is split and its sentence ends found once,
    // and each try gets the words from that word to its sentence's end (what the parser would split itself).
    const sentenceEndAt = sentenceEndFinder(text, para.start, para.end);
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const prev = words[i - 1];
      // Only the first word of a capitalized run starts a mention.
      if (prev && !prev.trail && (isCapToken(prev.core) || isHonorific(prev.core))) continue;
      if (!isCapToken(w.core) && !isHonorific(w.core)) continue;
      const at = para.start + w.start;
      if (inQuote(at)) continue;
      const phrase = parseSpeakerAfterVerb(text.slice(at, para.end), sentenceWordsFrom(words, i, sentenceEndAt(at) - para.start));
      if (!phrase || phrase.start !== 0) continue;
      const shifted = { ...phrase, start: phrase.start + at, end: phrase.end + at };
      if (phrase.kind === 'surname' && phrase.honorific && isHonorific(phrase.honorific)) out.push(shifted);
      else if (phrase.kind === 'institution') out.push(shifted);
      else if (phrase.kind === 'person') {
        // "Iran's foreign minister, Hossein Amir-Abdollahian, met …": the role before the name describes it.
        if (!phrase.description && prev?.trail === ',' && text[shifted.end] === ',') {
          const role = roleBefore(words, i - 1);
          if (role) {
            out.push({ ...shifted, description: role });
            continue;
          }
        }
        const titled = isHonorific(w.core) || TITLE_WORDS.has(w.core);
        if (titled || phrase.description || knownNames.has(phrase.name)) out.push(shifted);
      }
    }
  }
  return out;
}
