/**
 * The proposer: finds pattern triggers in a sentence's lemmas and takes source and target for
 * each from its clause. Refiners (configuration.ts) then date, place, count and weigh them.
 */
import type { Token } from '../language/tokens.js';
import type { ActorFinder, EventPattern, Participant, Proposal, SentenceContext } from './pattern-types.js';
import { UNREFINED } from './pattern-types.js';
import { clauseAt } from './clauses.js';
import { agentAfter, coordinatedList, mainSubject, mentionBefore, objectAfter, participleSubject, subjectAt } from './select-actors.js';
import { nounForm, participleAfterComma, verbUse } from './verb-forms.js';
import { reducedRelative } from './reduced-relative.js';
import { lemmaVariants } from '../language/lemmas.js';

/** Verbs that carry a nominal act: "launched an attack", "conducted strikes", "issued a joint statement". */
const LIGHT_VERBS = new Set(['launch', 'conduct', 'carry', 'stage', 'mount', 'order', 'unleash', 'make', 'issue', 'hold', 'execute', 'perform', 'undertake', 'begin', 'start', 'lodge', 'give', 'deliver', 'put', 'announce', 'sign', 'detonate', 'plant', 'set', 'grant', 'provide', 'extend', 'offer', 'resume', 'step', 'intensify', 'escalate']);

/** Words before a noun trigger that make it generic rather than one act. */
const GENERIC = new Set(['past', 'previous', 'earlier', 'prior', 'future', 'further', 'possible', 'any', 'such', 'more', 'no', 'potential', 'frequent', 'repeated', 'many', 'several']);

/** A trigger as word positions, each the set of lemmas (and lower-case forms) it accepts. */
interface IndexedTrigger {
  pattern: EventPattern;
  words: Array<Set<string>>;
}

export interface TriggerIndex {
  /** Any accepted lemma of a trigger's first word -> patterns and their trigger words. */
  byFirst: Map<string, IndexedTrigger[]>;
}

