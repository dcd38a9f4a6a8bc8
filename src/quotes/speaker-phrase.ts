/**
 * Reads the speaker phrase next to a verb of saying: "former Pakistani Ambassador Husain Haqqani, who is …",
 * "Mr. Syed", "she", "the senator", "the Pakistani Foreign Ministry". Titles become description; the name
 * keeps only its name tokens.
 */
import { countryOfWord as countryOf } from './country-of.js';
import { HONORIFICS, INSTITUTION_WORDS, PRONOUNS, SPEECH_PARTICIPLES, TITLE_WORDS } from './lexicon.js';
import { sentenceEnd } from './sentence-bounds.js';
import { finalWord, isCapToken, isHonorific, isLowerWord, isParticle, isSpace, keyTester, splitWords, type Word } from './words.js';

export type SpeakerKind = 'person' | 'surname' | 'pronoun' | 'role' | 'institution';

/** A speaker as written. Offsets are relative to the string that was parsed until the caller shifts them. */
export interface SpeakerPhrase {
  kind: SpeakerKind;
  /** Full name (person), surname, pronoun, role noun ("senator"), or institution name. */
  name: string;
  honorific: string | null;
  gender: 'm' | 'f' | null;
  /** Description given at this mention: words before the name plus the appositive after it. */
  description: string | null;
  start: number;
  end: number;
  /** Set for a joint subject ("Iran and Pakistan"): the statement belongs to no single country. */
  joint?: boolean;
}

/** Words that end a run of description words before a name. */
const STOP_WORDS = new Set([
  'that', 'which', 'and', 'but', 'or', 'to', 'in', 'on', 'at', 'as', 'while', 'when', 'after', 'before',
  'because', 'if', 'so', 'said', 'says', 'of', 'for', 'with', 'by', 'from', 'also', 'it', 'is', 'was', 'has',
  'have', 'had', 'not', 'this', 'these', 'there', 'then', 'who', 'he', 'she', 'they', 'we', 'i',
]);

/** Capitalized function words that open a sentence before a name ("For Ms. Naqvi", "But Mr. Ali"). */
const LEADING_FUNCTION_WORDS = new Set([
  'For', 'In', 'But', 'And', 'As', 'At', 'By', 'To', 'With', 'From', 'On', 'Of', 'After', 'When', 'While',
  'Like', 'Unlike', 'According', 'Despite', 'Yet', 'So', 'Then', 'Now', 'Also', 'Still', 'Even', 'If', 'Although',
]);

/** Verbs that can sit where a role noun would ("the group is said"). */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'did', 'does', 'do']);

/** Lowercase nouns that, after a capitalized word, make an institution ("Iranian officials"). */
// "side" as diplomatic copy uses it: "the Ecuadorian side denied …".
const GROUP_NOUNS = 'officials|authorities|government|military|army|ministry|diplomats|media|forces|spokesman|spokeswoman|spokesperson|embassy|leadership|police|side';

const GROUP_NOUN_WORD = new RegExp(`^(?:${GROUP_NOUNS})$`);

/** Heads of an unnamed official's phrase ("a ministry spokesperson", "an army officer"). */
const UNNAMED_OFFICIALS = 'spokesperson|spokesman|spokeswoman|official|officer|diplomat|minister|source|aide|commander|envoy|adviser|advisor';

