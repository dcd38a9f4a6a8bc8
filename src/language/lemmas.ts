/**
 * A light English lemmatizer for the words event patterns look for: irregular verbs from a
 * table, regular inflections by suffix rules. It does not need to be right for every English
 * word, only stable: the same inflection of a trigger always gives the same lemma.
 */
import { IRREGULAR_FORMS } from './irregular-forms.js';

const CACHE = new Map<string, string>();
const DOUBLED = /([bdgklmnprt])\1$/;
const KEEP_E = /(?:at|iz|is|uc|ag|ur|ul|ok|as|ot|it|yz|ov|um|ic|iv|ut|uf|ud|ys|os|ers|es|us)$/;

/** The lemma of a lower-case word ("struck" -> "strike", "attacks" -> "attack", "killed" -> "kill"). */
export function lemmatize(lower: string): string {
  const hit = CACHE.get(lower);
  if (hit !== undefined) return hit;
  const lemma = compute(lower);
  if (CACHE.size < 50_000) CACHE.set(lower, lemma);
  return lemma;
}

function compute(w: string): string {
  const irregular = IRREGULAR_FORMS[w];
  if (irregular) return irregular;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('ied') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/(?:sses|shes|ches|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  if (w.endsWith('ed') && w.length > 4) return stem(w.slice(0, -2));
  if (w.endsWith('ing') && w.length > 5) return stem(w.slice(0, -3));
  return w;
}

/** Undo the spelling changes of -ed/-ing: "stopp" -> "stop", "escalat" -> "escalate". */
function stem(s: string): string {
  if (DOUBLED.test(s) && !/(?:ll|ss)$/.test(s)) return s.slice(0, -1);
  if (KEEP_E.test(s) && !/(?:ers)$/.test(s)) return s + 'e';
  // "lodged", "announced", "shared", "restored", "solved", "seized".
  if (/(?:dg|[^aeiou]c|[aeiou]r|[^aeiou]v|[aeiou]z|[bcdfgkpt]r)$/.test(s) && !/(?:er|ur|ir|eer|oor|air)$/.test(s)) return s + 'e';
  if (/[^aeiou][aeiouy][bcdgkmnptvz]$/.test(s) && s.length <= 4) return s + 'e';
  // "described", "persuaded", "charged", "emerged", "changed", "challenged", "avenged", "argued",
  // "continued", "pursued"; "deciding", "providing", "colliding".
  if (/(?:ib|uad|[rl]g|chang|rang|lleng|veng|[^aeiou]u)$/.test(s)) return s + 'e';
  if (s.length >= 5 && /[^aeiou][aeiou]d$/.test(s)) return s + 'e';
  return s;
}

/** The regular inflections of a dictionary-form verb or noun: "postpone" -> postponed, postpones, postponing. */
function inflections(base: string): string[] {
  if (base.endsWith('e')) return [base + 'd', base + 's', base.slice(0, -1) + 'ing'];
  if (/[^aeiou]y$/.test(base)) return [base.slice(0, -1) + 'ied', base.slice(0, -1) + 'ies', base + 'ing'];
  const forms = [base + 'ed', base + 'ing', /(?:s|sh|ch|x|z)$/.test(base) ? base + 'es' : base + 's'];
  // British and stressed-final doubling: "cancelled", "labelling", "annulled", "stopped".
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(base)) forms.push(base + base.at(-1) + 'ed', base + base.at(-1) + 'ing');
  return forms;
}

/**
 * Every lemma the lemmatizer gives a word written in dictionary form or inflected regularly.
 * Patterns are written in dictionary form ("postpone", "cancel"); the rule lemmatizer is only
 * stable, not right ("postponed" -> "postpon"), so a pattern matches any of these keys.
 */
export function lemmaVariants(base: string): string[] {
  const out = new Set([base, lemmatize(base)]);
  if (/^[a-z]+$/.test(base) && base.length > 3) for (const form of inflections(base)) out.add(lemmatize(form));
  return [...out];
}
