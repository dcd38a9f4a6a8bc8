/** CAMEO 18, unconventional violence: suicide and other bombings, abductions, assassinations. */
import type { EventPattern } from '../pattern-types.js';

export const ASSAULT_PATTERNS: readonly EventPattern[] = [
  { id: 'assault.suicide-bombing', example: 'The Taliban carried out a suicide attack on a Pakistani army post.', cameo: '1831', triggers: ['suicide attack', 'suicide bombing', 'suicide bomber'], pos: 'noun' },
  { id: 'assault.bombing', example: 'Jaish al-Adl detonated a car bomb in Iran.', cameo: '183', triggers: ['car bomb', 'roadside bomb', 'bomb attack'], pos: 'noun' },
  { id: 'assault.abduct', example: 'The TTP kidnapped two Chinese engineers.', cameo: '181', triggers: ['abduct', 'kidnap', 'take hostage', 'hijack'], pos: 'verb' },
  { id: 'assault.assassinate', example: 'Israel assassinated a Hamas leader in Beirut.', cameo: '186', triggers: ['assassinate'], pos: 'verb' },
  { id: 'assault.assassination', example: "Israel's assassination of an Iranian general in Syria angered Tehran.", cameo: '186', triggers: ['assassination'], pos: 'noun' },
];
