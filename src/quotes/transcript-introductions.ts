/**
 * A broadcast transcript often labels every turn with a bare surname ("TANNER: …") and introduces the
 * person in the host's own words instead of in the label: "Joining me now is Mara Tanner, a former
 * naval officer", "We reached Chen Wei-lin of the Harbour Institute by phone". This finds that
 * introduction: the full name whose first or last word is the label (family names come first in
 * Chinese, Korean or Japanese order), and the description that follows it.
 */

import { TITLE_WORDS } from './lexicon.js';

const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}'’]*)?`;
/** ", a retired captain of the coast guard" / ", the bank's chief economist" after the name. */
// An address ("Mara Tanner, a last word from the port: what next?") ends in a colon or a question mark
// and describes nobody, so the description must end in a full stop, a comma or a semicolon.
const APPOSITION = /^\s*,\s+((?:a|an|the|who)\s[^.;:!?"“”]{3,100}?)(?=\s*(?:[.;]|,\s|$))/u;
/** "of the Harbour Institute in Busan" / "from the Centre for Maritime Studies" after the name. */
const AFFILIATION = /^\s+((?:of|from|at)\s+(?:the\s+)?\p{Lu}[^.;:!?,"“”]{3,90}?)(?=\s*(?:[.;:!?,"“”]|\sby phone\b|\sbefore\b|$))/u;

const FUNCTION_WORDS = new Set(['The', 'A', 'An', 'This', 'That', 'Mr', 'Ms', 'Mrs', 'Dr', 'Both', 'Former', 'Then']);

/** The title a word before a name is ("Presidents" -> "President", "President-elect"); null for none. */
function titleOf(word: string): string | null {
  const base = word.replace(/-elect$/, '');
  if (TITLE_WORDS.has(base)) return word;
  if (base.endsWith('s') && TITLE_WORDS.has(base.slice(0, -1))) return word.replace(/s(?=-elect$|$)/, '');
  return null;
}

export interface Introduction {
  name: string;
  description: string | null;
}

/**
 * The person a bare label names, as the text introduces them; null when no two- or three-word name
 * in `text` begins or ends with the label (a title-cased surname such as "Tanner").
 */
export function introducedAs(text: string, label: string): Introduction | null {
  const l = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Middle initials are part of the name: "George W. Bush".
  const surnameLast = new RegExp(String.raw`(?<![\p{L}])((?:${WORD}\s+)(?:(?:${WORD}|\p{Lu}\.)\s+)?${l})(?![\p{L}'’-])`, 'gu');
  const surnameFirst = new RegExp(String.raw`(?<![\p{L}])(${l}(?:\s+${WORD}){1,2})(?![\p{L}'’-])`, 'gu');
  const candidates: { name: string; title: string | null; end: number }[] = [];
  for (const re of [surnameLast, surnameFirst]) {
    for (const m of text.matchAll(re)) {
      // A label line ("TANNER:") is upper case and no introduction. Titles and function words before the
      // name are no part of it ("Presidents Mohamed Muizzu and ...", "Captain Tanner", "The Tanner ...").
      const words = m[1].split(/\s+/);
      const title: string[] = [];
      while (words.length > 0 && (FUNCTION_WORDS.has(words[0]) || titleOf(words[0]))) {
        const t = titleOf(words.shift()!);
        if (t) title.push(t);
      }
      if (words.length < 2) continue;
      // Only the title right before the name counts ("President-elect Donald Trump"), and the match may
      // start mid-phrase, so a title just before it is read from the text too.
      const before = /(\p{Lu}[\p{L}-]*)\s+$/u.exec(text.slice(Math.max(0, m.index! - 30), m.index!));
      const outer = before ? titleOf(before[1]) : null;
      if (title.length === 0 && outer) title.push(outer);
      candidates.push({ name: words.join(' '), title: title.length ? title.join(' ') : null, end: m.index! + m[0].length });
    }
  }
  // The introduction with a description wins; then the first mention.
  candidates.sort((a, b) => a.end - b.end);
  let fallback: Introduction | null = null;
  for (const c of candidates) {
    const rest = text.slice(c.end);
    const m = APPOSITION.exec(rest) ?? AFFILIATION.exec(rest);
    if (m) return { name: c.name, description: m[1].trim() };
    // No apposition: the title printed before the name is the description ("President-elect").
    if (!fallback || (!fallback.description && c.title)) fallback = { name: c.name, description: c.title };
  }
  return fallback;
}
