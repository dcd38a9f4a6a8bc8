/** The scanning context shared by the actor rules, and the small readers they are built from. */
import type { Actor, ActorMention, Sector } from '../types.js';
import type { ActorRef, Gazetteer } from '../gazetteer/build.js';
import type { KnownPerson } from '../gazetteer/known-people.js';
import type { Token } from '../text/tokens.js';
import type { TrieMatch } from '../text/phrase-trie.js';
import { AMBIGUOUS_NAMES, NOT_NAME_WORDS } from '../gazetteer/ambiguous.js';
import { SECTOR_MODIFIERS, MODIFIER_SECTORS, type SectorEntry } from '../gazetteer/sectors.js';

export interface Ctx {
  text: string;
  toks: Token[];
  g: Gazetteer;
  /** Memo of actorAt: several rules look up the same position. */
  memo: (TrieMatch<ActorRef> | null | undefined)[];
}

/** The longest actor phrase (country, group, person, seat) starting at token i, memoized. */
export function actorAt(ctx: Ctx, i: number): TrieMatch<ActorRef> | null {
  let m = ctx.memo[i];
  if (m === undefined) {
    m = ctx.g.actors.longest(ctx.toks, i);
    ctx.memo[i] = m;
  }
  return m;
}

export interface Hit {
  /** null: the span was read and is not an actor (A7). */
  mention: ActorMention | null;
  next: number;
}

/** Offsets and text of tokens [from, to). */
export const span = (ctx: Ctx, from: number, to: number) => ({ start: ctx.toks[from].start, end: ctx.toks[to - 1].end, text: ctx.text.slice(ctx.toks[from].start, ctx.toks[to - 1].end) });

/** A mention over tokens [from, to); every mention has this one shape (`rule` is set by the resolver). */
export function mention(ctx: Ctx, from: number, to: number, actors: Actor[], via: ActorMention['via']): ActorMention {
  const start = ctx.toks[from].start;
  const end = ctx.toks[to - 1].end;
  return { start, end, text: ctx.text.slice(start, end), actors, via, rule: '' };
}

/** A country word (name, demonym, capital) at i that passes the ambiguity check, or null. */
export function countryRef(ctx: Ctx, i: number): (TrieMatch<ActorRef> & { ref: Extract<ActorRef, { type: 'country' }> }) | null {
  const m = actorAt(ctx, i);
  if (!m) return null;
  const ref = m.values[0];
  if (ref.type !== 'country' || !plausible(ctx, m)) return null;
  // Fields listed, not spread: object spread takes V8's generic path, and this runs for every
  // country word several times per sentence.
  return { from: m.from, to: m.to, values: m.values, ref };
}

/** Rejects an ambiguous name inside a longer proper name ("Michael Jordan", "Washington Post"). */
export function plausible(ctx: Ctx, m: TrieMatch<ActorRef>): boolean {
  const word = m.to - m.from === 1 ? ctx.toks[m.from].key : ctx.toks.slice(m.from, m.to).map((t) => t.key).join(' ');
  if (!AMBIGUOUS_NAMES.has(word)) return true;
  const prev = ctx.toks[m.from - 1];
  const next = ctx.toks[m.to];
  const unknownCap = (t: Token | undefined, at: number) => !!t && t.cap && !actorAt(ctx, at) && !ctx.g.sectors.starts(t);
  if (prev && prev.end + 1 >= ctx.toks[m.from].start && !NOT_NAME_WORDS.has(prev.key) && unknownCap(prev, m.from - 1)) return false;
  // "Atlanta, Georgia": after an unknown place name and a comma, the word is a state or town.
  if (prev?.key === ',' && m.from >= 2 && unknownCap(ctx.toks[m.from - 2], m.from - 2) && !NOT_NAME_WORDS.has(ctx.toks[m.from - 2].key)) return false;
  // actors.wire-weekday: "Israel Friday expelled two diplomats" - US wire style puts the day right
  // after the subject; a weekday never continues a person's or a place's name.
  if (next && ctx.toks[m.to - 1].end + 1 >= next.start && unknownCap(next, m.to) && !WEEKDAY_NAMES.has(next.key)) return false;
  return true;
}

const WEEKDAY_NAMES: ReadonlySet<string> = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/** Index after a possessive "'s" at i, or i. */
export function possessive(ctx: Ctx, i: number): number {
  const t = ctx.toks[i];
  const s = ctx.toks[i + 1];
  return t && s && t.key === "'" && s.lower === 's' && t.start === ctx.toks[i - 1].end ? i + 2 : i;
}

// An adjective by its shape ("junior", "religious", "spiritual", "parliamentary", "Islamic"): between a
// country word and a person's office it only qualifies the office ("Nigeria's junior foreign minister",
// "Iran's religious leader"). Verb forms (-ed, -s) and function words do not have these endings.
const ADJECTIVE_SHAPE = /^\p{Ll}{2,}(?:ior|ious|ual|ary|ic|ical|ive|ent|ant|ar|ern|ile)$/u;

/**
 * A sector noun at i, after up to `maxSkip` modifiers ("top political and military leadership").
 * With `adjectives`, any adjective-shaped word also counts as a modifier (only for a person's
 * office right after a country word, where nothing else can stand between them).
 */
export function sectorAfter(ctx: Ctx, i: number, maxSkip: number, adjectives = false): { entry: SectorEntry; from: number; to: number } | null {
  let modifier: Sector | null = null;
  for (let skip = 0, j = i; skip <= maxSkip && j < ctx.toks.length; skip++, j++) {
    const m = ctx.g.sectors.longest(ctx.toks, j);
    if (m) {
      const entry = m.values[0];
      // "rebel leaders": the modifier names the sector when the noun is generic (GOV, CVL).
      const sector = modifier && !entry.person && (entry.sector === 'GOV' || entry.sector === 'CVL') ? modifier : null;
      return { entry: sector ? { ...entry, sector } : entry, from: j, to: m.to };
    }
    const w = ctx.toks[j].lower;
    // The set test first: most words end the search, and a modifier only counts when it goes on
    // (MODIFIER_SECTORS is a plain object, slow to probe with arbitrary words).
    // "a French anti-terrorism judge", "Kenya's long-serving president": with `adjectives`, a
    // hyphenated compound qualifies the office too.
    if (!SECTOR_MODIFIERS.has(w) && !(w === 'and' && skip > 0) && !(adjectives && (ADJECTIVE_SHAPE.test(w) || hyphenated(ctx, j)))) return null;
    modifier ??= MODIFIER_SECTORS[w] ?? null;
  }
  return null;
}

/** A lower-case word joined by a hyphen to its neighbour ("anti-terrorism", "long-serving"). */
function hyphenated(ctx: Ctx, j: number): boolean {
  const t = ctx.toks[j]!;
  if (t.cap) return false;
  const prev = ctx.toks[j - 1];
  const next = ctx.toks[j + 1];
  return (!!next && ctx.text.slice(t.end, next.start) === '-') || (!!prev && ctx.text.slice(prev.end, t.start) === '-');
}

/** A known leader exactly covering tokens [from, to) ("Putin", "Hossein Amir Abdollahian"). */
export function knownPerson(ctx: Ctx, from: number, to: number): KnownPerson | null {
  const m = actorAt(ctx, from);
  const ref = m?.values[0];
  return m && m.to === to && ref?.type === 'person' ? ref.person : null;
}

