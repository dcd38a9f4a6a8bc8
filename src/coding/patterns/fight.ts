/**
 * CAMEO 19, fight: strikes, attacks, shelling, clashes, firing at. The weapon refiner
 * sharpens 190 to 193 (small arms), 194 (artillery) or 195 (missiles, drones, aircraft).
 */
import type { EventPattern } from '../pattern-types.js';

export const FIGHT_PATTERNS: readonly EventPattern[] = [
  { id: 'fight.strike', example: 'Iran struck Pakistan on Tuesday.', cameo: '190', triggers: ['strike', 'attack', 'hit', 'raid', 'pound', 'invade', 'bombard', 'retaliate against', 'target'], pos: 'verb' },
  { id: 'fight.fire-at', example: 'Pakistan fired at a village in Iran.', cameo: '190', triggers: ['fire', 'shoot', 'open fire'], pos: 'verb', after: /^\s+(?:missiles?\s+|rockets?\s+|shells?\s+|drones?\s+)?(?:at|on|into|upon|across|toward|towards)\b/i },
  { id: 'fight.launch-missiles', example: 'Iran launched missiles at Pakistan last Tuesday.', cameo: '195', triggers: ['launch missile', 'launch rocket', 'launch drone', 'fire missile', 'fire rocket', 'fire drone', 'launch ballistic missile', 'fire ballistic missile'], pos: 'verb' },
  { id: 'fight.bomb', example: 'Israel bombed targets in Lebanon.', cameo: '195', triggers: ['bomb', 'airstrike', 'air-strike'], pos: 'verb' },
  { id: 'fight.shell', example: 'Russia shelled Kharkiv overnight.', cameo: '194', triggers: ['shell'], pos: 'verb' },
  { id: 'fight.attack-noun', example: 'Iran launched a missile and drone attack in Pakistan.', cameo: '190', triggers: ['attack', 'strike', 'airstrike', 'air strike', 'air raid', 'raid', 'offensive', 'bombardment', 'incursion', 'operation', 'shelling'], pos: 'noun' },
  { id: 'fight.clash', example: 'Indian and Chinese troops clashed on the border.', cameo: '193', triggers: ['clash', 'exchange fire', 'exchange of fire', 'skirmish'], pos: 'verb', symmetric: true },
  { id: 'fight.occupy', example: 'Eritrea occupied the Ethiopian town of Badme.', cameo: '192', triggers: ['occupy', 'capture', 'annex', 'seize control of'], pos: 'verb' },
  { id: 'fight.blockade', example: 'Azerbaijan blockaded the road to Armenia.', cameo: '191', triggers: ['blockade', 'impose a blockade'], pos: 'verb' },
  { id: 'fight.violate-ceasefire', example: 'Pakistan violated the ceasefire with India.', cameo: '196', triggers: ['violate the ceasefire', 'break the ceasefire', 'violate a ceasefire', 'breach the truce'], pos: 'verb', needsTarget: false },
];
