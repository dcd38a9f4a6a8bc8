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
  // An offer, promise or readiness to help, give or work with another: "offered to send doctors
  // to Syria", "is ready to contribute troops to the force". Acts with patterns of their own
  // (withdraw, release, visit) are recoded by modality instead.
  { id: 'intent.offer-to-help', example: 'Turkey offered to send doctors to Libya.', cameo: '030', triggers: ['offer', 'promise', 'pledge', 'vow', 'agree', 'commit', 'be ready', 'be willing', 'be prepared', 'stand ready'], pos: 'verb', after: /^\s+(?:itself\s+|in\s+principle\s+|on\s+\w+day\s+|\w+day\s+|today\s+|again\s+|also\s+|now\s+|upon\s+|formally\s+){0,3}to\s+(?:help|send|provide|give|supply|hand\s+over|contribute|undertake|cooperate|exchange\s+information|reopen|re-open|finance|fund|assist|train|share|support|set\s+up|establish|build|exchange|expand|strengthen|boost|develop|open|allow|facilitate|extradite|host)\b/i },
  { id: 'intent.will-support', example: 'Portugal will support Morocco in its bid to host the summit.', cameo: '032', triggers: ['will support', 'would support', 'will back', 'would back', 'pledge support', 'promise support', 'pledge its support', 'promise its support'], pos: 'verb' },
  { id: 'intent.accept-mediation', example: 'Ethiopia agreed to Kenyan mediation in the dispute with Somalia.', cameo: '038', triggers: ['accept', 'agree to', 'welcome'], pos: 'verb', after: /^\s+(?:an?\s+|the\s+)?(?:[\w'’.-]+\s+){0,2}?(?:mediation|good\s+offices)\b/i },
];