/** Index the patterns by their triggers' first word, longest trigger first. */
export function indexPatterns(patterns: readonly EventPattern[]): TriggerIndex {
  const byFirst = new Map<string, IndexedTrigger[]>();
  for (const pattern of patterns) {
    for (const trigger of pattern.triggers) {
      const words = trigger.toLowerCase().split(/\s+/).map((w) => new Set(lemmaVariants(w)));
      const entry = { pattern, words };
      // words[0] is a set: each key is met once, so the entry is listed once under each.
      for (const key of words[0]!) {
        const list = byFirst.get(key) ?? [];
        list.push(entry);
        byFirst.set(key, list);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

/** True when some token could start a trigger: the cheap test before a sentence is annotated in full. */
export function hasTrigger(tokens: Token[], index: TriggerIndex): boolean {
  for (const t of tokens) if (index.byFirst.has(t.lemma) || index.byFirst.has(t.lower)) return true;
  return false;
}

function wordMatches(t: Token | undefined, w: Set<string>): boolean {
  return !!t && (w.has(t.lemma) || w.has(t.lower));
}

/** Length in tokens of `words` matched at token i, or 0. */
function matchAt(tokens: Token[], i: number, words: Array<Set<string>>): number {
  for (let k = 0; k < words.length; k++) if (!wordMatches(tokens[i + k], words[k]!)) return 0;
  return words.length;
}

/** Every proposal in one sentence. `debug` receives why candidates were declined. */
export function proposeInSentence(ctx: SentenceContext, index: TriggerIndex, finder: ActorFinder, debug: ((m: () => string) => void) | null): Proposal[] {
  const out: Proposal[] = [];
  const { tokens } = ctx;
  const text = ctx.sentence.text;
  // verb.demonym-adjective: a demonym right before the trigger is an adjective of a noun ("a
  // limited Israeli strike", "Russian strikes"), not a subject.
  const actorEndsBefore = (offset: number): boolean => ctx.actors.some((m) => m.via !== 'demonym' && /^\s*$/.test(text.slice(m.end, offset)) && m.end <= offset);
  let skipUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (i < skipUntil) continue;
    const t = tokens[i]!;
    // Most tokens start no trigger: look both keys up before building the candidate list.
    const byLemma = index.byFirst.get(t.lemma);
    const byLower = t.lower !== t.lemma ? index.byFirst.get(t.lower) : undefined;
    if (!byLemma && !byLower) continue;
    // Longest trigger first across both lookups (each index list is sorted already).
    const candidates = byLemma && byLower
      ? [...byLemma, ...byLower.filter((c) => !byLemma.includes(c))].sort((x, y) => y.words.length - x.words.length)
      : (byLemma ?? byLower)!;
    for (const { pattern, words } of candidates) {
      const len = matchAt(tokens, i, words);
      if (!len) continue;
      const last = tokens[i + len - 1]!;
      const triggerStart = t.start;
      const triggerEnd = last.end;
      const afterMatch = pattern.after ? pattern.after.exec(text.slice(triggerEnd)) : null;
      if (pattern.after && !afterMatch) continue;
      if (pattern.notAfter && pattern.notAfter.test(text.slice(triggerEnd))) continue;
      if (pattern.before && !pattern.before.test(text.slice(0, triggerStart))) continue;
      if (pattern.near && !nearBefore(tokens, i, pattern.near, pattern.nearWindow ?? 8)) continue;
      // The phrase the pattern required is part of the act even past a clause cut: "named X, a
      // former minister, as its ambassador to Bogota" looks for the object up to "Bogota".
      const phraseEnd = afterMatch ? triggerEnd + afterMatch.index + afterMatch[0].length : triggerEnd;
      const proposal = propose(ctx, pattern, i, triggerStart, triggerEnd, finder, actorEndsBefore, debug, phraseEnd);
      // A measure in a participle clause after one of the same root restates it: "imposed sanctions on
      // two ministers, freezing any assets they hold" is one act.
      if (proposal && proposal.cameo.startsWith('16') && participleAfterComma(tokens, i) && out.some((o) => o.cameo.startsWith('16') && o.triggerStart < triggerStart)) {
        debug?.(() => `  ${pattern.id}: "${t.text}" restates the measure before it`);
        skipUntil = i + len;
        break;
      }
      if (proposal) {
        out.push(proposal, ...coSources(ctx, proposal));
        skipUntil = i + len;
        break;
      }
    }
  }
  return out;
}

/**
 * subject.list-sources: a directed act of a coordinated subject is one act per state - "Saudi
 * Arabia, the UAE, Bahrain and Egypt cut ties with Qatar" gives four 161 events, each aimed at
 * Qatar. Only when the proposal kept one subject state as source and found a separate object.
 */
function coSources(ctx: SentenceContext, p: Proposal): Proposal[] {
  if (p.undirected || p.passive || !p.source || p.source.start === null || p.target?.via === 'relative') return [];
  // No object: only the co-subjects of a one-sided act (subject.co-subjects-not-pair).
  if (!p.target && (p.pattern.symmetric || !oneSided(p.pattern))) return [];
  const mention = ctx.actors.find((m) => m.start === p.source!.start && m.end === p.source!.end);
  if (!mention) return [];
  // The source is the list's first member (coordinatedBefore) or its last: take the list from its end.
  let last = mention;
  for (const m of ctx.actors) if (m.start >= last.end && m.end <= p.triggerStart && /^\s*(?:,\s*)?(?:(?:and|&)\s+)?(?:the\s+)?$/i.test(ctx.sentence.text.slice(last.end, m.start)) && m.actors.length) last = m;
  const list = coordinatedList(ctx, last);
  if (list.length < 2) return [];
  const seen = new Set([p.source.actor.country, p.target?.actor.country ?? null]);
  const out: Proposal[] = [];
  for (const m of list) {
    const actor = m.actors[0]!;
    if (!actor.country || seen.has(actor.country)) continue;
    seen.add(actor.country);
    out.push({ ...p, source: { actor, start: m.start, end: m.end, via: 'subject' } });
  }
  return out;
}

function nearBefore(tokens: Token[], i: number, lemmas: readonly string[], window: number): boolean {
  for (let j = Math.max(0, i - window); j < i; j++) if (lemmas.includes(tokens[j]!.lemma)) return true;
  return false;
}

function propose(
  ctx: SentenceContext, pattern: EventPattern, i: number, triggerStart: number, triggerEnd: number,
  finder: ActorFinder, actorEndsBefore: (offset: number) => boolean, debug: ((m: () => string) => void) | null, phraseEnd = triggerEnd,
): Proposal | null {
  const [clauseStart, ownEnd] = clauseAt(ctx.clauses, triggerStart);
  const clauseEnd = Math.max(ownEnd, clauseAt(ctx.clauses, Math.max(triggerStart, phraseEnd - 1))[1]);
  const { tokens } = ctx;
  let source: Participant | null = null;
  let target: Participant | null = null;
  let undirected = false;
  let passive = false;
  if (pattern.pos === 'verb') {
    const form = verbUse(tokens, i, actorEndsBefore);
    // verb.reduced-relative: "the sailors captured off the coast were …" - the noun before was captured.
    // verb.participle-by-agent: "two fishermen shot dead by a coast guard" - a past participle (of a
    // trigger of several words too) followed by "by" and a noun phrase is passive; "by" and an
    // "-ing" form ("retaliated by expelling") is the subject's means, and stays active.
    const byAgent = form === 'active' && pastParticiple(tokens[i]!) && /^\s+by\s+(?:(?:an?|the|its|their|his|her|one|two|\d+)\s|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu})/u.test(ctx.sentence.text.slice(triggerEnd))
      && !/\b(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?$/iu.test(ctx.sentence.text.slice(Math.max(0, triggerStart - 20), triggerStart));
    const reduced = form === 'active' && (byAgent || reducedRelative(tokens, i));
    const use = reduced ? 'passive' : form;
    // Verbal acts only: a participle of force after a comma ("…, killing 25") is a toll, not a new act.
    // A measure (16) is no toll: "Ankara answered in kind, closing its airspace to Syrian flights".
    const participle = use === 'not-verb' && (!physical(pattern) || pattern.cameo.startsWith('16')) && participleAfterComma(tokens, i) ? participleSubject(ctx, triggerStart) : null;
    if (participle?.actors.length) {
      source = { actor: participle.actors[0]!, start: participle.start, end: participle.end, via: 'subject' };
      target = objectAfter(ctx, triggerEnd, clauseEnd, source.actor.country, finder, pattern.objectWithin, false);
    } else if (use === 'not-verb') {
      debug?.(() => `  ${pattern.id}: "${tokens[i]!.text}" is not used as a verb here`);
      return null;
    } else if (use === 'passive' || pattern.undergoer === true) {
      passive = true;
      source = agentAfter(ctx, triggerEnd, clauseEnd, pattern.undergoer === true);
      // A reduced clause's undergoer is the noun it follows, even past a comma ("three agents, jailed in 2009").
      const undergoer = reduced ? mentionBefore(ctx, 0, triggerStart, false) : null;
      const subj = undergoer ? { source: { actor: undergoer.actors[0]!, start: undergoer.start, end: undergoer.end, via: 'subject' } } : subjectAt(ctx, clauseStart, triggerStart);
      target = subj.source;
      // passive.named-party-acts: a `before` pattern with a group named "actor" names who acted inside
      // the subject - "meetings with her Chinese counterparts had been struck from the programme": the
      // Chinese side cut them; the target is left to the main-pair refiner (the visitor's state).
      const party = !source && pattern.agentlessSubjectActs && pattern.before ? pattern.before.exec(ctx.sentence.text.slice(0, triggerStart)) : null;
      if (party?.groups?.actor) {
        const at = party.index + party[0].indexOf(party.groups.actor);
        const m = ctx.actors.find((a) => a.start >= at && a.start < at + party.groups!.actor!.length && a.actors.length === 1 && a.actors[0]!.country);
        if (m) {
          source = { actor: m.actors[0]!, start: m.start, end: m.end, via: 'subject' };
          // The visitor is the other state named before ("Norway's minister ... found that her
          // meetings with Chinese officials"), else the article's other main state.
          const visitor = ctx.actors.filter((a) => a.end <= at && a.actors.length === 1 && a.actors[0]!.country && a.actors[0]!.country !== m.actors[0]!.country).pop();
          target = visitor ? { actor: visitor.actors[0]!, start: visitor.start, end: visitor.end, via: 'object' } : null;
        }
      }
      // passive.subject-acts (pattern.agentlessSubjectActs): with no agent, the subject's state acts
      // on the state named beside it, else on the article's other main state (main-pair-target).
      if (!source && target && pattern.agentlessSubjectActs) {
        source = target;
        const from = target.end ?? clauseStart;
        const own = source.actor.country;
        const host = ctx.actors.find((m) => m.start >= from && m.end <= triggerStart && m.actors.length === 1 && m.actors[0]!.country && m.actors[0]!.country !== own);
        const place = host ? null : ctx.places.find((m) => m.start >= from && m.end <= triggerStart && m.place.country !== own);
        const hostActor = host?.actors[0] ?? (place ? finder.countryActor(place.place.country) : null);
        target = hostActor ? { actor: hostActor, start: host?.start ?? null, end: host?.end ?? null, via: 'host' } : null;
      }
      // passive.host-acts (pattern.agentlessHostActs): "Russia's ambassador was summoned to the
      // foreign ministry in Warsaw" - with no agent, the state hosting the envoy summoned her.
      if (!source && target && pattern.agentlessHostActs) source = hostOf(ctx, target, triggerStart, triggerEnd, clauseEnd, finder);
    } else {
      const subj = subjectAt(ctx, clauseStart, triggerStart, physical(pattern));
      source = subj.source;
      target = subj.target;
      undirected = subj.undirected;
      // A coordinated subject acts on an object when there is one ("the US and China urged both
      // sides"); only a symmetric act or a missing object makes the subject pair the dyad.
      if (!(subj.undirected && pattern.symmetric) && target?.via !== 'relative') {
        const obj = objectAfter(ctx, triggerEnd, clauseEnd, source?.actor.country ?? null, finder, pattern.objectWithin, physical(pattern), !pattern.cameo.startsWith('16'));
        if (obj) {
          target = obj;
          undirected = false;
        }
      }
      // subject.co-subjects-not-pair: "Brazil and Colombia condemned the execution" - two states
      // coordinated as the subject of a one-sided reproach, demand, rejection, threat or protest
      // (10-14) with no object act together on someone else, not on each other. The subject's
      // first state keeps the act with no target (coSources repeats it for the others).
      // "accused each other" keeps the pair (object.reciprocal).
      if (undirected && !pattern.symmetric && source?.via === 'subject' && target?.via === 'pair' && oneSided(pattern)
        && !RECIPROCAL.test(ctx.sentence.text.slice(phraseEnd))) {
        target = null;
        undirected = false;
      }
    }
  } else {
    if (!nounForm(tokens[i]!)) return null;
    // "past attacks", "any strike", "such operations": a kind of act, not one act.
    const before = tokens[i - 1];
    if (before && GENERIC.has(before.lower)) {
      debug?.(() => `  ${pattern.id}: "${before.text} ${tokens[i]!.text}" names a kind of act, not one act`);
      return null;
    }
    const light = lightVerbBefore(tokens, i, clauseStart);
    // noun.ended: "ordered an end to the military operation", "announced a halt to strikes" - the
    // light verb governs the ending, not the act.
    if (light !== null && /\b(?:end|halt|stop|pause|suspension|cessation|freeze)\s+(?:to|of|on)\b/i.test(ctx.sentence.text.slice(tokens[light]!.end, triggerStart))) {
      debug?.(() => `  ${pattern.id}: "${tokens[i]!.text}" is being ended, not carried out`);
      return null;
    }
    const agent = agentAfter(ctx, triggerEnd, clauseEnd);
    if (agent) source = agent;
    else if (light !== null) {
      const subj = subjectAt(ctx, clauseStart, tokens[light]!.start);
      source = subj.source;
      if (subj.undirected) { target = subj.target; undirected = true; }
    } else {
      const poss = possessiveBefore(ctx, i, clauseStart);
      if (poss) source = poss;
    }
    // noun.undergoer-of (pattern.undergoerAfterOf): "the summoning of Italy's ambassador to the Quai
    // d'Orsay followed" - the envoy's state after "of" is the target, her host the actor; with no host
    // named the proposal stays agentless for the main-pair refiner, as a passive would.
    if (!source && pattern.undergoerAfterOf) {
      const of = /^\s+of\s+(?:the\s+|its\s+|their\s+|an?\s+|\w+\s+)?/i.exec(ctx.sentence.text.slice(triggerEnd));
      const from = of ? triggerEnd + of[0].length : -1;
      const m = of ? ctx.actors.find((a) => a.start >= triggerEnd && a.start <= from + 12 && a.actors.length === 1 && a.actors[0]!.country) : undefined;
      if (!m) return null;
      const undergoer: Participant = { actor: m.actors[0]!, start: m.start, end: m.end, via: 'object' };
      return {
        pattern, cameo: pattern.cameo, sentence: ctx.sentence, tokenIndex: i, triggerStart, triggerEnd,
        clauseStart, clauseEnd, source: hostOf(ctx, undergoer, triggerStart, triggerEnd, clauseEnd, finder, m.end), target: undergoer,
        undirected: false, passive: true,
        ...UNREFINED,
        confidence: 0.6,
      };
    }
    // Named parties are the other fight patterns' business ("conducted firefighting flights").
    if (pattern.pairWhenUnnamed && source) return null;
    if (!source && pattern.pairWhenUnnamed && unnamedClash(ctx, clauseStart, clauseEnd)) {
      return {
        pattern, cameo: pattern.cameo, sentence: ctx.sentence, tokenIndex: i, triggerStart, triggerEnd,
        clauseStart, clauseEnd, source: null, target: null, undirected: true, passive: false,
        ...UNREFINED,
        confidence: 0.5,
      };
    }
    if (!source) {
      debug?.(() => `  ${pattern.id}: bare noun "${tokens[i]!.text}" has no light verb, possessive or "by" agent`);
      return null;
    }
    // After a light verb the object may stand before the noun: "gave Armenia an ultimatum".
    const from = agent ? agent.end! : light !== null ? Math.max(tokens[light]!.end, source.end ?? 0) : triggerEnd;
    if (!target && physical(pattern)) target = victimOf(ctx, clauseStart, triggerStart, source.actor.country);
    if (!target) {
      target = objectAfter(ctx, from, clauseEnd, source.actor.country, finder, 110, physical(pattern));
      // noun.object-no-comma: a nominal act's object follows it without a break ("an Israeli strike
      // on Iran"); past a comma starts an apposition ("a limited Israeli strike, the latest move
      // in a feud that pitted the two foes …").
      if (target?.start != null && ctx.sentence.text.slice(from, target.start).includes(',')) target = null;
    }
  }
  // target.including: "fired missiles at what it called terrorist sites, including Bahawalpur in
  // Pakistan's Punjab" - the list after "including" names where an act of force landed.
  if (!target && source && physical(pattern)) {
    const next = ctx.clauses.find((c) => c[0] >= clauseEnd);
    if (next && /^including\b/i.test(ctx.sentence.text.slice(next[0], next[1]))) {
      // Places only: "spoken to allies, including Washington" names no target.
      // A capital that is also an actor mention names a government, not a scene.
      const place = ctx.places.find((m) => m.start >= next[0] && m.end <= next[1] && m.place.country !== source!.actor.country && m.place.kind !== 'country'
        && !ctx.actors.some((a) => a.start === m.start));
      const actor = place ? finder.countryActor(place.place.country) : null;
      if (actor) target = { actor, start: null, end: null, via: 'place' };
    }
  }
  if (pattern.symmetric && target) undirected = true;
  return {
    pattern, cameo: pattern.cameo, sentence: ctx.sentence, tokenIndex: i, triggerStart, triggerEnd,
    clauseStart, clauseEnd, source, target, undirected, passive,
    ...UNREFINED,
    confidence: 0.6,
  };
}

// "summoned to the German foreign ministry", "called in at the Quai d'Orsay": the state named for the place.
const MINISTRY_OF_STATE = /^\s*(?:(?:on\s+)?\w+day\s+)?(?:to\s+(?:come|appear|report)\s+)?(?:to|at|in|into)\s+(?:the\s+)?$/i;
// "summoned to the foreign ministry in Berlin", "ordered to the Foreign Office in London": the city.
const MINISTRY_IN = /^[^,;.]{0,60}?\b(?:ministry|office|department|chancellery|palace)\s+in\s+$|^\s*(?:(?:on\s+)?\w+day\s+)?in\s+$/i;
// "Turkey's ambassador in Berlin", "the Swedish envoy to Ankara", "(the expulsion of) two Russian
// diplomats from Tallinn": the post named with the envoy.
const POSTED = /^[\s,]*(?:[\p{L}'’.-]+\s+){0,4}?(?:in|to|from)\s+(?:the\s+)?$/iu;

/**
 * passive.host-acts: the state hosting an envoy who was summoned with no agent named - the state
 * of the ministry or city she was summoned to, or of her post named with her; null when none
 * (the main-pair refiner then takes the article's other main state). Only a state other than hers.
 */
function hostOf(ctx: SentenceContext, envoy: Participant, triggerStart: number, triggerEnd: number, clauseEnd: number, finder: ActorFinder, envoyEnd = envoy.end): Participant | null {
  const text = ctx.sentence.text;
  const own = envoy.actor.country;
  const lead = (from: number, start: number): boolean => {
    const between = text.slice(from, start);
    return POSTED.test(between) || MINISTRY_OF_STATE.test(between) || MINISTRY_IN.test(between);
  };
  // Named with the envoy, after her ("Turkey's ambassador in Berlin was summoned", "the summoning of
  // Italy's ambassador to the Quai d'Orsay"), or for the ministry after a passive verb.
  const fits = (start: number): boolean => (envoyEnd !== null && start >= envoyEnd && (start < triggerStart || envoyEnd > triggerEnd) && start <= clauseEnd && lead(envoyEnd, start))
    || (envoyEnd !== null && envoyEnd <= triggerStart && start >= triggerEnd && start <= clauseEnd && (MINISTRY_OF_STATE.test(text.slice(triggerEnd, start)) || MINISTRY_IN.test(text.slice(triggerEnd, start))));
  for (const m of ctx.actors) {
    const a = m.actors[0];
    if (m.actors.length === 1 && a?.country && a.country !== own && fits(m.start)) return { actor: a, start: m.start, end: m.end, via: 'host' };
  }
  for (const p of ctx.places) {
    if (p.place.country === own || !fits(p.start)) continue;
    const actor = finder.countryActor(p.place.country);
    if (actor) return { actor, start: null, end: null, via: 'host' };
  }
  return null;
}

const DIED_IN = /\b(?:died|perished|(?:was|were|had\s+been|has\s+been|have\s+been|being|got)\s+(?:killed|slain|wounded|injured|hurt|assassinated|targeted|hit))\s+(?:in|by|during)\s+(?:an?\s+|the\s+)?[^,;]{0,50}$/i;

/**
 * target.victim: a nominal act that someone "died in" is aimed at that someone's state, not at
 * where it happened - "Soleimani, who died in an American drone strike at Baghdad airport" ->
 * Iran; "two Indian soldiers were killed in a Chinese ambush" -> India.
 */
function victimOf(ctx: SentenceContext, clauseStart: number, triggerStart: number, sourceCountry: string | null): Participant | null {
  const before = ctx.sentence.text.slice(clauseStart, triggerStart);
  const died = DIED_IN.exec(before);
  if (!died) return null;
  // "…, who died in": the relative pronoun stands for the mention just before the clause.
  const antecedent = /^(?:who|whom|which)\s*$/i.test(before.slice(0, died.index)) ? mentionBefore(ctx, 0, clauseStart, false) : null;
  const victim = antecedent?.actors.length ? { actor: antecedent.actors[0]!, start: antecedent.start, end: antecedent.end, via: 'victim' } : subjectAt(ctx, clauseStart, clauseStart + died.index).source;
  if (!victim || victim.actor.country === sourceCountry || !victim.actor.country) return null;
  return { ...victim, via: 'victim' };
}

/**
 * A clash told with no party at all: no state named in its clause and a day in the sentence
 * ("The fighting took place on Monday night"). "Five days of fighting" and "the worst fighting
 * since independence" are kinds, not one act: they name no day.
 */
function unnamedClash(ctx: SentenceContext, clauseStart: number, clauseEnd: number): boolean {
  if (ctx.actors.some((m) => m.start >= clauseStart && m.end <= clauseEnd && m.actors.length)) return false;
  return ctx.dates.some((d) => d.precision === 'day' && d.start >= clauseStart && d.end <= clauseEnd);
}

const RECIPROCAL = /^\s+(?:\S+\s+){0,3}?(?:each\s+other|one\s+another|the\s+other)\b/i;

/** A past form: "-ed" or an irregular past ("shot", "struck"), not the base, "-s" or "-ing" form. */
function pastParticiple(t: Token): boolean {
  return t.lower !== t.lemma && !/(?:s|ing)$/.test(t.lower);
}

/** Demands, reproaches, rejections, threats and protests (10-14): one party's act on another. */
function oneSided(pattern: EventPattern): boolean {
  const root = Number(pattern.cameo.slice(0, 2));
  return root >= 10 && root <= 14;
}

/** Acts of force, coercion, aid or yielding land somewhere: their target may come from the place. */
function physical(pattern: EventPattern): boolean {
  const root = Number(pattern.cameo.slice(0, 2));
  return root >= 15 || root === 7 || root === 8 || root === 6;
}

/** Index of a light verb governing the noun at i: within 6 tokens before it, same clause. */
function lightVerbBefore(tokens: Token[], i: number, clauseStart: number): number | null {
  for (let j = i - 1; j >= 0 && j >= i - 7; j--) {
    const t = tokens[j]!;
    if (t.start < clauseStart || (t.kind === 'punct' && !/^[-,$€£%.'’“”"]$/.test(t.text))) return null;
    if (LIGHT_VERBS.has(t.lemma)) return j;
  }
  return null;
}

/** "Iran's strike", "an Iranian missile strike": an actor right before the noun phrase. */
function possessiveBefore(ctx: SentenceContext, i: number, clauseStart: number): Participant | null {
  const { tokens, sentence } = ctx;
  const from = tokens[Math.max(0, i - 4)]!.start;
  for (let k = ctx.actors.length - 1; k >= 0; k--) {
    const m = ctx.actors[k]!;
    if (m.end > tokens[i]!.start || m.start < Math.max(from, clauseStart) || !m.actors.length) continue;
    const between = sentence.text.slice(m.end, tokens[i]!.start);
    const possessive = /^['’]s?\s/.test(between) || m.via === 'demonym';
    if (possessive && /^['’]?s?[\s\p{L}-]*$/u.test(between) && !/\b(?:the|a|an|of|in|on)\b/i.test(between)) {
      return { actor: m.actors[0]!, start: m.start, end: m.end, via: 'possessive' };
    }
    break;
  }
  return null;
}
