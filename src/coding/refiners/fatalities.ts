/**
 * refine.fatalities: a death toll from anywhere after the trigger in the sentence, in another
 * clause too: "an attack that killed at least two children" -> 2 ("at least"); "reporting the
 * deaths of nine people, including four children" -> 9 (the first toll, never a sum).
 * Vague counts ("dozens") leave the toll null.
 */
import type { NumberMention } from '../../language/types.js';
import type { Refiner } from '../pattern-types.js';

const VICTIMS = String.raw`(?:[\w-]+\s+){0,3}?(?:people|persons|civilians|children|women|men|soldiers|troops|militants|fighters|police(?:men)?|officers|guards|villagers|residents|members|workers|personnel|others|individuals|combatants|servicemen|\w+s)?`;
// toll.kill: "killed at least two"; toll.killed: "nine people were killed"; toll.deaths: "the deaths of nine people".
const BEFORE_NUMBER = /\b(?:kill(?:ed|ing|s)?|left|leaving|deaths? of|death toll (?:of|at|to|rose to|reached|stood at)|claimed the lives of|killing)\s+$/i;
const AFTER_NUMBER = new RegExp(String.raw`^\s+${VICTIMS}\s*(?:were |have been |had been |are |was )?(?:killed|dead|died|slain|lost their lives)\b`, 'i');

// "struck a camp … two weeks after a suicide bombing killed 40": that toll is the bombing's.
const OTHER_ACT = /\b(?:after|before|since|following|than|unlike)\b[^,;]*\b(?:attacks?|bombings?|blasts?|explosions?|strikes?|airstrikes?|raids?|shelling|ambush(?:es)?|clash(?:es)?|bombs?|assaults?)\b/i;

export function tollAfter(text: string, numbers: NumberMention[], from: number): NumberMention | null {
  for (const n of numbers) {
    if (n.start < from) continue;
    if (OTHER_ACT.test(text.slice(from, n.start))) return null;
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    if (BEFORE_NUMBER.test(before) || AFTER_NUMBER.test(text.slice(n.end, n.end + 80))) return n;
  }
  return null;
}

export const fatalitiesRefiner: Refiner = {
  id: 'refine.fatalities',
  example: '"an attack that killed at least two children" -> fatalities 2, qualifier "at least"',
  refine(proposals, ctx) {
    for (const p of proposals) {
      if (p.dropped || Number(p.cameo.slice(0, 2)) < 18) continue;
      const sc = ctx.sentences[p.sentence.index]!;
      // "on April 1 killed seven": a day of the month is not a toll.
      const numbers = sc.numbers.filter((x) => !sc.dates.some((d) => x.start < d.end && d.start < x.end));
      const n = tollAfter(p.sentence.text, numbers, p.triggerStart);
      if (!n || n.exact === false) continue;
      p.fatalities = n.value;
      p.fatalitiesQualifier = n.qualifier;
      ctx.debug?.(() => `  ${p.pattern.id}: fatalities ${n.text}`);
    }
    return proposals;
  },
};
