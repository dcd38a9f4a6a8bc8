/**
 * refine.main-pair-target: in a report about two states, an act of force or coercion by one of
 * them with no target named is aimed at the other: "North Korea and South Korea … The North sent
 * about 1,000 trash balloons in two waves" -> PRK -> KOR. The main pair is the two states named
 * most in the body, each at least MIN_MENTIONS times and together far ahead of any third state.
 */
import type { Actor } from '../../actors/types.js';
import type { Token } from '../../language/tokens.js';
import type { ActorFinder, ArticleContext, Proposal, Refiner, SentenceContext } from '../pattern-types.js';
import { namesItsDay } from './date.js';

const MIN_MENTIONS = 4;

/** The article's two main states, or null when no pair stands out. */
export function mainPair(ctx: ArticleContext): [string, string] | null {
  const counts = new Map<string, number>();
  for (const sc of ctx.sentences) {
    if (sc.sentence.kind !== 'body') continue;
    for (const m of sc.actors) for (const a of m.actors) if (a.country) counts.set(a.country, (counts.get(a.country) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second, third] = top;
  if (!first || !second || second[1] < MIN_MENTIONS) return null;
  // A third state nearly as present as the second makes the pair unclear.
  if (third && third[1] * 2 > second[1]) return null;
  return [first[0], second[0]];
}

/**
 * Acts of force and coercion (15-20), and threats (13: "vowed severe revenge against those
 * responsible"), rejections (12), reproaches (11: "called the measures unjustified") and demands
 * (10: "a halt to the deployment was demanded by the foreign minister") whose
 * object is not a state, and a halted campaign (087): in a two-state report they concern the other state.
 */
function aimedAtOther(p: Proposal): boolean {
  const root = Number(p.cameo.slice(0, 2));
  // A bare warning ("warned against reading the lull as …") promises nothing to anyone.
  if (p.pattern.id === 'threaten.threaten') return false;
  // Of rejections only the answer to a proposal or claim: "revoked the region's status" is aimed at no state.
  if (root === 12) return p.pattern.id === 'reject.reject' || p.pattern.id === 'reject.not-accepted' || p.pattern.id === 'reject.refuse-talks';
  // Halting a campaign (087) halts it against the other side.
  if (p.pattern.id === 'yield.halt-campaign') return true;
  return root >= 15 || (root >= 10 && root <= 13);
}

/**
 * target.domestic-crowd: arrests, dispersals and bans (17) whose object is an unnamed crowd of
 * people - "detained dozens of demonstrators", "rounded up hundreds of people", "banned further
 * rallies" - are a government policing its own streets, not an act on the other main state:
 * the crowd's state is not named because it is the government's own. A crowd named as the other
 * state's ("two Chinese nationals") is an actor and never reaches this rule.
 */
const CROWD = /^\s+(?:(?:more than|over|about|around|nearly|almost|some|at least|up to|hundreds|thousands|dozens|scores|several|many|further|more|new|all|any|other|the|their|its|local|\d[\d,]*|\p{L}+ly)\s+(?:of\s+)?){0,4}(?:people|persons|protesters|protestors|demonstrators|rioters|looters|activists|dissidents|opposition|citizens|residents|workers|students|suspects|journalists|bloggers|critics|members|supporters|youths|men|women|participants|organi[sz]ers|protests|rallies|demonstrations|gatherings|marches|strikes)\b/iu;

function onDomesticCrowd(p: Proposal): boolean {
  return p.cameo.startsWith('17') && CROWD.test(p.sentence.text.slice(p.triggerEnd, p.clauseEnd));
}

/**
 * target.answer: without a clear main pair, a threat or reproach with no object answers the
 * last state that acted on the speaker earlier in the article ("the US strike that killed the
 * general … Tehran vowed severe revenge against those responsible" -> the United States).
 */
function lastActorOn(country: string, p: Proposal, proposals: Proposal[]): string | null {
  const root = Number(p.cameo.slice(0, 2));
  if (root < 11 || root > 13) return null;
  return lastForceBefore(p, proposals, country, (e) => e.target?.actor.country === country);
}

/**
 * The source of the last directed act of force (15-20) told before `p`, by a state other than
 * `country`, that `accept` takes; null when there is none.
 */
function lastForceBefore(p: Proposal, proposals: Proposal[], country: string, accept: (e: Proposal) => boolean): string | null {
  let found: string | null = null;
  for (const e of proposals) {
    if (e === p) break;
    const src = e.source?.actor.country;
    if (!e.dropped && !e.undirected && src && src !== country && Number(e.cameo.slice(0, 2)) >= 15 && accept(e)) found = src;
  }
  return found;
}

/**
 * Without a main pair by mentions, the pair of states the article's coded acts most often
 * join (a report on two states that names a third often), or null on a tie or none.
 */
function dominantDyad(proposals: Proposal[]): [string, string] | null {
  const counts = new Map<string, number>();
  for (const p of proposals) {
    const s = p.source?.actor.country;
    const t = p.target?.actor.country;
    if (p.dropped || !s || !t || s === t) continue;
    const key = [s, t].sort().join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!top[0] || top[0][1] < 2 || (top[1] && top[1][1] === top[0][1])) return null;
  return top[0][0].split(' ') as [string, string];
}

/**
 * target.condemned-act: a third state's reproach of an act named only by a noun ("The seizure
 * was condemned by the US ambassador") is aimed at whoever did the last hostile act the article
 * told before it, when that is not the speaker.
 */
function lastHostileActor(country: string, p: Proposal, proposals: Proposal[]): string | null {
  const root = Number(p.cameo.slice(0, 2));
  if (root !== 11 && root !== 12) return null;
  return lastForceBefore(p, proposals, country, (e) => e.modality === 'asserted' || e.modality === 'claimed');
}

/**
 * source.main-pair: an act in the passive with no agent ("An apology from Ankara was demanded",
 * "the episode was called a provocation planned in Kyiv") done to one of a two-state report's
 * main states was done by the other: the report names the actor elsewhere. Only a reported act.
 */
function agentOfPassive(p: Proposal, pair: [string, string] | null, finder: ActorFinder): Actor | null {
  if (!pair || (p.modality !== 'asserted' && p.modality !== 'claimed')) return null;
  // Words and measures (10-17) only: the dead of "six people were killed" fell to whoever the
  // report blames, often no state; an agent that is no actor ("killed by landmines") is still one.
  const root = Number(p.cameo.slice(0, 2));
  if (root < 10 || root > 17 || /^\s+by\b/i.test(p.sentence.text.slice(p.triggerEnd))) return null;
  // The state must be the verb's own subject: past a comma it belongs to an earlier clause
  // ("French soldiers have been shown the door, and each exit has been blamed on …").
  const { start, end } = p.target!;
  // A comma that only closes an apposition is no clause break: "Turkey's ambassador, Ali Kemal Aydın, was ordered".
  const between = start !== null && end !== null && start < p.triggerStart ? p.sentence.text.slice(end, p.triggerStart) : '';
  if (between.includes(',') && !/^\s*,\s*(?:(?:was|were|is|are|has|have|had|been|being|be|will|would)\s+|\w+ly\s+)*$/i.test(between)) return null;
  const t = p.target!.actor.country;
  const other = t === pair[0] ? pair[1] : t === pair[1] ? pair[0] : null;
  return other ? finder.countryActor(other) : null;
}

// An institution named without its state: "the foreign ministry", "the government", "the Ministry of
// Foreign Affairs and International Cooperation", "the cabinet".
const UNQUALIFIED_INSTITUTION = /(?:^|[,;]\s*|\band\s+)(?:(?:on|in|at|by|late|early|later)\s+[^,;]{1,25}?,?\s+)?the\s+(?:(?:foreign|defen[cs]e|interior|trade|finance)\s+)?(?:ministry|government|cabinet|foreign office|presidency)(?:\s+of\s+[\p{L} ]{1,50}?)?\s+(?:also\s+|then\s+|later\s+)?$/iu;

/**
 * source.institution: in a two-state report, an institution named without its state that acts on
 * one main state is the other's: "The foreign ministry summoned the Israeli ambassador" in a
 * Turkey-Israel report -> Turkey. Only the verb's own subject, and only a reported act.
 */
function institutionState(p: Proposal, pair: [string, string] | null, finder: ActorFinder): Actor | null {
  if (!pair || p.passive || (p.modality !== 'asserted' && p.modality !== 'claimed')) return null;
  if (!UNQUALIFIED_INSTITUTION.test(p.sentence.text.slice(p.clauseStart, p.triggerStart))) return null;
  const t = p.target!.actor.country;
  // A recalled envoy is her own state's: "the ministry recalled the Ambassador of Somalia to Kenya".
  const named = p.target!.start === null ? '' : p.sentence.text.slice(p.target!.start, (p.target!.end ?? 0) + 30);
  if (p.pattern.id === 'reduce.recall-ambassador' && t && (ENVOY.test(p.target!.actor.office ?? '') || ENVOY_NAMED.test(named))) {
    return finder.countryActor(t);
  }
  const other = t === pair[0] ? pair[1] : t === pair[1] ? pair[0] : null;
  return other ? finder.countryActor(other) : null;
}

const ENVOY_WORD = String.raw`\b(?:ambassador|envoy|high commissioner|charg[eé] d'affaires|consul)\b`;
const ENVOY = new RegExp(ENVOY_WORD, 'i');
// "the Greek ambassador", "the Ambassador of Somalia": the envoy word within the named target.
const ENVOY_NAMED = new RegExp(String.raw`^[\p{L}'’ ]{0,30}?` + ENVOY_WORD, 'iu');

// "said the US had crossed a red line and that Iran reserved all options": the state opening a
// reported clause before the trigger.
const REPORTED_CLAUSE = /\b(?:said|says|stated|declared|insisted|charged|alleged)\s+(?:that\s+)?(?:the\s+)?$/i;

/**
 * target.reported-wrongdoer: a reproach or threat with no object (11-13) answers the state the
 * speaker has just accused in the same sentence - "Tehran's envoy said the US had crossed a red
 * line and that Iran reserved all options" -> the United States, whoever the article's main pair is.
 */
function reportedWrongdoer(p: Proposal, ctx: ArticleContext): string | null {
  const root = Number(p.cameo.slice(0, 2));
  if (root < 11 || root > 13) return null;
  const text = p.sentence.text;
  const sc = ctx.sentences[p.sentence.index]!;
  const own = p.source!.actor.country;
  const m = sc.actors.find((a) => a.end <= p.triggerStart && a.actors.length === 1
    && a.actors[0]!.country && a.actors[0]!.country !== own && REPORTED_CLAUSE.test(text.slice(Math.max(0, a.start - 30), a.start)));
  return m?.actors[0]!.country ?? null;
}

/** target.historic-present: the sentence names the day it tells of ("April 17 -", "on Sunday"). */
export function namesADay(sc: SentenceContext): boolean {
  return sc.dates.some((d) => d.precision === 'day' && d.anchorOffsetDays === undefined && namesItsDay(d));
}

function presentTense(t: Token | undefined): boolean {
  return !!t && t.lower !== t.lemma && (t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es`);
}

export function mainPairTargetRefiner(finder: ActorFinder): Refiner {
  return {
    id: 'refine.main-pair-target',
    example: '"The North sent about 1,000 trash balloons" in a report on the two Koreas -> target South Korea',
    refine(proposals, ctx) {
      let pair: [string, string] | null | undefined;
      for (const p of proposals) {
        if (!p.dropped && !p.source && p.pattern.pairWhenUnnamed) {
          pair ??= mainPair(ctx);
          const dyad = pair ?? dominantDyad(proposals);
          const a = dyad ? finder.countryActor(dyad[0]) : null;
          const b = dyad ? finder.countryActor(dyad[1]) : null;
          if (a && b) {
            p.source = { actor: a, start: null, end: null, via: 'main-pair' };
            p.target = { actor: b, start: null, end: null, via: 'main-pair' };
            p.undirected = true;
            ctx.debug?.(() => `  ${p.pattern.id}: an unnamed clash between ${dyad![0]}-${dyad![1]}`);
          }
          continue;
        }
        if (!p.dropped && !p.source && !p.passive && p.target?.actor.country) {
          pair ??= mainPair(ctx);
          const state = institutionState(p, pair, finder);
          if (state) {
            if (state.country === p.target!.actor.country) {
              // The envoy's state recalls her from the other main state.
              const host = finder.countryActor(pair![0] === state.country ? pair![1] : pair![0]);
              if (!host) continue;
              p.target = { actor: host, start: null, end: null, via: 'main-pair' };
            }
            p.source = { actor: state, start: null, end: null, via: 'main-pair' };
            ctx.debug?.(() => `  ${p.pattern.id}: source ${state.country} (an institution of the other main state)`);
          }
          continue;
        }
        if (!p.dropped && !p.source && p.passive && p.target?.actor.country) {
          pair ??= mainPair(ctx);
          const by = agentOfPassive(p, pair, finder);
          if (by) {
            p.source = { actor: by, start: null, end: null, via: 'main-pair' };
            ctx.debug?.(() => `  ${p.pattern.id}: source ${by.country} (agentless passive on the other main state)`);
          }
          continue;
        }
        if (p.dropped || p.target || !p.source?.actor.country || !aimedAtOther(p) || p.pattern.needsTarget === false) continue;
        if (onDomesticCrowd(p)) {
          ctx.debug?.(() => `  ${p.pattern.id}: its object is an unnamed crowd, policed at home: no main-pair target`);
          continue;
        }
        // A reproach in the simple present ("a charge Kabul rejects", "which Iran holds responsible")
        // is a standing stance, not an answer to the other state's act.
        // A dated sentence tells an event even in the present ("April 17 - the ministry dismisses the
        // accusation"): a timeline's historic present.
        const sc = ctx.sentences[p.sentence.index]!;
        if (Number(p.cameo.slice(0, 2)) < 15 && presentTense(sc.tokens[p.tokenIndex]) && !namesADay(sc)) continue;
        // Only a reported act: a planned or possible one ("what it will do after an attack") has no aim yet.
        // A promised halt or a threat is aimed even when intended ("said the North would halt the launches").
        const root = Number(p.cameo.slice(0, 2));
        if (p.modality !== 'asserted' && p.modality !== 'claimed' && !(p.modality === 'intended' && (root === 8 || root === 13))) continue;
        pair ??= mainPair(ctx);
        const s = p.source.actor.country;
        // Without a main pair by mentions, a force act goes to the pair the article's acts join most.
        const dyad = pair ?? (root >= 15 ? dominantDyad(proposals) : null);
        const other = reportedWrongdoer(p, ctx) ?? (dyad ? (s === dyad[0] ? dyad[1] : s === dyad[1] ? dyad[0] : null) : lastActorOn(s, p, proposals)) ?? lastHostileActor(s, p, proposals);
        const actor: Actor | null = other ? finder.countryActor(other) : null;
        if (!actor) continue;
        p.target = { actor, start: null, end: null, via: 'main-pair' };
        ctx.debug?.(() => `  ${p.pattern.id}: target ${other} (the article's other main state)`);
      }
      return proposals;
    },
  };
}
