/** CAMEO 18, unconventional violence: suicide and other bombings, abductions, assassinations. */
import type { EventPattern } from '../pattern-types.js';

export const ASSAULT_PATTERNS: readonly EventPattern[] = [
  { id: 'assault.suicide-bombing', example: 'The Taliban carried out a suicide attack on a Pakistani army post.', cameo: '1831', triggers: ['suicide attack', 'suicide bombing', 'suicide bomber'], pos: 'noun' },
  { id: 'assault.bombing', example: 'Jaish al-Adl detonated a car bomb in Iran.', cameo: '183', triggers: ['car bomb', 'roadside bomb', 'bomb attack'], pos: 'noun' },
  { id: 'assault.abduct', example: 'The TTP kidnapped two Chinese engineers.', cameo: '181', triggers: ['abduct', 'kidnap', 'take hostage', 'hijack'], pos: 'verb' },
  // Hostages taken with the captives between verb and noun: "took two Israeli civilians hostage".
  { id: 'assault.take-hostage', example: 'The gunmen took three Turkish truck drivers hostage.', cameo: '181', triggers: ['take'], pos: 'verb', after: /^\s+(?:(?:him|her|them|[\w'’-]+)\s+){1,5}?hostages?\b/i },
  { id: 'assault.assassinate', example: 'Israel assassinated a Hamas leader in Beirut.', cameo: '186', triggers: ['assassinate'], pos: 'verb' },
  { id: 'assault.assassination', example: "Israel's assassination of an Iranian general in Syria angered Tehran.", cameo: '186', triggers: ['assassination'], pos: 'noun' },
  // Violence against people in someone's hands: beatings (182), torture (1822), sexual abuse (1821),
  // and attempts on a life (185). "Beat" needs people as its object ("beat Iran 2-1" is sport).
  { id: 'assault.sexual', example: 'Sudanese soldiers raped Chadian refugees in the camp.', cameo: '1821', triggers: ['rape', 'molest'], pos: 'verb' },
  { id: 'assault.sexual-abuse', example: 'Sudanese soldiers sexually abused Chadian refugees in the camp.', cameo: '1821', triggers: ['abuse', 'assault', 'exploit'], pos: 'verb', near: ['sexually'], nearWindow: 1 },
  { id: 'assault.beat', example: 'Russian border guards beat up Georgian villagers near the fence.', cameo: '182', triggers: ['beat up', 'beat', 'assault', 'manhandle'], pos: 'verb', after: /^\s+(?:up\s+)?(?:[\w-]+\s+){0,4}?(?:detainees|prisoners|protesters|demonstrators|civilians|refugees|migrants|journalists|students|activists|villagers|immigrants|workers|fishermen|diplomats?|nationals|citizens|men|women|children)\b/i },
  { id: 'assault.torture', example: 'Eritrean guards tortured Ethiopian prisoners.', cameo: '1822', triggers: ['torture'], pos: 'verb' },
  { id: 'assault.attempted-assassination', example: 'Agents of Iran tried to assassinate a Saudi diplomat in Washington.', cameo: '185', triggers: ['attempt to assassinate', 'try to assassinate', 'attempt to kill', 'plot to assassinate', 'plot to kill'], pos: 'verb' },
];
