/** CAMEO 11, disapprove: criticize, condemn (111), accuse, blame (112). */
import type { EventPattern } from '../pattern-types.js';

export const DISAPPROVE_PATTERNS: readonly EventPattern[] = [
  { id: 'disapprove.condemn', example: 'Egypt condemned the Israeli strike on Rafah.', cameo: '111', triggers: ['condemn', 'criticize', 'criticise', 'denounce', 'slam', 'decry', 'rebuke', 'censure'], pos: 'verb' },
  { id: 'disapprove.condemn-noun', example: 'Iraq issued a condemnation of the Turkish raids.', cameo: '111', triggers: ['condemnation', 'criticism'], pos: 'noun' },
  { id: 'disapprove.accuse-aggression', example: 'Azerbaijan accused Armenia of violating the ceasefire.', cameo: '1123', triggers: ['accuse'], pos: 'verb', after: /^\s+\S+(?:\s+\S+)?\s+of\s+(?:violating|attacking|aggression|shelling|provocation)/i },
  { id: 'disapprove.accuse', example: 'Pakistan blames Kabul for sheltering militants.', cameo: '112', triggers: ['accuse', 'blame'], pos: 'verb' },
  { id: 'disapprove.complain', example: 'China lodged a protest with Japan.', cameo: '114', triggers: ['lodge a protest', 'lodge a complaint', 'file a complaint', 'summon'], pos: 'verb' },
];
