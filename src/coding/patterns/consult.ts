/** CAMEO 04, consult: visits (042), hosting (043), meetings and talks (040/046), phone calls (041). */
import type { EventPattern } from '../pattern-types.js';

export const CONSULT_PATTERNS: readonly EventPattern[] = [
  { id: 'consult.visit', example: 'The Iranian foreign minister visited Islamabad on Monday.', cameo: '042', triggers: ['visit', 'travel to', 'fly to', 'arrive in'], pos: 'verb', objectWithin: 45 },
  { id: 'consult.visit-noun', example: "Egypt's president made a visit to Saudi Arabia.", cameo: '042', triggers: ['visit', 'trip'], pos: 'noun' },
  { id: 'consult.host', example: 'Turkey hosted the Ukrainian president.', cameo: '043', triggers: ['host'], pos: 'verb' },
  { id: 'consult.meet', example: 'The Chinese premier met his Indian counterpart on Friday.', cameo: '040', triggers: ['meet', 'meet with', 'hold talk with', 'confer with'], pos: 'verb', objectWithin: 45, symmetric: true },
  { id: 'consult.talks', example: 'Kenya and Somalia held talks in Nairobi.', cameo: '046', triggers: ['hold talk', 'hold negotiation', 'negotiate'], pos: 'verb', symmetric: true },
  { id: 'consult.phone', example: 'The French president phoned his Russian counterpart.', cameo: '041', triggers: ['phone', 'telephone', 'speak by phone with'], pos: 'verb' },
  { id: 'consult.mediate', example: 'Qatar mediated between Israel and Hamas.', cameo: '045', triggers: ['mediate'], pos: 'verb' },
];
