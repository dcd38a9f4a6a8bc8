/** Word tokens with offsets, and the small tests on them the speaker parser needs. */
import { HONORIFICS, NAME_PARTICLES } from './lexicon.js';

export interface Word {
  /** The word without surrounding punctuation ("Syed" for "Syed,"). */
  core: string;
  /** Offsets of `core` in the string that was split. */
  start: number;
  end: number;
  /** Punctuation right after the core (",", ".", "”,"), or "". */
  trail: string;
}

/** Splits on whitespace; leading quote marks and brackets and trailing punctuation are kept out of `core`. */
export function splitWords(s: string): Word[] {
  const out: Word[] = [];
  for (const m of s.matchAll(/\S+/g)) {
    const raw = m[0];
    const lead = /^[“"‘(\[«]*/.exec(raw)![0].length;
    // Honorifics and initials keep their period ("Mr.", "W.").
    let body = raw.slice(lead);
    let trail = /[,;:!?”"’)\]».]*$/.exec(body)![0];
    if (trail.startsWith('.') && (HONORIFICS[body.slice(0, body.length - trail.length) + '.'] !== undefined || /^\p{Lu}$/u.test(body.slice(0, body.length - trail.length)))) {
      trail = trail.slice(1);
    }
    body = body.slice(0, body.length - trail.length);
    if (!body) continue;
    const start = m.index! + lead;
    out.push({ core: body, start, end: start + body.length, trail });
  }
  return out;
}

export function isHonorific(core: string): boolean {
  return HONORIFICS[core] !== undefined;
}

/** A capitalized token that can be part of a name ("Husain", "al-Adl", "O’Brien", "W."). */
export function isCapToken(core: string): boolean {
  return /^(?:(?:al|el|ul|ad|as|ash|at|az|an|ar|bin|ibn)-)?\p{Lu}[\p{L}\p{M}’'.\-]*$/u.test(core);
}

export function isParticle(core: string): boolean {
  return NAME_PARTICLES.has(core);
}

/** A plain lowercase word ("political", "former", "security"). */
export function isLowerWord(core: string): boolean {
  return /^[\p{Ll}][\p{Ll}\-’']*$/u.test(core);
}
