/**
 * CAMEO 13, threaten. Conditional threats are threats ("would respond if …"); a vow of
 * retaliation or punishment is one too ("vowed the strikes would not go unanswered").
 */
import type { EventPattern } from '../pattern-types.js';

/** What a vow or warning must promise to be a threat. */
const RETRIBUTION = String.raw`(?:(?:would|will)\s+not\s+go\s+unanswered|(?:would|will)\s+(?:be\s+)?(?:punished|pay|regret|answered|avenged)|retaliat\w*|reveng\w*|aveng\w*|punish\w*|respon(?:d|se)\s+(?:firmly|strongly|forcefully|decisively|harshly|severely|in kind)|(?:an?\s+)?(?:["“]?(?:tough|harsh|severe|decisive|crushing|firm|strong|resolute|swift|devastating|painful|forceful|serious)["”]?\s+)(?:response|retaliation|reaction|consequences|measures|countermeasures)|consequences|hit\s+back|strike\s+back|unbearable|act\s+of\s+war|(?:response|reaction|retaliation|answer)\s+(?:would|will)\s+be\s+["“]?(?:tough|harsh|severe|decisive|crushing|firm|strong|swift|devastating|painful|forceful|serious))`;

export const THREATEN_PATTERNS: readonly EventPattern[] = [
  { id: 'threaten.sanctions', example: 'The United States threatened Belarus with sanctions.', cameo: '1312', triggers: ['threaten'], pos: 'verb', after: /^\s+(?:\S+\s+){0,3}with\s+(?:\S+\s+)?sanctions/i },
  { id: 'threaten.cut-ties', example: 'Algeria threatened to cut ties with Spain.', cameo: '1313', triggers: ['threaten to cut tie', 'threaten to sever tie', 'threaten to cut diplomatic tie', 'threaten to sever relation', 'threaten to break off relation', 'threaten to recall'], pos: 'verb' },
  { id: 'threaten.vow-retribution', example: 'Iran vowed that Israel would be punished for the strike.', cameo: '130', triggers: ['vow', 'warn', 'pledge', 'promise', 'swear'], pos: 'verb', after: new RegExp(String.raw`^[^.;]{0,90}?\b${RETRIBUTION}`, 'i') },
  { id: 'threaten.threaten', example: 'North Korea threatened South Korea with retaliation.', cameo: '130', triggers: ['threaten', 'warn'], pos: 'verb', notAfter: /^\s+or\s+(?:to\s+)?use\s+(?:of\s+)?force/i },
  { id: 'threaten.force', example: 'Iran threatened to strike Israel.', cameo: '138', triggers: ['threaten to strike', 'threaten to attack', 'threaten military action', 'threaten to retaliate', 'threaten war', 'threaten to invade', 'threaten to use force', 'threaten force', 'threaten to shoot down', 'threaten to bomb', 'threaten to destroy', 'threaten to seize', 'threaten to annex', 'threaten to sink', 'threaten to wipe out', 'threaten to respond militarily'], pos: 'verb' },
  { id: 'threaten.conditional-response', example: 'Iran said it would respond at full force if Israel struck again.', cameo: '130', triggers: ['respond', 'retaliate', 'hit back', 'strike back', 'react', 'take revenge'], pos: 'verb', near: ['will', 'would', 'shall'], nearWindow: 3, after: /^[^.;]{0,80}?\b(?:if|should|unless|in case)\b/i },
  { id: 'threaten.take-measures', example: 'South Korea said it would take measures that North Korea would find unbearable.', cameo: '130', triggers: ['take', 'adopt', 'impose'], pos: 'verb', near: ['will', 'would', 'shall'], nearWindow: 3, after: /^\s+(?:all\s+)?(?:necessary\s+|strong\s+|tough\s+|firm\s+|resolute\s+|decisive\s+|retaliatory\s+|reciprocal\s+)?(?:counter-?)?measures\b[^.;]{0,60}?(?:unbearable|painful|regret|necessary|if\b|unless\b|against\b)/i },
  { id: 'threaten.act-of-war', example: 'Pakistan will treat any diversion of the river by India as an act of war.', cameo: '138', triggers: ['consider', 'treat', 'regard', 'deem', 'see'], pos: 'verb', after: /^\s+(?:[^.;]{0,60}?\s)?(?:as\s+)?(?:an?\s+)?["“]?(?:act of war|declaration of war|casus belli)/i },
  { id: 'threaten.reserve-right', example: "Russia said it reserved the right to respond to Finland's move.", cameo: '130', triggers: ['reserve the right', 'reserve its right', 'reserve all option', 'keep all option open'], pos: 'verb' },
  { id: 'threaten.not-hesitate', example: 'Iran said it would not hesitate to respond to any Israeli attack.', cameo: '130', triggers: ['hesitate'], pos: 'verb', after: /^\s+to\s+(?:respond|retaliate|use\s+force|act|strike|hit\s+back|defend)/i },
  { id: 'threaten.deadline', example: 'Venezuela gave Guyana 48 hours to halt the drilling.', cameo: '139', triggers: ['give', 'set'], pos: 'verb', after: /^\s+(?:\S+\s+){1,3}(?:\d+|twenty-four|forty-eight|seventy-two|a\s+few|several)\s+(?:hours|days)\s+to\b|^\s+(?:\S+\s+){0,2}an?\s+(?:\S+\s+)?deadline\s+to\b/i },
  { id: 'threaten.ultimatum', example: 'Azerbaijan gave Armenia an ultimatum.', cameo: '139', triggers: ['ultimatum'], pos: 'noun' },
];
