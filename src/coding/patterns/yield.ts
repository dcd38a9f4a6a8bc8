/**
 * CAMEO 08, yield: de-escalation, ceasefires (0871, also "agreed to an immediate ceasefire",
 * "agreed to stop firing"), halting a hostile campaign (087), withdrawal, easing, release.
 */
import type { EventPattern } from '../pattern-types.js';

export const YIELD_PATTERNS: readonly EventPattern[] = [
  { id: 'yield.de-escalate', example: 'Pakistan decided to de-escalate tensions with Iran.', cameo: '087', triggers: ['de-escalate', 'deescalate', 'defuse', 'ease tension', 'lower tension', 'reduce tension'], pos: 'verb', needsTarget: false },
  { id: 'yield.ceasefire', example: 'Armenia and Azerbaijan agreed to a ceasefire.', cameo: '0871', triggers: ['agree to a ceasefire', 'agree to a truce', 'declare a ceasefire', 'declare a truce', 'agree a ceasefire', 'agree on a ceasefire'], pos: 'verb', symmetric: true },
  { id: 'yield.agree-ceasefire', example: 'Ethiopia and Eritrea agreed to an "immediate and unconditional" truce.', cameo: '0871', triggers: ['agree', 'accept', 'announce', 'declare', 'sign', 'reach', 'strike'], pos: 'verb', symmetric: true, objectWithin: 40, after: /^\s+(?:to\s+|on\s+|upon\s+)?(?:an?\s+|the\s+)?["“]?(?:[\w-]+["”,]?\s+){0,4}(?:ceasefire|cease-fire|truce|armistice|cessation of hostilities)\b/i },
  { id: 'yield.stop-firing', example: 'India and Pakistan agreed to stop firing on Saturday.', cameo: '0871', triggers: ['agree to stop firing', 'agree to stop fire', 'agree to halt fire', 'agree to cease fire', 'agree to stop fighting', 'agree to halt fighting', 'agree to cease hostility', 'agree to stop all firing', 'agree to stop all military action'], pos: 'verb', symmetric: true },
  { id: 'yield.halt-campaign', example: 'North Korea said it would halt its drone flights over South Korea.', cameo: '087', triggers: ['halt', 'stop', 'suspend', 'end', 'cease', 'call off'], pos: 'verb', after: /^\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+\s+){0,2}(?:launches|attacks|strikes|shelling|bombardment|bombing|firing|hostilities|offensive|operations?|incursions?|flights|broadcasts|campaign|blockade|drills|exercises)\b/i },
  // The halt as a noun: "ordered an end to the military operation in Georgia", "announced a halt
  // to its strikes", "declared an end to hostilities".
  { id: 'yield.end-to-campaign', example: 'Russia ordered an end to its military operation in Georgia.', cameo: '087', triggers: ['order', 'announce', 'declare', 'call', 'proclaim'], pos: 'verb', after: /^\s+(?:an?\s+|the\s+)?(?:immediate\s+)?(?:end|halt|stop|pause|suspension)\s+(?:to|of)\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+\s+){0,2}(?:operations?|offensive|hostilities|fighting|campaign|strikes|bombing|bombardment|shelling|attacks|incursion)\b/i },
  { id: 'yield.withdraw-troops', example: 'Russia withdrew its troops from Kherson.', cameo: '0874', triggers: ['withdraw troop', 'withdraw force', 'pull out troop', 'pull back troop', 'pull back force', 'withdraw its troop', 'withdraw its force', 'retreat'], pos: 'verb' },
  { id: 'yield.release', example: 'Iran released two French citizens.', cameo: '0841', triggers: ['release', 'free'], pos: 'verb', after: /^\s+(?:the\s+|two\s+|\w+\s+)?(?:[\w-]+\s+)?(?:prisoner|detainee|hostage|citizen|national|soldier|sailor|fisherm[ae]n|captive|journalist|crew)/i },
  { id: 'yield.ease-sanctions', example: 'The United States eased sanctions on Venezuela.', cameo: '085', triggers: ['ease sanction', 'lift sanction', 'lift the sanction', 'ease the sanction'], pos: 'verb' },
];
