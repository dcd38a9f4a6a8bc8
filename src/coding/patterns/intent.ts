/**
 * CAMEO 03, express intent to cooperate: pledges, offers of talks and agreements to meet (036),
 * and pledges not to use force (0356). Future visits are 036 via the intent refiner.
 */
import type { EventPattern } from '../pattern-types.js';

export const INTENT_PATTERNS: readonly EventPattern[] = [
  { id: 'intent.pledge-aid', example: 'Japan pledged aid to the Philippines.', cameo: '033', triggers: ['pledge', 'promise'], pos: 'verb' },
  { id: 'intent.offer-talks', example: 'Seoul offered talks to Pyongyang.', cameo: '036', triggers: ['offer talk', 'propose talk', 'invite'], pos: 'verb' },
  { id: 'intent.agree-to-meet', example: 'Armenia and Azerbaijan agreed to meet again in Geneva.', cameo: '036', triggers: ['agree to meet', 'agree to hold talk', 'agree to resume talk', 'agree to hold further talk', 'agree to continue talk', 'agree to start talk', 'plan to meet', 'agree to hold a summit', 'agree to hold another meeting', 'agree to reconvene', 'agree to negotiate'], pos: 'verb', symmetric: true },
  { id: 'intent.agree-to', example: 'Armenia agreed to cooperate with Azerbaijan on border demarcation.', cameo: '030', triggers: ['agree to cooperate', 'vow to cooperate', 'agree to work together', 'pledge to cooperate'], pos: 'verb' },
  { id: 'intent.no-force', example: 'Greece and Turkey agreed that neither country would threaten or use force against the other.', cameo: '0356', triggers: ['agree', 'agree on', 'pledge', 'commit', 'vow', 'promise', 'undertake'], pos: 'verb', symmetric: true, after: /^\s+(?:[^.;]{0,40}?\s)?(?:that\s+)?(?:neither|not\s+to|to\s+refrain|never\s+to)\b[^.;]{0,60}?\b(?:use|threaten|resort\s+to)\b[^.;]{0,30}?\bforce\b/i },
  // The offer with its addressee in between: "offered Moscow a ceasefire", "proposed to Baku an
  // immediate truce", "offered the rebels a truce".
  { id: 'intent.offer-ceasefire-to', example: 'Armenia offered Azerbaijan an immediate ceasefire.', cameo: '0356', triggers: ['offer', 'propose'], pos: 'verb', after: /^\s+(?:to\s+)?(?:[\w'’.-]+\s+){1,3}?(?:an?\s+)?(?:immediate\s+|unconditional\s+|unilateral\s+|humanitarian\s+|temporary\s+|full\s+)*(?:ceasefire|cease-fire|truce|armistice)\b/i },
  { id: 'intent.ceasefire', example: 'Azerbaijan proposed a truce to Armenia.', cameo: '0356', triggers: ['offer a ceasefire', 'offer a truce', 'propose a ceasefire', 'propose a truce'], pos: 'verb' },
];
