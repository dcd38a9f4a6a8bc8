/**
 * Who did it and to whom, from the trigger's clause: the nearest actor before the trigger is
 * the subject, the first actor (or, failing that, place) after it is the object. Passives swap
 * ("was attacked by X"), relative clauses point back ("Kabul, which it blames"), coordinated
 * subjects make a pair ("Iran and Pakistan de-escalated").
 */
import type { ActorMention } from '../actors/types.js';
import type { ActorFinder, Participant, SentenceContext } from './pattern-types.js';

export interface Participants {
  source: Participant | null;
  target: Participant | null;
  undirected: boolean;
}

const LOCATIVE = /\b(?:in|at|near)\s+$/i;
const COMPASS_TAIL = /\b(?:north|south|east|west|central)[\p{L}-]*\s+$/iu;
// The object follows within a short distance of the trigger (no clause punctuation between).
const OBJECT_LEAD = /^[^;:]{0,110}$/s;

function participant(m: ActorMention, via: string, which = 0): Participant {
  return { actor: m.actors[which]!, start: m.start, end: m.end, via };
}

// A mention after one of these prepositions is a place or an object, not the subject:
// "an airstrike on the Iranian consulate in Damascus killed seven" (the subject is "Israeli").
// A time phrase is no prepositional phrase of place: "On Wednesday Iraq blamed Turkey". "Pulled him out
// of the Italian capital" names a place too.
const NOT_SUBJECT = /\b(?:in|at|near|on|into|inside|across|to|against|toward|towards|over|outside|within|onto|with|from|out\s+of)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|morning|evening|night|weekend|dawn)\b)[\p{L}-]+\s+)?$/iu;

/**
 * The nearest actor mention ending at or before `at` and starting at or after `from`,
 * skipping mentions inside a prepositional phrase when an earlier one is available.
 */
export function mentionBefore(ctx: SentenceContext, from: number, at: number, subjectOnly = true): ActorMention | null {
  let best: ActorMention | null = null;
  let fallback: ActorMention | null = null;
  for (const m of ctx.actors) {
    if (m.start < from || m.end > at || !m.actors.length) continue;
    fallback = m;
    if (!subjectOnly || !NOT_SUBJECT.test(ctx.sentence.text.slice(Math.max(from, m.start - 30), m.start))) best = m;
  }
  return best ?? fallback;
}

/** The first actor mention starting at or after `at` and ending by `to`, of another country than `not`. */
export function mentionAfter(ctx: SentenceContext, at: number, to: number, not: string | null): ActorMention | null {
  for (const m of ctx.actors) {
    if (m.start < at || m.end > to || !m.actors.length) continue;
    if (not && m.actors.length === 1 && m.actors[0]!.country === not) continue;
    return m;
  }
  return null;
}

/** "Iran and Pakistan": the mention coordinated with `m` just before it, if any. */
function coordinatedBefore(ctx: SentenceContext, m: ActorMention): ActorMention | null {
  for (const o of ctx.actors) {
    if (o.end > m.start || !o.actors.length) continue;
    const between = ctx.sentence.text.slice(o.end, m.start);
    if (/^\s*(?:,\s*)?(?:and|&)\s+$/.test(between)) return o;
  }
  return null;
}

/**
 * subject.list: every state of a coordinated subject ending with `m` - "Saudi Arabia, the UAE,
 * Bahrain and Egypt cut ties with Qatar" gives all four, in text order. A lone mention gives [m].
 */
export function coordinatedList(ctx: SentenceContext, m: ActorMention): ActorMention[] {
  const list = [m];
  let head = m;
  for (;;) {
    let prev: ActorMention | null = null;
    for (const o of ctx.actors) {
      if (o.end > head.start || !o.actors.length) continue;
      const between = ctx.sentence.text.slice(o.end, head.start);
      // "and" only closes the list: before the last member ("A, B and C"), never between earlier ones.
      const link = head === m ? /^\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?$/i : /^\s*,\s*(?:the\s+)?$/i;
      if (link.test(between)) prev = o;
    }
    if (!prev) break;
    list.unshift(prev);
    head = prev;
  }
  return list;
}

