/** Regexes over the speech-verb lists, compiled once. */
import { INDIRECT_VERBS, SPEECH_VERBS } from './lexicon.js';

const alt = (words: readonly string[]) => words.join('|');

/** A speech verb at the start of a string, after optional spaces and a comma: ",” says". */
export const LEADING_VERB = new RegExp(`^\\s*[,—–-]?\\s*(${alt(SPEECH_VERBS)})\\s+`);

/** Any speech verb as a whole word (global: use with matchAll). */
export const ANY_VERB = new RegExp(`\\b(${alt(SPEECH_VERBS)})\\b`, 'g');

/** Any verb that reports a clause ("says that …"), as a whole word (global). */
export const INDIRECT_VERB = new RegExp(`\\b(${alt(INDIRECT_VERBS)})\\b`, 'g');

/**
 * Every ANY_VERB match in `s`, in order: what `[...s.matchAll(ANY_VERB)]` gives, without the copy of the
 * regex that matchAll makes on every call.
 */
export function verbsIn(s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  ANY_VERB.lastIndex = 0;
  for (let m = ANY_VERB.exec(s); m; m = ANY_VERB.exec(s)) out.push(m);
  return out;
}
