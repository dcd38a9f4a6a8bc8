/** Which CAMEO codes mark a de-escalation step in a crisis. Each entry names itself with an example. */
import type { CodedEvent } from '../coding/types.js';

export interface DeEscalationRule {
  id: string;
  /** CAMEO code prefix: "08" matches 080, 0871, … */
  prefix: string;
  label: string;
  example: string;
}

/**
 * The documented set of de-escalation steps (docs/trust-index.md). Longest prefix wins the label.
 * 052 (defend verbally) and 053 (rally support) are left out: they are about third parties.
 */
export const DE_ESCALATION_RULES: readonly DeEscalationRule[] = [
  { id: 'deesc.yield', prefix: '08', label: 'yields or eases (08)', example: 'Pakistan decided to de-escalate tension with Iran' },
  { id: 'deesc.ceasefire', prefix: '087', label: 'de-escalates militarily (087)', example: 'the two armies declared a ceasefire' },
  { id: 'deesc.return', prefix: '084', label: 'returns or releases (084)', example: 'India returned the captured pilot' },
  { id: 'deesc.diplomatic', prefix: '050', label: 'diplomatic cooperation (050)', example: 'the two ministries issued a joint statement' },
  { id: 'deesc.praise', prefix: '051', label: 'praises or endorses (051)', example: 'Tehran welcomed the statement from Islamabad' },
  { id: 'deesc.recognition', prefix: '054', label: 'grants recognition (054)', example: 'the government recognised the new envoy' },
  { id: 'deesc.apology', prefix: '055', label: 'apologizes (055)', example: 'the minister apologised for the incursion' },
  { id: 'deesc.forgive', prefix: '056', label: 'forgives (056)', example: 'the president said the matter was forgiven' },
  { id: 'deesc.agreement', prefix: '057', label: 'signs an agreement (057)', example: 'both sides signed a border accord' },
  { id: 'deesc.consult', prefix: '04', label: 'consults, visits or meets (04)', example: 'the foreign minister visited Islamabad' },
  { id: 'deesc.intent-yield', prefix: '035', label: 'intends to yield (035)', example: 'the army said it would pull back' },
  { id: 'deesc.intent-meet', prefix: '036', label: 'intends to meet or negotiate (036)', example: 'the minister will visit next week' },
  { id: 'deesc.intent-settle', prefix: '037', label: 'intends to settle the dispute (037)', example: 'both sides vowed to resolve the dispute' },
  { id: 'deesc.accept-mediation', prefix: '038', label: 'accepts mediation (038)', example: 'Kabul accepted Qatari mediation' },
  { id: 'deesc.mediate', prefix: '039', label: 'offers to mediate (039)', example: 'China offered to mediate' },
];

/** The de-escalation rule an event's CAMEO code falls under, or null. */
export function deEscalationRule(e: CodedEvent): DeEscalationRule | null {
  let best: DeEscalationRule | null = null;
  for (const r of DE_ESCALATION_RULES) {
    if (e.cameo.startsWith(r.prefix) && (!best || r.prefix.length > best.prefix.length)) best = r;
  }
  return best;
}

/**
 * Steps that are only words of goodwill: praise or a welcome (051), an invitation or a visit announced
 * (036), an offer to mediate (039, usually a third party's). They can accompany a recovery but do not make
 * one: "we will not retaliate, and we invite their diplomats to our reception" is a pause, not a thaw.
 * A pledge to yield or to settle (035, 037: "neither will use force") commits the party and counts.
 */
const GOODWILL_WORDS: ReadonlySet<string> = new Set(['deesc.praise', 'deesc.intent-meet', 'deesc.mediate']);

/** A de-escalation step that is an act or a commitment of the parties (yield, truce, release, talks held, a pledge, an agreement), not only words of goodwill. */
export function isDeEscalationAct(ruleId: string): boolean {
  return !GOODWILL_WORDS.has(ruleId);
}
