/**
 * refine.fatalities: a death toll from anywhere after the trigger in the sentence, in another
 * clause too: "an attack that killed at least two children" -> 2 ("at least"); "reporting the
 * deaths of nine people, including four children" -> 9 (the first toll, never a sum).
 * Vague counts ("dozens") leave the toll null.
 */
import type { NumberMention } from '../../language/types.js';
import type { ArticleContext, Proposal, Refiner, SentenceContext } from '../pattern-types.js';
import { findNumbers } from '../../language/numbers.js';

const VICTIMS = String.raw`(?:[\w-]+\s+){0,5}?(?:people|persons|civilians|children|women|men|soldiers|troops|militants|fighters|police(?:men)?|officers|guards|villagers|residents|members|workers|personnel|others|individuals|combatants|servicemen|\w+s)?`;
// toll.kill: "killed at least two"; toll.killed: "nine people were killed"; toll.deaths: "the deaths of nine people".
const BEFORE_NUMBER = /\b(?:kill(?:ed|ing|s)?|left|leaving|deaths? of|death toll (?:of|at|to|rose to|reached|stood at)|claimed the lives of|killing)\s+$/i;
const AFTER_NUMBER = new RegExp(String.raw`^\s+${VICTIMS}\s*(?:were |have been |had been |are |was )?(?:killed|dead|died|slain|lost their lives)\b`, 'i');

// "struck a camp … two weeks after a suicide bombing killed 40": that toll is the bombing's.
const OTHER_ACT = /\b(?:after|before|since|following|than|unlike)\b[^,;]*\b(?:attacks?|bombings?|blasts?|explosions?|strikes?|airstrikes?|raids?|shelling|ambush(?:es)?|clash(?:es)?|bombs?|assaults?)\b/i;

// toll.single: "A Kosovo police officer, a sergeant, was killed" -> 1.
const SINGLE = /\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:soldier|officer|policeman|policewoman|civilian|guard|child|boy|girl|woman|man|peacekeeper|sailor|fisherman|pilot|worker|resident|journalist|diplomat|tourist)\b[^;]{0,60}?\b(?:was|has been|had been)\s+(?:shot\s+)?(?:killed|shot dead)\b/i;

// Every toll rule needs one of these words in the sentence (BEFORE_NUMBER, AFTER_NUMBER, SINGLE;
// the same case-insensitive ASCII matching): a sentence without any tells no toll, and is spared
// its numbers, its dates and the rules' alternations.
const DEATH_WORD = /kill|left|leaving|death|lives|dead|died|slain/i;

/** One death told in words ("a soldier was killed"), as a number mention, after `from`. */
function singleToll(text: string, from: number): NumberMention | null {
  const m = SINGLE.exec(text.slice(from));
  if (!m || OTHER_ACT.test(text.slice(from, from + m.index))) return null;
  return { start: from + m.index, end: from + m.index + m[0].length, text: m[0], value: 1, qualifier: null };
}

export function tollAfter(text: string, numbers: NumberMention[], from: number): NumberMention | null {
  for (const n of numbers) {
    if (n.start < from) continue;
    if (OTHER_ACT.test(text.slice(from, n.start))) return null;
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    if (BEFORE_NUMBER.test(before) || AFTER_NUMBER.test(text.slice(n.end, n.end + 80))) return n;
  }
  return null;
}

/** Numbers of a sentence that are not days of the month ("on April 1 killed seven"). */
function tollNumbers(sc: SentenceContext): NumberMention[] {
  const numbers = sc.numbers.length ? sc.numbers : findNumbers(sc.sentence.text);
  return numbers.filter((x) => !sc.dates.some((d) => x.start < d.end && d.start < x.end));
}

/**
 * An act named inside a time phrase of another ("two days after an Iranian attack on its soil")
 * is that act's anchor, not the news of the sentence: the next sentence's toll is not its toll.
 */
function inAnchorPhrase(p: Proposal): boolean {
  return /\b(?:after|before|since|following)\s+[^,;]*$/i.test(p.sentence.text.slice(p.clauseStart, p.triggerStart));
}

/**
 * toll.next-sentence: the toll of an act of force is often given in the sentence after it -
 * "An airstrike flattened the consulate. Iran said seven of its guards were killed." - when that
 * sentence reports no act of force of its own with a known author, and the act is the last act
 * of force of its sentence.
 */
function nextSentenceToll(p: Proposal, proposals: Proposal[], ctx: ArticleContext): NumberMention | null {
  const next = ctx.sentences[p.sentence.index + 1];
  if (!next || next.sentence.kind !== p.sentence.kind || !DEATH_WORD.test(next.sentence.text) || inAnchorPhrase(p)) return null;
  const laterForce = proposals.some((o) => o !== p && !o.dropped && Number(o.cameo.slice(0, 2)) >= 18 && !inAnchorPhrase(o)
    && o.source && ((o.sentence.index === p.sentence.index && o.triggerStart > p.triggerStart) || o.sentence.index === next.sentence.index));
  if (laterForce) return null;
  return tollAfter(next.sentence.text, tollNumbers(next), 0) ?? singleToll(next.sentence.text, 0);
}

export const fatalitiesRefiner: Refiner = {
  id: 'refine.fatalities',
  example: '"an attack that killed at least two children" -> fatalities 2, qualifier "at least"',
  refine(proposals, ctx) {
    for (const p of proposals) {
      if (p.dropped || Number(p.cameo.slice(0, 2)) < 18) continue;
      const sc = ctx.sentences[p.sentence.index]!;
      const text = p.sentence.text;
      const own = DEATH_WORD.test(text) ? tollAfter(text, tollNumbers(sc), p.triggerStart) ?? singleToll(text, p.triggerStart) : null;
      const n = own ?? nextSentenceToll(p, proposals, ctx);
      if (!n || n.exact === false) continue;
      p.fatalities = n.value;
      p.fatalitiesQualifier = n.qualifier;
      ctx.debug?.(() => `  ${p.pattern.id}: fatalities ${n.text}`);
    }
    return proposals;
  },
};