/** The first actor after the last "that" / "said" before `at`, when one stands between them. */
function reportedSubject(ctx: SentenceContext, at: number): ActorMention | null {
  const text = ctx.sentence.text.slice(0, at);
  let from = -1;
  for (const m of text.matchAll(/\b(?:that|said|says|saying|claimed|alleged)\s+/gi)) from = m.index + m[0].length;
  if (from < 0) return null;
  return ctx.actors.find((m) => m.start >= from && m.end <= at && m.actors.length && !NOT_SUBJECT.test(ctx.sentence.text.slice(Math.max(from, m.start - 30), m.start))) ?? null;
}

// subject.main-not-subordinate: "On Sunday, after the Japanese decision was announced, China suspended
// exchanges, ... and postponed a meeting" - the state opening a fronted subordinate clause is that
// clause's subject, not the main clause's.
const SUBORDINATE_LEAD = /\b(?:after|before|when|whenever|since|because|although|though|until|once|while|as)\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+)?$/iu;

/** The first actor of the sentence outside a prepositional phrase or fronted subordinate clause: the main clause's subject. */
export function mainSubject(ctx: SentenceContext, at: number): ActorMention | null {
  const text = ctx.sentence.text;
  for (const m of ctx.actors) {
    if (m.end > at) return null;
    if (!m.actors.length || NOT_SUBJECT.test(text.slice(Math.max(0, m.start - 30), m.start))) continue;
    // Only a fronted clause: one closed by a comma before the verb ("After Iran struck, Pakistan said").
    if (SUBORDINATE_LEAD.test(text.slice(Math.max(0, m.start - 30), m.start)) && /,/.test(text.slice(m.end, at))) continue;
    return m;
  }
  return null;
}

/**
 * subject.participle-clause: an "-ing" clause after a comma ("…, calling the attack very weak"),
 * and a verb coordinated without a subject ("…, and called on both sides to talk"), share the
 * subject of the clause they hang on. In a compound sentence that is the subject of the last
 * clause that names one, not the sentence's first actor: "Iran had given warning, and Trump
 * thanked Tehran, calling the attack weak" -> Trump; "Brazil condemned the raid, and the United
 * States said it regretted it, and called on …" -> the United States. A clause opens after "; " or
 * ", and/but/while"; its subject stands near its start, right before its verb.
 */
export function participleSubject(ctx: SentenceContext, at: number): ActorMention | null {
  const text = ctx.sentence.text;
  const opens = [...text.slice(0, at).matchAll(/(?:;\s*|,\s*(?:and|but|while|whereas)\s+)/gi)].map((m) => m.index + m[0].length);
  // The nearest clause that names its own subject: ", and urged Kabul" names none and shares it.
  for (let k = opens.length - 1; k >= 0; k--) {
    const from = opens[k]!;
    const m = ctx.actors.find((a) => a.start >= from && a.end < at && a.actors.length);
    // The subject opens the clause: at most a determiner, title or time phrase before it.
    if (m && m.start - from <= 40 && !/[,;]/.test(text.slice(from, m.start)) && !NOT_SUBJECT.test(text.slice(Math.max(from, m.start - 30), m.start))
      && /^(?:['’]s)?(?:\s+[\p{L}.'’-]+){0,3}?\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?\p{Ll}+(?:ed|ew|ent|ook|ave|ut|old|aid|ought|uck)\b/u.test(text.slice(m.end, at))) return m;
  }
  return mainSubject(ctx, at);
}

