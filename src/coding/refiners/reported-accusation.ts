/**
 * refine.reported-accusation: when a state reports that another state did it harm, the report
 * is itself an act - an accusation (CAMEO 112) by the speaker against the accused, made the day
 * it was said. "China's foreign ministry said on Tuesday that Indian troops had crossed the line
 * and attacked Chinese soldiers" keeps the claimed attack (IND -> CHN 19x, claimed) and adds
 * CHN -> IND 112, asserted: that China accused India is a fact, the attack is China's word.
 *
 * Only for claimed acts of force or coercion (roots 15-20) whose speaker is a state other than
 * the accused and either the act's target or a bystander to an untargeted act. A speaker who
 * reports her own state's act ("Rwanda said it had pulled its diplomats out") accuses no one, and
 * neither does one who gives figures for an act the article itself asserts ("Ukraine's military
 * said Russia fired 84 missiles" when the barrage is told as fact): only a disputed act is an
 * accusation.
 */
import type { ActorMention } from '../../actors/types.js';
import type { EventPattern, Proposal, Refiner, SentenceContext } from '../pattern-types.js';
import { clauseAt } from '../clauses.js';

const ACCUSATION: EventPattern = {
  id: 'disapprove.reported-accusation',
  example: 'Tajik officials said Kyrgyz troops had shelled a village near Isfara.',
  cameo: '112',
  triggers: [],
  pos: 'verb',
};

// The reporting verb before the act: "X said (on Monday) (that) …", "X accused …".
// A reply that another did the harm accuses as much as a statement: "Beijing replied that it was Hanoi that had rammed …".
const REPORTING_VERB = /\b(?:said|says|claimed|claims|alleged|alleges|charged|insisted|insists|maintained|reported|replied|replies|responded|responds|countered|counters|retorted|retorts)\b/gi;
// ", the Taliban said." or ", according to Kabul" closing the sentence after the act.
const TRAILING = /,\s*(?:according to\s+[^,;]{1,80}|[^,;]{1,80}?\s+(?:said|says|claimed|claims|alleged|alleges|reported))\s*(?:on\s+\w+\s*)?[.”"]?\s*$/i;

interface Report {
  speaker: ActorMention;
  /** Offsets of the reporting verb (or trailing attribution): the accusation is dated from there. */
  start: number;
  end: number;
}

/** The state that reports the act: the subject of the reporting verb before it, or the trailing source. */
function reportOf(p: Proposal, sc: SentenceContext): Report | null {
  const text = p.sentence.text;
  let verb: RegExpMatchArray | null = null;
  for (const m of text.slice(0, p.triggerStart).matchAll(REPORTING_VERB)) verb = m;
  if (verb) {
    const at = verb.index!;
    // The nearest state-bearing mention before the verb, in the same stretch (no ";" between).
    let found: ActorMention | null = null;
    for (const m of sc.actors) if (m.end <= at && m.actors.length === 1 && !/[;:]/.test(text.slice(m.end, at))) found = m;
    return found ? { speaker: found, start: at, end: at + verb[0].length } : null;
  }
  const trailing = TRAILING.exec(text.slice(p.triggerEnd));
  if (!trailing) return null;
  const from = p.triggerEnd + trailing.index;
  const speaker = sc.actors.find((m) => m.start >= from && m.actors.length === 1);
  return speaker ? { speaker, start: from, end: from + trailing[0].length } : null;
}

export const reportedAccusationRefiner: Refiner = {
  id: 'refine.reported-accusation',
  example: '"Beijing said Indian troops had attacked Chinese soldiers" -> also CHN -> IND 112 (asserted)',
  refine(proposals, ctx) {
    const added: Proposal[] = [];
    const asserted = new Set(proposals
      .filter((e) => !e.dropped && !e.undirected && e.modality === 'asserted' && Number(e.cameo.slice(0, 2)) >= 15)
      .map((e) => `${e.source?.actor.country}>${e.target?.actor.country}`));
    for (const p of proposals) {
      if (p.dropped || p.modality !== 'claimed' || Number(p.cameo.slice(0, 2)) < 15) continue;
      const accused = p.source?.actor.country;
      if (!accused || p.undirected) continue;
      const sc = ctx.sentences[p.sentence.index]!;
      const report = reportOf(p, sc);
      const speaker = report?.speaker;
      const actor = speaker?.actors[0];
      const said = actor?.country;
      if (!report || !speaker || !actor || !said || said === accused) continue;
      const target = p.target?.actor.country ?? null;
      if (target !== null && target !== said) continue;
      if (asserted.has(`${accused}>${said}`)) continue;
      // One accusation per speaker, accused and sentence, however many acts it lists.
      if (added.some((a) => a.sentence.index === p.sentence.index && a.source?.actor.country === said && a.target?.actor.country === accused)) continue;
      const [clauseStart, clauseEnd] = clauseAt(sc.clauses, report.start);
      added.push({
        ...p, pattern: ACCUSATION, cameo: ACCUSATION.cameo,
        // The accusation is the saying: dated and placed in the text by the reporting verb.
        triggerStart: report.start, triggerEnd: report.end, clauseStart, clauseEnd,
        source: { actor, start: speaker.start, end: speaker.end, via: 'speaker' },
        target: { ...p.source!, via: 'accused' },
        modality: 'asserted', fatalities: null, fatalitiesQualifier: null, location: null,
      });
      ctx.debug?.(() => `  ${p.pattern.id}: reported by ${actor.name} -> accusation ${said} -> ${accused}`);
    }
    if (!added.length) return proposals;
    // Keep article order: the date refiner reads earlier events.
    return [...proposals, ...added].sort((a, b) => a.sentence.index - b.sentence.index || a.triggerStart - b.triggerStart);
  },
};
