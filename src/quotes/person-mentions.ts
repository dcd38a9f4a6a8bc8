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
import { INSTITUTION_WORDS, TITLE_WORDS } from './lexicon.js';
import type { QuoteSegment } from './quote-marks.js';
import { parseSpeakerAfterVerb, type SpeakerPhrase } from './speaker-phrase.js';
import { countryOfWord as countryOf } from './country-of.js';
import { sentenceEndFinder, type SentenceEnds } from './sentence-bounds.js';
import { isCapToken, isHonorific, isLowerWord, isParticle, LazyWords, type Word } from './words.js';

const ROLE_STOP = new Set(['and', 'or', 'but', 'that', 'with', 'met', 'said', 'says', 'as', 'while', 'when', 'after', 'before', 'by', 'to', 'for']);

/** The role phrase ending at `words[k]` ("Pakistan's foreign minister"), or null when it is not a role. */
function roleBefore(words: LazyWords, k: number): string | null {
  if (!isLowerWord(words.at(k)!.core)) return null;
  const parts: string[] = [];
  for (let j = k; j >= 0 && parts.length < 6; j--) {
    const w = words.at(j)!;
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

/**
 * The noun phrase that opens the sentence before ", NAME," — "Observer of regional affairs at a state
 * university in Oslo, Dr Ilse Varga, said …" — as the person's description; null when the opening is a
 * time, place or clause ("On Monday, …", "In Oslo, …", "Speaking in Oslo, …").
 */
function sentenceOpeningRole(paraText: string, nameStart: number): string | null {
  const comma = paraText.lastIndexOf(',', nameStart);
  if (comma < 0 || paraText.slice(comma + 1, nameStart).trim()) return null;
  const before = paraText.slice(0, comma);
  const end = Math.max(before.lastIndexOf('. '), before.lastIndexOf('.” '), before.lastIndexOf('." '));
  const chunk = before.slice(end < 0 ? 0 : before.indexOf(' ', end) + 1).trim();
  const words = chunk.split(/\s+/);
  if (words.length < 2 || words.length > 14 || /[\d,;:“”"()]/.test(chunk)) return null;
  const first = words[0];
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || NOT_FIRST_NAMES.has(first) || OPENING_NOT_ROLE.has(first) || /(?:ing|ed)$/.test(first)) return null;
  // A role phrase holds lower-case words ("Observer of regional affairs"); a run of names does not.
  return words.filter((x) => /^\p{Ll}/u.test(x)).length >= 2 ? chunk : null;
}

/** Words opening a sentence's first phrase that make it no role: prepositions, adverbs, times. */
const OPENING_NOT_ROLE = new Set([
  'Like', 'Unlike', 'Under', 'Over', 'Since', 'Until', 'During', 'Despite', 'Before', 'Although', 'Though', 'Because',
  'Meanwhile', 'Earlier', 'Later', 'Yesterday', 'Today', 'Last', 'Next', 'Here', 'There', 'Elsewhere', 'According',
  'Among', 'Amid', 'Within', 'Without', 'Across', 'Along', 'Near', 'Inside', 'Outside', 'Beyond', 'Asked', 'However',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Once', 'Following', 'Upon', 'Through',
]);

/** Capitalized words that open a run without being a first name ("The Kremlin", "In Vilnius"). */
const NOT_FIRST_NAMES = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'In', 'On', 'At', 'For', 'But', 'And', 'As', 'By', 'To', 'With',
  'From', 'Of', 'After', 'When', 'While', 'If', 'So', 'Then', 'Now', 'Its', 'His', 'Her', 'Their', 'Our', 'Both',
]);

/** Words of place and organisation names, which look like two capitalized names ("East Africa", "Gaza City"). */
const PLACE_WORDS = new Set([
  'East', 'West', 'North', 'South', 'Middle', 'Central', 'Eastern', 'Western', 'Northern', 'Southern', 'Africa', 'Asia',
  'Europe', 'America', 'Sea', 'Gulf', 'Island', 'Islands', 'City', 'Street', 'Square', 'River', 'Valley', 'Lake', 'Lakes',
  'Mountain', 'Mountains', 'Strait', 'Bay', 'Coast', 'Province', 'Region', 'District', 'Centre', 'Center', 'University',
  'Institute', 'Forum', 'Group', 'Party', 'Front', 'Airport', 'News', 'Post', 'Times', 'Daily', 'Bridge', 'Road', 'Pass',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Day', 'War', 'Treaty', 'Accord',
]);

/** Titles that name one office holder when followed by a surname alone ("President Lindqvist", "Chancellor Brandt"). */
const OFFICE_TITLES: ReadonlySet<string> = new Set([
  'President', 'Minister', 'Premier', 'Chancellor', 'Ambassador', 'Envoy', 'Senator', 'Governor', 'Mayor', 'King',
  'Queen', 'Prince', 'Emir', 'Sheikh', 'Sultan', 'General', 'Admiral', 'Secretary', 'Spokesman', 'Spokeswoman', 'Judge',
]);

/** A word that may be a surname after a title: no title, institution, place, calendar word or country. */
function isPlainSurname(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:[\-’']\p{L}+)?$/u.test(word) && !TITLE_WORDS.has(word) && !INSTITUTION_WORDS.has(word)
    && !PLACE_WORDS.has(word) && !NOT_FIRST_NAMES.has(word) && !countryOf(word);
}

/** Days and months, which open a capitalized run before a name ("On Monday Varga said"). */
const CALENDAR_WORDS = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
]);

