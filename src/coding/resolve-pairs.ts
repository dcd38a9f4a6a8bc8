/**
 * Plural references to two parties - "both countries", "the two neighbours", "the two Muslim
 * countries", "both sides" - name the two states most recently mentioned before them. The actors
 * stage sees one sentence at a time, so the coder resolves them with the article's history.
 */
import type { Actor, ActorMention } from '../actors/types.js';

// pair.both-countries: "both countries", "the two neighbors", "the two Muslim countries", "both sides".
const PAIR_RE = /\b(?:both|the two)(?:\s+[\p{L}-]+)?\s+(?:countries|neighbou?rs|nations|states|sides|governments|capitals|rivals|powers)\b/giu;

/** Recent distinct state actors, most recent first; updated sentence by sentence. */
export class RecentStates {
  private states: Actor[] = [];

  /** Remember the states named in these mentions (in text order). */
  see(mentions: ActorMention[]): void {
    for (const m of mentions) {
      if (m.via === 'pair') continue;
      for (const a of m.actors) {
        if (!a.country) continue;
        this.states = [a, ...this.states.filter((s) => s.country !== a.country)].slice(0, 6);
      }
    }
  }

  /** Distinct states, most recent first. */
  list(): readonly Actor[] {
    return this.states;
  }
}

/**
 * Adds or completes 'pair' mentions in `text`. A pair mention whose actors the actors stage
 * already gave (two states) is kept; otherwise the two most recent states are used: first those
 * named earlier in the same sentence, then those of earlier sentences.
 */
export function resolvePairs(text: string, mentions: ActorMention[], recent: RecentStates): ActorMention[] {
  if (!/\b(?:both|two)\b/i.test(text)) return mentions;
  const out = mentions.filter((m) => !(m.via === 'pair' && m.actors.length < 2));
  PAIR_RE.lastIndex = 0;
  for (let m = PAIR_RE.exec(text); m; m = PAIR_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    const local = new RecentStates();
    local.see(out.filter((o) => o.end <= start));
    const states = [...local.list()];
    for (const a of recent.list()) if (!states.some((s) => s.country === a.country)) states.push(a);
    if (states.length < 2) continue;
    // The older of the two first, as the text named them ("Iran and Pakistan … both countries").
    out.push({ start, end, text: m[0], actors: [states[1]!, states[0]!], via: 'pair' });
  }
  return out.sort((a, b) => a.start - b.start);
}