const SUBORDINATE_OWN_SUBJECT = /\b(?:after|before|when|while|since|because|although|though|until|whereas)\s+(?!(?:it|they|he|she)\s)(?:the\s+|an?\s+|its\s+|their\s+)?[\p{L}\d-]+(?:\s+[\p{L}\d'’-]+){0,5}\s+(?:had\s+|have\s+|has\s+|were\s+|was\s+)?$/iu;

// subject.reported-other: "Kyrgyz authorities said the fighting had killed 59" - the reported
// clause has its own subject (no state); the speaker is not it.
const REPORTED_OWN_SUBJECT = /\b(?:said|says|claimed|stated|reported|announced|added)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(?:the|a|an)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?$/u;

// subject.comma-clause: "The ministry summoned the Israeli envoy, the government recalled its own
// ambassador" - a noun phrase between a comma and the verb is the verb's own subject, not the
// state named before the comma.
const CLAUSE_OWN_SUBJECT = /,\s*(?:and\s+)?the\s+(?!(?:same|next|following|previous)\b)\p{L}+(?:\s+\p{L}+){0,3}\s+(?:also\s+|then\s+|later\s+)?$/iu;

/** The actor opening the last subordinate clause ("after X", "when X") between `from` and `at`, if it is the verb's subject. */
function subordinateSubject(ctx: SentenceContext, from: number, at: number): ActorMention | null {
  const text = ctx.sentence.text;
  let opens = -1;
  for (const m of text.slice(from, at).matchAll(/\b(?:after|before|when|while|since|because|until|once)\s+/gi)) opens = from + m.index + m[0].length;
  if (opens < 0) return null;
  const m = ctx.actors.find((a) => a.start >= opens && a.end <= at && a.actors.length);
  // The mention is the subject when only its determiners and modifiers come before it.
  return m && /^(?:(?:the|an?|its|their)\s+)?$/i.test(text.slice(opens, m.start)) && !/[,;]/.test(text.slice(m.end, at)) ? m : null;
}

// "Turkish forces that had infiltrated Greek territory in the hills attacked": after the subject's
// noun, a "that/who" clause opening on its own verb, running up to the main verb without a comma.
const RELATIVE_OBJECT = /^(?:\s+(?!said\b|says\b|told\b)[\p{Ll}-]+){0,2}\s+(?:that|who)\s+(?:had\s+|has\s+|have\s+)?(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|ew|ent|ook|ot)\s[^,;]{1,80}?\s*$/u;

/**
 * subject.relative-object: the states named inside a relative clause that closes right before the
 * verb are its objects, not the verb's subject; the subject is the clause's antecedent.
 */
function relativeAntecedent(ctx: SentenceContext, at: number): ActorMention | null {
  const text = ctx.sentence.text;
  for (const r of ctx.actors) {
    if (r.end >= at || !r.actors.length) continue;
    const rest = text.slice(r.end, at);
    if (!RELATIVE_OBJECT.test(rest)) continue;
    // Only when the clause itself names another actor: otherwise the nearest mention is the antecedent anyway.
    if (ctx.actors.some((o) => o.start > r.end && o.end <= at)) return r;
  }
  return null;
}

/**
 * subject.apposition: "Chile, a close Peruvian partner in the talks, has declined to ..." - a state
 * named inside an appositive (", a/an/the ... ,") that closes before the verb only describes the
 * noun before it; that noun is the subject.
 */
function appositionHead(ctx: SentenceContext, m: ActorMention, clauseStart: number, at: number): ActorMention | null {
  const text = ctx.sentence.text;
  if (!/^[^,;]*,\s*[^,;]*$/.test(text.slice(m.end, at))) return null;
  for (const o of ctx.actors) {
    if (o.start < clauseStart || o.end > m.start || !o.actors.length) continue;
    if (/^\s*,\s*(?:a|an|the|its|their)\s+[^,;]*$/i.test(text.slice(o.end, m.start))) return o;
  }
  return null;
}

/**
 * subject.he-she: "…, and he called on Nairobi to respect …" - a personal pronoun right before the
 * verb is its subject, and it stands for the person named last before it (here the minister who
 * opened the sentence), not for the state named nearest the verb ("… holds the Kenyan side
 * responsible …, and he called …"). No person named before it: no say (null).
 */
function pronounSubject(ctx: SentenceContext, at: number): ActorMention | null {
  const text = ctx.sentence.text;
  const he = /\b(?:he|she)\s+(?:also\s+|then\s+|later\s+|again\s+|\p{Ll}+ly\s+)?$/iu.exec(text.slice(Math.max(0, at - 30), at));
  if (!he) return null;
  const from = at - (text.slice(Math.max(0, at - 30), at).length - he.index);
  if (ctx.actors.some((m) => m.start <= from && m.end > from)) return null;
  let person: ActorMention | null = null;
  for (const m of ctx.actors) if (m.end <= from && m.actors.length === 1 && m.actors[0]!.kind === 'person') person = m;
  // A person the gazetteer gives no state is placed later by the state she acts on (office-holder):
  // without one named right after the verb she would stay a speaker of no state.
  if (person && !person.actors[0]!.country && !ctx.actors.some((m) => m.start > at && m.start - at <= 40 && m.actors.some((a) => a.country))) return null;
  return person;
}

/**
 * subject.pronoun-series: "Appearing on television, he called the sanctions theft of Citgo, the
 * company's American arm, accused Washington of robbery and …" - a verb right after a comma, with
 * no subject of its own, continues a series opened by a pronoun; the states named in between are
 * the earlier verbs' objects, not its subject. The pronoun stands for the person named before it
 * in the sentence, if any (null: the subject is unknown here). Undefined: no such series.
 */
function seriesPronounSubject(ctx: SentenceContext, clauseStart: number, at: number): ActorMention | null | undefined {
  const text = ctx.sentence.text;
  const before = text.slice(clauseStart, at);
  if (!/,\s*(?:and\s+)?(?:also\s+|then\s+|later\s+|\p{Ll}+ly\s+)?$/u.test(before)) return undefined;
  const pro = /(?:^|[,;]\s*)(?:he|she|they)\s+(?:also\s+|then\s+|later\s+|again\s+|\p{Ll}+ly\s+)?\p{Ll}+(?:ed|ew|ent|ook|ave|ut|old|aid|ought|uck)\b/iu.exec(before);
  if (!pro) return undefined;
  const from = clauseStart + pro.index;
  // Only when a state is named between the pronoun and the verb: otherwise nothing is misread.
  if (!ctx.actors.some((m) => m.start > from && m.end <= at && m.actors.length)) return undefined;
  let person: ActorMention | null = null;
  for (const m of ctx.actors) if (m.end <= from && m.actors.length === 1 && m.actors[0]!.kind === 'person') person = m;
  return person;
}

/** The subject of a verb at `at` within the clause starting at `clauseStart`; `physicalAct` (default false) for acts of force. */
export function subjectAt(ctx: SentenceContext, clauseStart: number, at: number, physicalAct = false): Participants {
  const text = ctx.sentence.text;
  // subject.relative-own: "…exercises with Guyana's forces on Dec. 7, which Caracas called a
  // provocation" - a state right after "which" is the verb's subject; the act it judges is the
  // main clause, so its actor is the target.
  const own = /^(?:which|that)\s+(?:the\s+)?/i.exec(text.slice(clauseStart, at));
  const ownSubject = own ? ctx.actors.find((m) => m.start === clauseStart + own[0].length && m.end <= at && m.actors.length) : undefined;
  // subject.relative-speaker: "an attack that Pakistan said killed two children" - the state after
  // "that" only reports; the verb's subject is the antecedent act, which has no state of its own here.
  if (/\b(?:that|which)\s+(?:the\s+)?[^,;]{1,50}?\s+(?:\p{Ll}+ly\s+)?(?:said|says|claimed|claims|alleged|alleges|reported|believes|believed)\s*$/u.test(text.slice(clauseStart, at))) {
    return { source: null, target: null, undirected: false };
  }
  if (own && ownSubject && /^[\s\p{L}'’.-]*$/u.test(text.slice(ownSubject.end, at))) {
    const main = mainSubject(ctx, clauseStart);
    const judged = main && main.actors[0]!.country !== ownSubject.actors[0]!.country ? main : null;
    return { source: participant(ownSubject, 'subject'), target: judged ? participant(judged, 'relative') : null, undirected: false };
  }
  const rel = /^(?:which|whom|who)\s+(it|they|he|she)?\b/i.exec(text.slice(clauseStart, at));
  // subject.relative-subordinate: "…, which came hours after a US fighter fired at the balloon" -
  // a subordinate clause inside the relative one brings its own subject.
  const inner = rel ? subordinateSubject(ctx, clauseStart, at) : null;
  if (inner) return { source: participant(inner, 'subject'), target: null, undirected: false };
  if (rel) {
    const antecedent = mentionBefore(ctx, 0, clauseStart, false);
    if (antecedent && rel[1]) {
      // "Kabul, which it blames": the pronoun is the sentence's first actor, the antecedent the object.
      const first = ctx.actors.find((m) => m.actors.length && m.end <= clauseStart && m !== antecedent && m.actors[0]!.country !== antecedent.actors[0]!.country);
      return { source: first ? participant(first, 'relative') : null, target: participant(antecedent, 'relative'), undirected: false };
    }
    if (antecedent) return { source: participant(antecedent, 'relative'), target: null, undirected: false };
  }
  // subject.coordinated-verb: "Pakistan said India had fired at its bases, and announced
  // retaliatory strikes" - a verb after "and" with no subject of its own shares the sentence's
  // main subject, not the nearest actor named in between.
  // In reported speech the shared subject is the reported clause's: "said that Indian troops had
  // crossed the line and attacked Chinese soldiers" - the troops attacked, not the speaker. A comma
  // before "and" goes back to the main clause (", and urged New Delhi to …"), and so does a verbal
  // act: "said Kyrgyz troops had opened fire and accused Bishkek of provocation" - Tajikistan accused.
  // A clause cut before "but" leaves it at the clause's start ("said talks might resume, but expelled …").
  const shared = /(?:,\s*to\s+|(?:^|,\s*|\s)(?:and|but)\s+(?:to\s+)?|\S(?:ed|ew|ent|ook|ave|ut)\s+[^,;]{1,60},\s*)(?:then\s+|also\s+|later\s+|quickly\s+|(?:on|in|by|early|late|at)\s+[^,;]{1,25}?\s+)?$/i.test(text.slice(clauseStart, at)) ? (!physicalAct || /,\s*(?:and|but)\s+\S*\s*$/i.test(text.slice(clauseStart, at)) ? null : reportedSubject(ctx, at)) ?? participleSubject(ctx, at) : null;
  if (!shared) {
    const series = seriesPronounSubject(ctx, clauseStart, at);
    if (series !== undefined) return { source: series ? participant(series, 'subject') : null, target: null, undirected: false };
  }
  const near = shared ?? pronounSubject(ctx, at) ?? relativeAntecedent(ctx, at) ?? mentionBefore(ctx, clauseStart, at);
  const m = near && !shared ? appositionHead(ctx, near, clauseStart, at) ?? near : near;
  if (!m) return { source: null, target: null, undirected: false };
  // subject.subordinate: "Qatar woke up isolated, a day after four Arab governments severed ties"
  // - the verb has its own subject (no state) in a clause opened after the mention; the main
  // clause's state is not it. A comma before the verb closes a mere phrase ("Iran, after the
  // attack, struck …").
  if (!shared && (SUBORDINATE_OWN_SUBJECT.test(text.slice(m.end, at)) || REPORTED_OWN_SUBJECT.test(text.slice(m.end, at)) || CLAUSE_OWN_SUBJECT.test(text.slice(m.end, at)))) return { source: null, target: null, undirected: false };
  if (m.actors.length >= 2) return { source: participant(m, 'pair', 0), target: participant(m, 'pair', 1), undirected: true };
  const other = coordinatedBefore(ctx, m);
  if (other && other.actors[0]!.country !== m.actors[0]!.country) {
    return { source: participant(other, 'subject'), target: participant(m, 'pair'), undirected: true };
  }
  return { source: participant(m, 'subject'), target: null, undirected: false };
}

/**
 * The object after offset `at` up to `clauseEnd`: an actor, else the country of a place
 * ("fired at a village in the Sistan and Baluchestan province of Iran").
 */
export function objectAfter(ctx: SentenceContext, at: number, clauseEnd: number, sourceCountry: string | null, finder: ActorFinder, within = 110, physical = true, fromIsOrigin = true): Participant | null {
  // "meet in Brussels": a mention after a locative preposition is a scene, not an object.
  // "hit back at Pakistani radar sites": for an act of force "at" names the object, not the scene.
  // "crossed from Abkhazia into Georgia", "rockets fired from Lebanon at Israel": "from" names the
  // origin - but not for envoys and ties: "recalled its chargé from Ankara" names the other state.
  // "groups in the United States": a state's name after "in the" is a scene too; a demonym there
  // qualifies a place that may be the object ("massed troops near the Ukrainian border").
  // object.reciprocal: "each side accused the other of …", "blamed each other for …" - the object is
  // the subject pair itself; a state named further on is no object of the act.
  if (/^\s+(?:each\s+other|one\s+another|the\s+other(?:\s+(?:side|country|party))?)\b/i.test(ctx.sentence.text.slice(at))) return null;
  const locative = physical ? (fromIsOrigin ? /\b(?:in|near|from)\s+$/i : /\b(?:in|near)\s+$/i) : LOCATIVE;
  // object.compass-scene: "the war in eastern Congo", "shelling in northern Syria" - a compass
  // adjective between the preposition and the name keeps it a scene.
  const scene = (x: ActorMention) => locative.test(ctx.sentence.text.slice(Math.max(at, x.start - 26), x.start).replace(COMPASS_TAIL, ''))
    || (x.via === 'name' && /\bin\s+the\s+$/i.test(ctx.sentence.text.slice(Math.max(at, x.start - 8), x.start)));
  let m = mentionAfter(ctx, at, clauseEnd, sourceCountry);
  while (m && scene(m)) m = mentionAfter(ctx, m.end, clauseEnd, sourceCountry);
  if (m && m.start - at <= within && OBJECT_LEAD.test(ctx.sentence.text.slice(at, m.start))) {
    const which = m.actors.length > 1 ? Math.max(0, m.actors.findIndex((a) => a.country !== sourceCountry)) : 0;
    if (physical) {
      const hosted = hostedOccupant(ctx, m, sourceCountry);
      if (hosted) return participant(hosted, 'occupant');
    }
    return participant(m, 'object', which);
  }
  // Only a physical act takes its target from where it landed.
  if (!physical) return null;
  for (const p of ctx.places) {
    if (p.start < at || p.end > clauseEnd || p.start - at > within) continue;
    if (p.place.country === sourceCountry) continue;
    const actor = finder.countryActor(p.place.country);
    if (actor) return { actor, start: null, end: null, via: 'place' };
  }
  return null;
}

const HOUSING = /^[\s\p{L}-]{0,30}?\b(?:housing|hosting|used\s+by|home\s+to|that\s+(?:house|host)s?|where|with|manned\s+by|staffed\s+by|occupied\s+by)\s+(?:the\s+|some\s+|about\s+|roughly\s+|(?:thousands|hundreds|dozens)\s+of\s+)?$/iu;
const OCCUPANTS = /^[\p{L}.’'-]+\s+(?:[\p{L}.-]+\s+)?(?:troops|forces|soldiers|personnel|service\s?members|military|servicemen|contractors|diplomats|staff|sailors)\b/iu;

/**
 * target.occupant: an act of force on a place is aimed at the state whose people are there -
 * "fired missiles at two Iraqi bases housing American troops", "struck a base used by US forces",
 * "shelled a post manned by Indian soldiers" -> the United States / India, not the host.
 */
function hostedOccupant(ctx: SentenceContext, m: ActorMention, sourceCountry: string | null): ActorMention | null {
  const text = ctx.sentence.text;
  for (const n of ctx.actors) {
    if (n.start <= m.end || n.start > m.end + 60 || !n.actors.length) continue;
    if (n.actors[0]!.country === sourceCountry) return null;
    if (HOUSING.test(text.slice(m.end, n.start)) && OCCUPANTS.test(text.slice(n.start))) return n;
    return null;
  }
  return null;
}

/**
 * "by X" after `at` within the clause: the agent of a passive or of a nominal act. Also
 * agent.attributed: "an airstrike widely attributed to Israel", "a blast blamed on Kyiv",
 * "came under fire from Indian troops".
 */
export function agentAfter(ctx: SentenceContext, at: number, clauseEnd: number, fromLead = false): Participant | null {
  const text = ctx.sentence.text;
  // With `fromLead` ("came under fire from Indian troops") a "from" right after the trigger names the agent.
  const by = (fromLead ? /^\s*from\s+(?:the\s+)?/i.exec(text.slice(at, clauseEnd)) : null)
    ?? /\b(?:by|attributed to|blamed on|under fire from|fire from)\s+(?:the\s+)?/i.exec(text.slice(at, clauseEnd));
  if (!by) return null;
  const from = at + by.index + by[0].length;
  const m = ctx.actors.find((a) => a.start >= from && a.start <= from + 12 && a.actors.length);
  return m ? participant(m, 'by') : null;
}