function isTitle(words: Word[], index: number): boolean {
  const core = words[index].core;
  if (TITLE_WORDS.has(core)) return true;
  if (/[’']s$/.test(core)) return true;
  // A demonym or country is description only when it qualifies a title after it ("Pakistani Ambassador");
  // otherwise it may be a first name that happens to be a capital ("Sofia").
  return words.slice(index + 1).some((w) => TITLE_WORDS.has(w.core)) && countryOf(core) !== null;
}

/** Description words before the name lose a leading article ("the political commentator"); the appositive keeps it. */
function cleanDescription(pre: string, post: string | null): string | null {
  const parts = [pre.trim().replace(/^(?:the|a|an)\s+/i, ''), (post ?? '').trim()].filter(Boolean);
  const joined = parts.join(', ').replace(/[\s,.;:]+$/, '');
  return joined || null;
}

/**
 * How an appositive that describes a person starts: an article, "who", "former", a possessive
 * ("Pakistan’s former envoy"), or a role noun followed by of/for/at ("director of …"). Anything else after
 * the comma is a clause ("…, led Tehran to …") and not a description.
 */
const APPOSITIVE_START = /^(?:(?:a|an|the|who|whose|former|ex-\S+|now|then|currently|once|himself|herself|one|also|both|each)\b|\p{Lu}[\p{L}\-]*[’']s\b|\p{Lu}[\p{L}\-]*\s+(?:former|ex-|senior|deputy|foreign|defen[cs]e|prime|top|chief)\b|[a-z\-]+(?:\s+[a-z\-]+)?\s+(?:of|for|at|with|to)\b)/u;

/** `Object.hasOwn(PRONOUNS, core)`, without the slow miss on every other word (see keyTester). */
const isPronoun = keyTester(PRONOUNS);

/** Where an appositive's description stops: a participle or a second clause (compiled once: it runs per speaker). */
const APPOSITIVE_PARTICIPLE = new RegExp(`,\\s*(?:${SPEECH_PARTICIPLES.join('|')}|and\\s+(?:he|she)\\b|[a-z]+ing\\s+(?:that|to)\\b)`);
/** A relative clause that reports speech: ", who said …". */
const APPOSITIVE_SPEECH = /,?\s*\bwho\s+(?:also\s+|later\s+)?(?:said|says|told|added|noted|warned|argued|stressed)\b/;
/** The head noun of an unnamed official, the whole word ("spokesperson"). */
const UNNAMED_HEAD = new RegExp(`^(?:${UNNAMED_OFFICIALS})$`);
/** A group subject ending the text before the verb: "South Korea's defence ministry", "Iranian officials". */
const GROUP_SUBJECT = new RegExp(`(?:^|\\s)((?:the\\s+)?(?:(?!(?:The|A|An|One)\\s)\\p{Lu}[\\p{L}\\-]*\\s+){0,2}\\p{Lu}[\\p{L}\\-]*(?:[’']s)?(?:\\s+[a-z]+)?\\s+(?:${GROUP_NOUNS}))$`, 'u');
/** An unnamed official ending the text before the verb: "a senior Pakistani official". */
const UNNAMED_SUBJECT = new RegExp(`(?:^|\\s)(?:an?|one)\\s+((?:[\\p{L}\\-’']+\\s+){0,3}(?:${UNNAMED_OFFICIALS}))$`, 'u');

/**
 * True when `body` ends with one of `nouns` ("a|b|c"): a necessary condition of GROUP_SUBJECT and
 * UNNAMED_SUBJECT, tried first. Both are anchored at the end, which V8 cannot search from: it
 * tries every position of the text, and most subjects end with neither kind of noun.
 */
const endsWithOneOf = (nouns: string) => {
  // The words by their last character: most texts are turned away by it, the rest try only its words.
  const byLast = new Map<number, string[]>();
  for (const n of nouns.split('|')) {
    const c = n.charCodeAt(n.length - 1);
    byLast.set(c, [...(byLast.get(c) ?? []), n]);
  }
  return (body: string) => {
    const list = byLast.get(body.charCodeAt(body.length - 1));
    if (list === undefined) return false;
    for (const n of list) if (body.endsWith(n)) return true;
    return false;
  };
};
const mayEndWithGroupNoun = endsWithOneOf(GROUP_NOUNS);
const mayEndWithOfficial = endsWithOneOf(UNNAMED_OFFICIALS);
/** The words an auxiliary or adverb, a time phrase, a passive ends with: guards of the end-anchored regexes below. */
const AUX_BEFORE_VERB = 'also|later|has|had|have|repeatedly|previously|once|recently|then|further|again|would|will|publicly';
const mayEndWithAux = endsWithOneOf(AUX_BEFORE_VERB);
const AUX_RE = new RegExp(`\\s+(?:${AUX_BEFORE_VERB})$`);
const mayEndWithTime = endsWithOneOf('Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|earlier|week|month|year|night');
const mayEndPassive = endsWithOneOf('is|are|was|were|be|been|being');

/** The appositive after a name: ", a Pakistani senator and foreign policy expert, noting that …" -> the description. */
function appositive(s: string, from: number): { text: string; end: number } | null {
  if (s[from] !== ',') return null;
  const stop = sentenceEnd(s, from, s.length);
  let body = s.slice(from + 1, stop);
  // ", who said …" reports speech; it describes no one.
  const said = body.search(APPOSITIVE_SPEECH);
  if (said >= 0) body = body.slice(0, said);
  const cut = body.search(APPOSITIVE_PARTICIPLE);
  if (cut >= 0) body = body.slice(0, cut);
  const dash = body.search(/\s[–—]\s|;/);
  if (dash >= 0) body = body.slice(0, dash);
  // ", spoke to reporters …": a verb after a comma ends the appositive; a second appositive (", a research
  // group …", ", now at …", ", who …") continues it.
  const clause = body.search(/,\s+(?!(?:a|an|the|who|whose|which|now|then|formerly|once|based|and|or|also|himself|herself|one|its|his|her|their)\b)\p{Ll}/u);
  if (clause >= 0) body = body.slice(0, clause);
  let lead = body.length - body.trimStart().length;
  // An age before the description ("…, 41, a truck dispatcher") is skipped.
  const age = /^\s*\d{1,3},\s+/.exec(body);
  if (age) {
    lead = age[0].length;
    body = body.slice(lead);
  }
  body = body.trim().replace(/[.,]+$/, '');
  const quote = body.search(/[“"]/);
  if (quote >= 0) body = body.slice(0, quote).replace(/[\s,]+$/, '');
  if (!body || !APPOSITIVE_START.test(body) || /^[a-z]+ing\b/.test(body)) return null;
  return { text: body, end: from + 1 + lead + body.length };
}

/** Turns a capitalized run into a speaker; null when it holds no usable name. */
function fromRun(run: Word[], s: string, pre: string[], post: string | null, allowBare: boolean, phraseStart?: number): SpeakerPhrase | null {
  let words = run;
  // A sentence-initial function word is no part of a name: "For Ms. Naqvi, the worry is …".
  if (words.length > 1 && LEADING_FUNCTION_WORDS.has(words[0].core)) {
    words = words.slice(1);
    phraseStart = undefined;
    run = words;
  }
  let honorific: string | null = null;
  if (isHonorific(words[0].core)) {
    honorific = words[0].core;
    words = words.slice(1);
  }
  if (words.length === 0) return null;
  const start = phraseStart ?? run[0].start;
  const end = run[run.length - 1].end;
  // "Foreign Ministry Spokesperson Jiang Yu", "Chief Cabinet Secretary Yoshito Sengoku": a title after the
  // institution and a full name after the title make a person, whom the institution describes.
  let lastInst = -1;
  words.forEach((w, i) => { if (INSTITUTION_WORDS.has(w.core)) lastInst = i; });
  const titleAfter = lastInst >= 0 && words.length - lastInst >= 4 && TITLE_WORDS.has(words[lastInst + 1].core)
    && words.slice(lastInst + 2).every((w) => !TITLE_WORDS.has(w.core) && !INSTITUTION_WORDS.has(w.core) && !/[’']s$/.test(w.core));
  if (lastInst >= 0 && !titleAfter) {
    const name = s.slice(words[0].start, end);
    return { kind: 'institution', name, honorific: null, gender: null, description: cleanDescription('', post), start, end };
  }
  let last = -1;
  words.forEach((_, i) => { if (isTitle(words, i)) last = i; });
  const titles = words.slice(0, last + 1).map((w) => w.core);
  const nameWords = words.slice(last + 1);
  const gender = honorific ? HONORIFICS[honorific] : null;
  const description = cleanDescription([...pre, ...titles].join(' '), post);
  if (nameWords.length >= 2 && nameWords.length <= 5) {
    const name = s.slice(nameWords[0].start, nameWords[nameWords.length - 1].end);
    return { kind: 'person', name, honorific, gender, description, start, end };
  }
  if (nameWords.length === 1 && (honorific || titles.length > 0 || allowBare)) {
    return { kind: 'surname', name: nameWords[0].core, honorific: honorific ?? titles[titles.length - 1] ?? null, gender, description, start, end };
  }
  return null;
}

/**
 * The speaker right after a verb of saying: `s` starts after "says ". Handles description words before the
 * name ("political commentator Mosharraf Zaidi") and an appositive after it (", a Pakistani senator …").
 * `sentenceWords`, when the caller has split the text already: the words from the speaker's first word to
 * its sentence's end (sentenceWordsFrom), offsets relative to `s`, which may then start before that first
 * word (the phrase's offsets are relative to `s` as well). Default: `s` starts at the speaker and is split here.
 */
export function parseSpeakerAfterVerb(s: string, sentenceWords?: Word[]): SpeakerPhrase | null {
  const words = sentenceWords ?? splitWords(s.slice(0, sentenceEnd(s, 0, s.length)));
  if (words.length === 0) return null;
  const first = words[0];
  if (isPronoun(first.core)) {
    return { kind: 'pronoun', name: first.core.toLowerCase(), honorific: null, gender: PRONOUNS[first.core], description: null, start: first.start, end: first.end };
  }
  const pre: string[] = [];
  let fallback: SpeakerPhrase | null = null;
  let i = 0;
  while (i < words.length && i < 14) {
    const w = words[i];
    if (isCapToken(w.core) || isHonorific(w.core)) {
      let j = i;
      while (j < words.length && !words[j].trail) {
        const next = words[j + 1];
        if (!next) break;
        if (isCapToken(next.core) || isHonorific(next.core)) j++;
        else if (isParticle(next.core) && words[j + 2] && isCapToken(words[j + 2].core)) j += 2;
        else break;
      }
      const run = words.slice(i, j + 1);
      const lastWord = run[run.length - 1];
      const app = lastWord.trail.startsWith(',') ? appositive(s, lastWord.end) : null;
      const found = fromRun(run, s, pre, app?.text ?? null, i === 0, words[0].start);
      // "said Foreign Ministry spokesman Nasser Kanaani": the institution is the description of the
      // person named after it; it speaks itself only when no name follows.
      const next = words[j + 1];
      if (found?.kind === 'institution' && !lastWord.trail && next && isLowerWord(next.core) && !STOP_WORDS.has(next.core)) {
        fallback ??= found;
      } else if (found) {
        if (app) found.end = Math.max(found.end, app.end);
        return found;
      }
      if (lastWord.trail) return fallback;
      pre.push(...run.map((x) => x.core));
      i = j + 1;
      continue;
    }
    // "Minister of Foreign Affairs Marty Natalegawa": "of" joins a title to the portfolio after it.
    const ofTitle = w.core === 'of' && TITLE_WORDS.has(pre[pre.length - 1] ?? '') && !w.trail && words[i + 1] && isCapToken(words[i + 1].core);
    if (!ofTitle && (!isLowerWord(w.core) || (STOP_WORDS.has(w.core) && !(i === 0 && w.core === 'the')))) break;
    pre.push(w.core);
    if (w.trail) {
      // "says Chile’s foreign minister, Marta Olguin Reyes." — the role, then the name in apposition.
      const next = words[i + 1];
      if (w.trail === ',' && next && (isCapToken(next.core) || isHonorific(next.core))) {
        i++;
        continue;
      }
      break;
    }
    i++;
  }
  // "said a Pakistani military official." — an unnamed official speaks for an institution.
  const head = pre[pre.length - 1];
  if (pre.length >= 2 && /^(?:a|an|one)$/.test(pre[0]) && UNNAMED_HEAD.test(head ?? '')) {
    const end = words[Math.min(i, words.length - 1)].end;
    return { kind: 'institution', name: pre.slice(1).join(' '), honorific: null, gender: null, description: null, start: words[0].start, end };
  }
  // "says the senator." — a role noun phrase resolved later against descriptions.
  if (pre.length >= 2 && pre[0] === 'the' && pre.length <= 4 && i < words.length && words[i].trail) {
    const name = pre.slice(1).join(' ');
    return { kind: 'role', name, honorific: null, gender: null, description: null, start: words[0].start, end: words[i].end };
  }
  return fallback;
}

/** A role ending the text before the verb: "the Belarusian leader" (global: searched from roleSearchStart). */
const ROLE_SUBJECT = /(?:^|\s)[Tt]he\s+((?:(?:[a-z][a-z\-]*|\p{Lu}\p{Ll}+)\s+){0,3}([a-z][a-z\-]*))$/gu;

/**
 * Where ROLE_SUBJECT's search of `body` may start: the start of the fifth whitespace run from the end, or 0.
 * A match holds at most five (the space before "the", the one after it, and one after each of up to three
 * more words), and none of its words holds a space, so no match starts earlier; anchored at the end, the
 * regex would otherwise be tried from every position of the sentence.
 */
function roleSearchStart(body: string): number {
  let runs = 0;
  let k = body.length;
  while (k > 0) {
    if (!isSpace(body.charCodeAt(k - 1))) {
      k--;
      continue;
    }
    let j = k - 1;
    while (j > 0 && isSpace(body.charCodeAt(j - 1))) j--;
    if (++runs === 5) return j;
    k = j;
  }
  return 0;
}

/** What `/(?:^|\s)[Tt]he\s+(…)$/u.exec(body)` gives for ROLE_SUBJECT's pattern, searched from roleSearchStart only. */
export function roleAtEnd(body: string): RegExpExecArray | null {
  ROLE_SUBJECT.lastIndex = roleSearchStart(body);
  const m = ROLE_SUBJECT.exec(body);
  ROLE_SUBJECT.lastIndex = 0;
  return m;
}

/**
 * The subject before the verb when it ends in no capitalized name: a group ("South Korea's defence
 * ministry"), an unnamed official ("a senior Pakistani official") or a role ("the Belarusian leader").
 */
function subjectWithoutName(body: string, post: string | null): SpeakerPhrase | null {
  // A demonym may qualify the role: "the Belarusian leader".
  const last = body.charCodeAt(body.length - 1);
  const role = (last >= 97 && last <= 122) || last === 45 ? roleAtEnd(body) : null;
  const roleOk = !role || !role[1].split(/\s+/).some((x) => /^\p{Lu}/u.test(x) && !countryOf(x));
  // "South Korea's defence ministry": every capitalized word of the owner belongs to the name.
  const group = mayEndWithGroupNoun(body) ? GROUP_SUBJECT.exec(body) : null;
  // "a ministry spokesperson", "a senior Pakistani official": an unnamed official speaks for an institution.
  const unnamed = mayEndWithOfficial(body) ? UNNAMED_SUBJECT.exec(body) : null;
  if (!group && unnamed) {
    const name = unnamed[1];
    return { kind: 'institution', name, honorific: null, gender: null, description: post, start: body.length - unnamed[0].trimStart().length, end: body.length };
  }
  if (group) {
    const name = group[1].replace(/^the\s+/, '');
    return { kind: 'institution', name, honorific: null, gender: null, description: post, start: body.length - name.length, end: body.length };
  }
  if (role && roleOk && !INSTITUTION_WORDS.has(role[2]) && !role[1].split(/\s+/).some((x) => STOP_WORDS.has(x) || AUXILIARIES.has(x))) {
    return { kind: 'role', name: role[1], honorific: null, gender: null, description: post, start: body.length - role[0].trimStart().length, end: body.length };
  }
  return null;
}

/** Words after which a name opens a clause. */
const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'as', 'while', 'since', 'because', 'that', 'once', 'until', 'and', 'but', 'then', 'where']);

/**
 * The subject of "NAME verbed … and" (the caller's verb follows the "and"): the last name in `body`
 * followed by a lowercase word, within one clause. Only people: a place or a date is no subject.
 */
function coordinatedSubject(body: string): SpeakerPhrase | null {
  const words = splitWords(body);
  for (let j = words.length - 2; j >= Math.max(0, words.length - 24); j--) {
    const w = words[j];
    if (w.trail && w.trail !== ',') return null;
    if (/^(?:but|while|which|who|whose|when|because|although)$/.test(w.core)) return null;
    const next = words[j + 1];
    if (!isCapToken(w.core) || w.trail || !isLowerWord(next.core) || STOP_WORDS.has(next.core) || next.core === 'and') continue;
    // The name must open its clause ("after Varga landed"), not be an object ("gave Norwegian boats").
    let k = j;
    while (k > 0 && !words[k - 1].trail && (isCapToken(words[k - 1].core) || isHonorific(words[k - 1].core))) k--;
    const before = words[k - 1];
    if (before && !before.trail && !CLAUSE_OPENERS.has(before.core.toLowerCase())) continue;
    // "The Ecuadorian side denied … and affirmed": a group noun after the capital makes the subject a group.
    if (GROUP_NOUN_WORD.test(next.core)) {
      const group = parseSpeakerBeforeVerb(body.slice(0, next.end));
      return group?.kind === 'institution' ? group : null;
    }
    const found = parseSpeakerBeforeVerb(body.slice(0, w.end));
    // "He calls the ban an abhorrent act and says …": a pronoun opening the clause is its subject too.
    return found && (found.kind === 'person' || found.kind === 'surname' || found.kind === 'pronoun') ? found : null;
  }
  return null;
}

/**
 * The speaker right before a verb of saying: `s` ends where the verb starts ("Mr. Zaidi, the political
 * commentator, " + "notes"). `s` should start at the sentence's start.
 */
export function parseSpeakerBeforeVerb(s: string): SpeakerPhrase | null {
  // The regexes anchored at the end are each guarded by the text's last word: V8 tries them from every
  // position of the sentence, and the words they look for rarely end it. (trimEnd trims what \s matches.)
  let body = s.trimEnd();
  // "…the envoy, Ilse Varga, who said": the relative pronoun stands for the name before it.
  if (body.endsWith('who')) body = body.replace(/(,)\s*who$/, '$1');
  // "Ilse Varga, speaking to reporters in Oslo, said": a participle clause between subject and verb.
  // So is a setting: "Xi Jinping, in a meeting with a visitor the next day, described …".
  if (body.endsWith(',')) body = body.replace(/(\S)\s*,\s+(?:[a-z]+ing|in|at|during|after|before|while)\b[^,;“”"]{0,100},$/u, '$1');
  // "…after Varga landed in Oslo on Monday and said": the second verb shares the first one's subject.
  if (body.endsWith('and') && body.length >= 4 && /\s/.test(body[body.length - 4])) return coordinatedSubject(body);
  // Auxiliaries and adverbs between subject and verb ("has also said").
  for (;;) {
    const m = (mayEndWithAux(body) ? AUX_RE.exec(body) : null)
      // Time between subject and verb: "Varga on Tuesday said", "Varga earlier this week said".
      ?? (mayEndWithTime(body) ? /,?\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|earlier(?:\s+this\s+(?:week|month|year))?|last\s+(?:week|month|year|night))$/.exec(body) : null);
    if (!m) break;
    body = body.slice(0, m.index);
  }
  // "Varga, speaking in Oslo, has said": the participle clause sits before the auxiliary too.
  if (body.endsWith(',')) body = body.replace(/(\S)\s*,\s+[a-z]+ing\b[^,;“”"]{0,100},$/u, '$1');
  // "The group is said to …" is a passive, not a speaker.
  if (mayEndPassive(body) && /\s(?:is|are|was|were|be|been|being)$/.test(body)) return null;
  const pron = body.endsWith('he') || body.endsWith('He') ? /(?:^|[\s,(])(he|she|He|She)$/.exec(body) : null;
  if (pron) {
    const start = body.length - pron[1].length;
    return { kind: 'pronoun', name: pron[1].toLowerCase(), honorific: null, gender: PRONOUNS[pron[1]], description: null, start, end: body.length };
  }
  let post: string | null = null;
  let roleAt = -1;
  // Both appositive forms end in a comma right before the verb; most subjects do not, and the regexes
  // (the second backtracks over the whole sentence) are skipped for them.
  const endsWithComma = body.endsWith(',');
  // The appositive opens with an article, "who", a possessive, or a bare role noun heading "of/for/at …"
  // ("Anna Berg, spokesperson of the ministry, said").
  // "then" / "now" / "currently" open a role held at another time: "Jeremy Hale, then foreign secretary, said".
  const appos = endsWithComma && /^(.*\S)\s*,\s*((?:the|a|an|who|whose|former|then|now|currently|[\p{Lu}][\p{L}]*[’']s|(?![a-z]+ing\s)[a-z\-]+(?:\s+[a-z\-]+)?\s+(?:of|for|at|with))\s[^,]{1,160}),$/u.exec(body);
  if (appos) {
    post = appos[2].trim();
    body = appos[1];
    // A second appositive before it: "Zahra Karimi, an analyst at the Policy Circle, a research group, said".
    const more = /^(.*\S)\s*,\s*((?:the|a|an|who|whose|former)\s[^,]{1,160})$/u.exec(body);
    if (more && /\p{Lu}[\p{L}\-’'.]*$/u.test(more[1])) {
      post = `${more[2].trim()}, ${post}`;
      body = more[1];
    }
    // The role before the name as well: "A retired army officer, Gen. Ilse Varga, who served …, said".
    const role = /^(.*?)((?:a|an|the)\s[^,]{1,80}),\s*(\p{Lu}[^,]{1,60})$/iu.exec(body);
    if (role && splitWords(role[3]).every((w) => isCapToken(w.core) || isHonorific(w.core) || isParticle(w.core))) {
      post = `${role[2].trim()}, ${post}`;
      body = `${role[1]}${role[3]}`;
    }
  } else {
    // The role first, the name in apposition: "Iran's Supreme Leader, Ayatollah Ali Khamenei, vowed".
    const named = endsWithComma && /^(.*?)([^,]*\S)\s*,\s*(\p{Lu}[^,]{1,60}\S),$/u.exec(body);
    const nameWords = named ? splitWords(named[3]) : [];
    // The role is the noun phrase nearest the name: "condemned by the US envoy, Ilse Varga," -> "the US envoy".
    // An inner article only after "of", "at", …: "a resident of the old town", not "the seizure was condemned by the …".
    const article = named ? /(?:^|\s)((?:a|an|the|our|its|their|his|her)\s(?:(?!\b(?:a|an|the|our|its|their|his|her)\s)[^,]|(?<=\b(?:of|at|in|for|from|with)\s)(?:a|an|the|our|its|their|his|her)\s)*)$/i.exec(named[2]) : null;
    const titled = named && /(?:[’']s\b|\b(?:minister|leader|president|chief|commander|spokesman|spokeswoman|envoy|ambassador|general|secretary)\b)/i.test(named[2]);
    if (named && nameWords.length >= 2 && nameWords.every((w) => (isCapToken(w.core) || isHonorific(w.core) || isParticle(w.core)) && !w.trail)
      && (titled || (article && article[1].split(/\s+/).length <= 8))) {
      // With no article, the role starts after the last linking word: "… and then by India's envoy" -> "India's envoy".
      const bare = named[2].replace(/^.*\b(?:by|and|then|with|from|to|for|as|after|before|while|but)\s+/i, '');
      post = (article ? article[1] : bare).trim();
      // The phrase starts at the role: after a quote, "…,” a resident of the town, Ilse Varga, said" is all speaker.
      roleAt = named[1].length + named[2].lastIndexOf(post);
      body = body.slice(0, body.length - 1).trimEnd();
    }
  }
  // Only a capitalized last word needs the words before it; the rest (roles, groups, officials) read
  // `body` itself. Splitting the whole sentence for its last word was most of this parser's cost.
  // "the Head of State said", "the head of government said": a role that names an office, capitalized or not.
  const head = /(?:^|\s)[Tt]he\s+([Hh]ead\s+of\s+(?:[Ss]tate|[Gg]overnment))$/.exec(body);
  if (head) {
    return { kind: 'role', name: head[1].toLowerCase(), honorific: null, gender: null, description: post, start: body.length - head[0].trimStart().length, end: body.length };
  }
  const final = finalWord(body);
  if (final && (final.trail || !isCapToken(final.core))) return subjectWithoutName(body, post);
  const words = splitWords(body);
  let k = words.length - 1;
  if (k < 0) return null;
  let runStart = -1;
  if (!words[k].trail && (isCapToken(words[k].core))) {
    runStart = k;
    while (runStart > 0) {
      const prev = words[runStart - 1];
      if (prev.trail) break;
      if (isCapToken(prev.core) || isHonorific(prev.core)) runStart--;
      else if (isParticle(prev.core) && runStart > 1 && isCapToken(words[runStart - 2].core) && !words[runStart - 2].trail) runStart -= 2;
      else break;
    }
  }
  if (runStart < 0) return subjectWithoutName(body, post);
  // "Iran and Pakistan said": a joint subject speaks for both, so it is tied to neither.
  const joiner = words[runStart - 1];
  const partner = words[runStart - 2];
  if (joiner?.core === 'and' && partner && !partner.trail && isCapToken(partner.core)) {
    const end = words[k].end;
    return { kind: 'institution', name: body.slice(partner.start, end), honorific: null, gender: null, description: null, start: partner.start, end, joint: true };
  }
  const pre: string[] = [];
  for (let i = runStart - 1; i >= 0 && pre.length < 5; i--) {
    const w = words[i];
    if (w.trail || STOP_WORDS.has(w.core.toLowerCase())) break;
    // Capitalized words may describe too ("Iranian Foreign Ministry spokesman X"), as may the sentence's
    // capitalized first word ("Political commentator X").
    if (!isLowerWord(w.core) && !isCapToken(w.core)) break;
    pre.unshift(w.core);
  }
  const preStart = runStart - pre.length;
  const run = words.slice(runStart, k + 1);
  const found = fromRun(run, body, pre, post, true, words[preStart].start);
  if (found && roleAt >= 0 && roleAt < found.start) found.start = roleAt;
  return found;
}
