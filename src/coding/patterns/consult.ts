/** CAMEO 04, consult: visits (042), hosting (043), meetings and talks (040/046), phone calls (041), mediation (045). */
import type { EventPattern } from '../pattern-types.js';

export const CONSULT_PATTERNS: readonly EventPattern[] = [
  { id: 'consult.visit', example: 'The Iranian foreign minister visited Islamabad on Monday.', cameo: '042', triggers: ['visit', 'travel to', 'fly to', 'arrive in'], pos: 'verb', objectWithin: 45, notAfter: /^\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:troops|soldiers|forces|positions|units|front|frontline|front\s+lines?|border|area|region|site|scene|wounded|victims|families|bases?|hospitals?|camps?|outposts?|posts?|villages?)\b/i },
  { id: 'consult.visit-noun', example: "Egypt's president made a visit to Saudi Arabia.", cameo: '042', triggers: ['visit', 'trip'], pos: 'noun' },
  { id: 'consult.host', example: 'Turkey hosted the Ukrainian president.', cameo: '043', triggers: ['host', 'receive'], pos: 'verb', objectWithin: 45, notAfter: /^\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:news|decision|move|announcement|agreement|deal|statement|call|offer|proposal|report)/i },
  { id: 'consult.welcome', example: 'Turkey welcomed the Finnish president to Ankara.', cameo: '043', triggers: ['welcome'], pos: 'verb', objectWithin: 45, after: /^\s+(?:[\w'’.-]+\s+){1,4}(?:to|in)\s+\p{Lu}/u },
  { id: 'consult.meet', example: 'The Chinese premier met his Indian counterpart on Friday.', cameo: '040', triggers: ['meet', 'meet with', 'hold talk with', 'confer with', 'sit down with', 'hold a meeting with', 'hold meeting with'], pos: 'verb', objectWithin: 45, symmetric: true },
  { id: 'consult.talks', example: 'Kenya and Somalia held talks in Nairobi.', cameo: '046', triggers: ['hold talk', 'hold negotiation', 'negotiate', 'hold a meeting', 'hold meeting', 'hold direct talk', 'hold peace talk', 'open talk', 'resume talk', 'start talk', 'begin talk', 'hold a summit', 'hold summit'], pos: 'verb', symmetric: true },
  { id: 'consult.discuss', example: 'The Kazakh president discussed the border with his Kyrgyz counterpart.', cameo: '040', triggers: ['discuss'], pos: 'verb', symmetric: true, after: /^[^.;]{0,60}?\bwith\b/i },
  { id: 'consult.phone', example: 'The French president phoned his Russian counterpart.', cameo: '041', triggers: ['phone', 'telephone', 'speak by phone with', 'speak by telephone with', 'hold a phone call with', 'hold a call with', 'talk by phone with'], pos: 'verb', objectWithin: 45 },
  { id: 'consult.phone-pair', example: 'The prime ministers of Thailand and Cambodia spoke by phone on Sunday.', cameo: '041', triggers: ['speak by phone', 'speak by telephone', 'talk by phone', 'hold a phone call', 'hold phone talk', 'hold a telephone conversation', 'hold a call'], pos: 'verb', symmetric: true },
  { id: 'consult.mediate', example: 'Qatar mediated between Israel and Hamas.', cameo: '045', triggers: ['mediate', 'broker'], pos: 'verb' },
];
