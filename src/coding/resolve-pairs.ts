/**
 * Plural references to two parties - "both countries", "the two neighbours", "the two Muslim
 * countries", "both sides" - name the two states most recently mentioned before them. The actors
 * stage sees one sentence at a time, so the coder resolves them with the article's history.
 */
import type { Actor, ActorMention } from '../actors/types.js';
import { officeKind } from './office-anaphora.js';

// pair.both-countries: "both countries", "the two neighbors", "the two Muslim countries", "both sides", "the two leaders",
// and the people who act for them once both are named: "the two men signed", "the two security chiefs met".
// pair.each-side: "each side", "either country" - the reciprocal "each side accused the other" names both parties.
const PAIR_RE = /\b(?:(?:each|either)\s+(?:side|country|nation|state|government|capital|army|military|party)\b|(?:both|the two)(?:\s+[\p{L}-]+)?\s+(?:countries|neighbou?rs|nations|states|sides|governments|capitals|rivals|powers|leaders|presidents|premiers|prime\s+ministers|ministers|armies|militaries|delegations|adversaries|foes|enemies|men|women|heads\s+of\s+(?:state|government)|chiefs|commanders|envoys|forces|troops|counterparts)\b)/giu;

/**
 * The states an article has named so far. A pair reference means the article's main two
 * parties, not whoever was named last: "pressure from the United States and Israel … the two
 * neighbours" are still Iran and Pakistan. So states rank by how often they were named, then
 * by how recently.
 */
/** How many sentences a transcript turn lasts at most: a label's speaker is not the whole article's. */
const TURN_SENTENCES = 6;

// A past form right after "each side": "-ed" or a common irregular past.
const EACH_ACTED = /^\s+(?:(?:also|then|quickly|promptly|immediately)\s+)?(?:\p{Ll}+ed|said|told|threw|fought|shot|struck|took|made|held|sent|broke|gave|drew|swore|beat|hit)\b/u;

/**
 * pair.meeting-sides: "X held talks with Y …, and the two governments signed …" - a pair named as
 * the subject of a clause joined by "and" to a meeting is that meeting's two sides, not the
 * article's main pair: the sentence has just told who sat down together. A meeting word (met,
 * talks with, hosted, received, visited, phoned, spoke with) then ", and" right before the pair.
 */
const MEETING = /\b(?:met|meets|meeting|talks with|hosted|hosts|received|receives|welcomed|visited|visiting|visit to|spoke (?:with|to)|phoned|call with|sat down with)\b/i;
const AND_BEFORE = /\b(?:and|where|after which)\s+(?:then\s+|later\s+)?$/i;

/** Whether the pair at `start` is the subject of a clause that follows a meeting in the sentence. */
function afterMeeting(text: string, start: number): boolean {
  const before = text.slice(0, start);
  return AND_BEFORE.test(before) && MEETING.test(before);
}

export class RecentStates {
  private counts = new Map<string, { actor: Actor; count: number; last: number }>();
  private tick = 0;
  private speaker: Actor | null = null;
  private turnLeft = 0;
  /** ref.office-anaphor: the person named last holding each kind of office (office-anaphora.ts). */
  private holders = new Map<string, Actor>();

  /** The person named last with an office of this kind, or null. */
  holder(kind: string): Actor | null {
    return this.holders.get(kind) ?? null;
  }

  /** ref.transcript-speaker: a turn label gives the floor to a state (null: to no state). */
  giveFloor(actor: Actor | null): void {
    this.speaker = actor;
    this.turnLeft = TURN_SENTENCES;
  }

  /** The state holding the floor for the next sentence, if the turn has not run out. */
  floor(): Actor | null {
    return this.turnLeft-- > 0 ? this.speaker : null;
  }

  /** Remember the states named in these mentions (in text order). */
  see(mentions: ActorMention[]): void {
    for (const m of mentions) {
      if (m.via === 'pair') continue;
      const person = m.actors.length === 1 && m.actors[0]!.kind === 'person' ? m.actors[0]! : null;
      const kind = person && person.name ? officeKind(person.office) : null;
      if (kind) this.holders.set(kind, person!);
      for (const a of m.actors) {
        if (!a.country) continue;
        const entry = this.counts.get(a.country) ?? { actor: a, count: 0, last: 0 };
        // A state stands for its country better than a person first named for it ("the Chinese
        // captain" … "the two countries" are China and Japan, not the captain and Japan).
        if (entry.actor.kind !== 'state' && a.kind === 'state') entry.actor = a;
        entry.count++;
        entry.last = ++this.tick;
        this.counts.set(a.country, entry);
      }
    }
  }

  /** The two most named states when each was named at least twice: the article's main pair. */
  mainPair(): [Actor, Actor] | null {
    const top = [...this.counts.values()].sort((x, y) => y.count - x.count || y.last - x.last);
    return top.length >= 2 && top[1]!.count >= 2 ? [top[0]!.actor, top[1]!.actor] : null;
  }

  /** Distinct states, most often named first, then most recent. */
  list(): readonly Actor[] {
    return [...this.counts.values()].sort((x, y) => y.count - x.count || y.last - x.last).map((e) => e.actor);
  }
}

/**
 * Adds or completes 'pair' mentions in `text`. A pair mention whose actors the actors stage
 * already gave (two states) is kept; otherwise the two most recent states are used: first those
 * named earlier in the same sentence, then those of earlier sentences.
 */
export function resolvePairs(text: string, mentions: ActorMention[], recent: RecentStates): ActorMention[] {
  if (!/\b(?:both|two|each|either)\b/i.test(text)) return mentions;
  const out = mentions.filter((m) => !(m.via === 'pair' && m.actors.length < 2));
  PAIR_RE.lastIndex = 0;
  for (let m = PAIR_RE.exec(text); m; m = PAIR_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    // "each side" names the pair only as the subject of an act told in the past ("each side accused
    // the other"): "each side blames the other", "each side can tell its public" tell a stance.
    if (/^(?:each|either)\b/i.test(m[0]) && !EACH_ACTED.test(text.slice(end))) continue;
    const local = new RecentStates();
    local.see(out.filter((o) => o.end <= start));
    // Two states named earlier in the same sentence win ("Iran and Pakistan … both countries"),
    // unless the article already has its main pair ("the US and China urged both sides").
    const main = recent.mainPair();
    const here = local.list();
    if (afterMeeting(text, start)) {
      // Both sides of the meeting named: they are the pair. One side unknown ("he held talks with
      // Xi"): the pair is not the main pair either, so it stays unresolved.
      if (here.length < 2) continue;
      const sides = [here[0]!, here[1]!].sort((x, y) => (x.country! < y.country! ? -1 : 1));
      out.push({ start, end, text: m[0], actors: sides, via: 'pair' });
      continue;
    }
    const states = main ? [...main] : here.length >= 2 ? [...here.slice(0, 2)] : [...here];
    for (const a of recent.list()) if (!states.some((s) => s.country === a.country)) states.push(a);
    if (states.length < 2) continue;
    const pair = [states[0]!, states[1]!].sort((x, y) => (x.country! < y.country! ? -1 : 1));
    out.push({ start, end, text: m[0], actors: pair, via: 'pair' });
  }
  return out.sort((a, b) => a.start - b.start);
}
