/** CAMEO 03, express intent to cooperate. Future visits are 036 via the intent refiner. */
import type { EventPattern } from '../pattern-types.js';

export const INTENT_PATTERNS: readonly EventPattern[] = [
  { id: 'intent.pledge-aid', example: 'Japan pledged aid to the Philippines.', cameo: '033', triggers: ['pledge', 'promise'], pos: 'verb' },
  { id: 'intent.offer-talks', example: 'Seoul offered talks to Pyongyang.', cameo: '036', triggers: ['offer talk', 'propose talk', 'invite'], pos: 'verb' },
  { id: 'intent.agree-to', example: 'Armenia agreed to cooperate with Azerbaijan on border demarcation.', cameo: '030', triggers: ['agree to cooperate', 'vow to cooperate', 'agree to work together', 'pledge to cooperate'], pos: 'verb' },
  { id: 'intent.ceasefire', example: 'Azerbaijan proposed a truce to Armenia.', cameo: '0356', triggers: ['offer a ceasefire', 'offer a truce', 'propose a ceasefire', 'propose a truce'], pos: 'verb' },
];