/**
 * Full names (two or three plain capitalized words) keyed by their last word, for names whose last word
 * the article also uses on its own: "the government of Ilse Varga" … "a threat from Varga himself". A
 * surname shared by two full names is left out; places and titles are no names.
 */
export function fullNamesBySurname(article: Article): Map<string, string> {
  const text = article.text;
  const names = new Map<string, Set<string>>();
  const titled = new Set<string>();
  const RUN = /(?<![\p{L}\-’'])(\p{Lu}\p{Ll}+(?:[\-’']\p{L}+)?(?:\s+\p{Lu}\p{Ll}+(?:[\-’']\p{L}+)?){1,3})(?![\p{L}\-])/gu;
  for (const para of article.paragraphs) {
    if (para.kind === 'heading') continue;
    // exec on the shared global regex, not matchAll: matchAll copies the regex for every paragraph.
    RUN.lastIndex = 0;
    for (let m = RUN.exec(para.text); m; m = RUN.exec(para.text)) {
      let parts = m[1].split(/\s+/);
      // Titles before the name are no part of it: "President Recep Tayyip Erdogan" names "Recep Tayyip Erdogan".
      let k = 0;
      while (k < parts.length - 2 && TITLE_WORDS.has(parts[k])) k++;
      // An office title and one more word ("President Lindqvist") names a person the article may go on to
      // call by that word alone; kept apart, so that a full name ending in it ("Ana Lindqvist") wins.
      if (parts.length >= 2 && k === parts.length - 2 && OFFICE_TITLES.has(parts[k]) && isPlainSurname(parts[k + 1])) {
        titled.add(parts[k + 1]);
        continue;
      }
      parts = parts.slice(k);
      if (parts.length > 3 || NOT_FIRST_NAMES.has(parts[0]) || parts.some((w) => TITLE_WORDS.has(w) || INSTITUTION_WORDS.has(w) || PLACE_WORDS.has(w) || countryOf(w))) continue;
      const last = parts[parts.length - 1];
      if (!names.has(last)) names.set(last, new Set());
      names.get(last)!.add(parts.join(' '));
    }
  }
  for (const surname of titled) if (!names.has(surname)) names.set(surname, new Set([surname]));
  const out = new Map<string, string>();
  // Full names hidden, so what is left of a surname stands alone ("In Varga's view" keeps "Varga's").
  // Made only for a surname that may stand alone: most articles name no one by a plain full name.
  let masked: string | null = null;
  for (const [last, full] of names) {
    if (full.size !== 1) continue;
    masked ??= text.replace(RUN, (r) => {
      const first = r.split(/\s/)[0];
      return NOT_FIRST_NAMES.has(first) ? first.replace(/\S/g, '_') + r.slice(first.length) : r.replace(/\S/g, '_');
    });
    // Most surnames occur only inside their full names, all masked: skip the regex for those.
    if (!masked.includes(last)) continue;
    // The surname must stand alone somewhere, not after "the" ("the House" is no person).
    const alone = new RegExp(`(?<![\\p{L}\\-’'])(?<![Tt]he\\s)${last}(?:[’']s)?(?![\\p{L}\\-])(?!\\s+\\p{Lu})`, 'u');
    if (alone.test(masked)) out.set(last, [...full][0]);
  }
  return out;
}

/**
 * True when the speaker parser, started at `words[i]` (a capitalized word or honorific), can only read a
 * bare surname or a pronoun, neither of which findPersonMentions keeps: one plain capitalized word ("Turkey
 * said", "Residents of") that is no honorific, title, possessive or institution word and opens no longer
 * run. Most capitalized words are such, and the parser (with its appositive search) is skipped for them.
 * The test looks at the paragraph's words, which the sentence's words are a prefix of: a run that the
 * paragraph's words end ends within the sentence too.
 */
export function opensBareWordOnly(words: LazyWords, i: number): boolean {
  const w = words.at(i)!;
  const core = w.core;
  if (isHonorific(core) || TITLE_WORDS.has(core) || INSTITUTION_WORDS.has(core) || core.endsWith('’s') || core.endsWith("'s")) return false;
  if (w.trail) return true;
  const next = words.at(i + 1);
  if (!next) return true;
  if (isCapToken(next.core) || isHonorific(next.core)) return false;
  const after = words.at(i + 2);
  return !(isParticle(next.core) && after && isCapToken(after.core));
}

/**
 * `sentenceEnds[i]`, when the caller has scanned paragraph `i` for its sentence ends already
 * (findSentenceEnds over the paragraph's span).
 */
export function findPersonMentions(article: Article, segments: QuoteSegment[], knownNames: Set<string>, sentenceEnds?: readonly (SentenceEnds | null)[]): SpeakerPhrase[] {
  const text = article.text;
  const inQuote = (pos: number) => segments.some((s) => pos > s.open && pos < s.after);
  const out: SpeakerPhrase[] = [];
  const surnames = fullNamesBySurname(article);
  for (let p = 0; p < article.paragraphs.length; p++) {
    const para = article.paragraphs[p];
    if (para.kind === 'heading') continue;
    const paraText = text.slice(para.start, para.end);
    // Every capitalized word is tried as the start of a name. Splitting the rest of its sentence again for
    // each one was the quote finder's largest cost: the paragraph is split and its sentence ends found once,
    // and each try gets the words from that word to its sentence's end (what the parser would split itself).
    // The words are made as they are looked at: most are lower-case, passed over by their first letter.
    const words = new LazyWords(paraText);
    const sentenceEndAt = sentenceEndFinder(text, para.start, para.end, sentenceEnds?.[p] ?? undefined);
    for (let i = 0; i < words.length; i++) {
      // Most words are lower-case: that test comes first, before any look at the word before.
      if (words.isPlain(i)) continue;
      const w = words.at(i)!;
      const prev = words.at(i - 1);
      if (!isCapToken(w.core) && !isHonorific(w.core)) continue;
      // Only the first word of a capitalized run starts a mention; a day or month before it is no part of
      // the run ("On Thursday Erdogan turned …").
      const afterOpener = prev && (NOT_FIRST_NAMES.has(prev.core) || CALENDAR_WORDS.has(prev.core));
      if (prev && !prev.trail && !afterOpener && (isCapToken(prev.core) || isHonorific(prev.core))) continue;
      const at = para.start + w.start;
      if (inQuote(at)) continue;
      // A surname on its own ("a threat from Varga himself", "In Varga's view") is the person of that full name.
      const next = words.at(i + 1);
      const bare = w.core.endsWith('’s') || w.core.endsWith("'s") ? w.core.slice(0, -2) : w.core;
      const full = surnames.get(bare);
      if (full && !(next && !w.trail && isCapToken(next.core)) && !/^the$/i.test(prev?.core ?? '')) {
        out.push({ kind: 'person', name: full, honorific: null, gender: null, description: null, start: at, end: at + w.core.length });
        continue;
      }
      // "In Varga" opens no name of its own; only a bare surname after such a word is read above.
      if (afterOpener && !prev.trail) continue;
      if (opensBareWordOnly(words, i)) continue;
      // Offsets of the phrase are the paragraph's: the words are not shifted to start at this one.
      const phrase = parseSpeakerAfterVerb(paraText, words.from(i, sentenceEndAt(at) - para.start));
      if (!phrase || phrase.start !== w.start) continue;
      const shifted = { ...phrase, start: phrase.start + para.start, end: phrase.end + para.start };
      // "Mr. Syed", and an office holder called by title and surname ("President Lindqvist"), whom a later
      // "the president said" means when no one else holding that office was named since.
      if (phrase.kind === 'surname' && phrase.honorific && (isHonorific(phrase.honorific) || (OFFICE_TITLES.has(phrase.honorific) && isPlainSurname(phrase.name)))) out.push(shifted);
      else if (phrase.kind === 'institution') out.push(shifted);
      else if (phrase.kind === 'person') {
        // "Iran's foreign minister, Hossein Amir-Abdollahian, met …": the role before the name describes it.
        if (!phrase.description && prev?.trail === ',' && text[shifted.end] === ',') {
          const role = roleBefore(words, i - 1) ?? sentenceOpeningRole(paraText, w.start);
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
