/** CAMEO 08, yield: de-escalation, withdrawal, easing, release. */
import type { EventPattern } from '../pattern-types.js';

export const YIELD_PATTERNS: readonly EventPattern[] = [
  { id: 'yield.de-escalate', example: 'Pakistan decided to de-escalate tensions with Iran.', cameo: '087', triggers: ['de-escalate', 'deescalate', 'defuse', 'ease tension', 'lower tension', 'reduce tension'], pos: 'verb', needsTarget: false },
  { id: 'yield.ceasefire', example: 'Armenia and Azerbaijan agreed to a ceasefire.', cameo: '0871', triggers: ['agree to a ceasefire', 'agree to a truce', 'declare a ceasefire', 'declare a truce', 'agree a ceasefire', 'agree on a ceasefire'], pos: 'verb', symmetric: true },
  { id: 'yield.withdraw-troops', example: 'Russia withdrew its troops from Kherson.', cameo: '0874', triggers: ['withdraw troop', 'withdraw force', 'pull out troop', 'pull back troop', 'pull back force', 'withdraw its troop', 'withdraw its force', 'retreat'], pos: 'verb' },
  { id: 'yield.release', example: 'Iran released two French citizens.', cameo: '0841', triggers: ['release', 'free'], pos: 'verb', after: /^\s+(?:the\s+|two\s+|\w+\s+)?(?:[\w-]+\s+)?(?:prisoner|detainee|hostage|citizen|national|soldier|sailor|fisherm[ae]n|captive|journalist|crew)/i },
  { id: 'yield.ease-sanctions', example: 'The United States eased sanctions on Venezuela.', cameo: '085', triggers: ['ease sanction', 'lift sanction', 'lift the sanction', 'ease the sanction'], pos: 'verb' },
];
