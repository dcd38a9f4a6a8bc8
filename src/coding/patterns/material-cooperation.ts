/** CAMEO 06, material cooperation: joint exercises and exercises with a partner, trade deals, intelligence sharing. */
import type { EventPattern } from '../pattern-types.js';

export const MATERIAL_COOPERATION_PATTERNS: readonly EventPattern[] = [
  { id: 'material.joint-exercise', example: 'Russia and China held joint naval exercises.', cameo: '062', triggers: ['joint exercise', 'joint military exercise', 'joint naval exercise', 'joint drill', 'joint patrol', 'joint air exercise', 'joint naval drill', 'joint military drill', 'joint air drill', 'joint war game', 'joint manoeuvre', 'joint maneuver', 'joint naval manoeuvre', 'joint military manoeuvre', 'joint naval maneuver', 'joint military maneuver', 'joint live-fire exercise', 'joint live-fire drill', 'joint naval patrol', 'joint air patrol', 'joint training exercise'], pos: 'noun', symmetric: true },
  { id: 'material.exercise-with', example: "The United States carried out air exercises with Guyana's armed forces.", cameo: '062', triggers: ['exercise', 'drill', 'manoeuvre', 'maneuver', 'war game'], pos: 'noun', after: /^\s+with\s/i },
  { id: 'material.share-intelligence', example: 'Jordan shared intelligence with Israel.', cameo: '064', triggers: ['share', 'exchange', 'pass', 'hand over', 'provide'], pos: 'verb', after: /^\s+(?:its\s+|the\s+|their\s+|some\s+|new\s+|vital\s+|sensitive\s+)?(?:[\w-]+\s+){0,2}?(?:intelligence|information|evidence|data|expertise|satellite\s+imagery)\s+(?:[\w-]+\s+){0,4}?(?:with|to)\b/i },
  { id: 'material.extradite', example: 'Spain extradited a Russian hacker to the United States.', cameo: '063', triggers: ['extradite'], pos: 'verb' },
  // A wanted person handed to the state that seeks him is an extradition in all but name: "handed
  // over the suspect to Spain", "turned over two fugitives to the Turkish authorities".
  { id: 'material.hand-over-suspect', example: 'Britain handed over the murder suspect to Spain.', cameo: '063', triggers: ['hand over', 'turn over', 'hand', 'surrender', 'deport'], pos: 'verb', after: /^\s+(?:over\s+)?(?:the\s+|an?\s+|two\s+|three\s+|\d+\s+)?(?:[\w'’-]+\s+){0,3}?(?:suspects?|fugitives?|wanted\s+(?:man|men|woman)|alleged\s+\w+|convicts?)\s+(?:(?:over|back)\s+)?to\s/i },
  { id: 'material.trade-deal', example: 'Vietnam and Laos expanded trade.', cameo: '061', triggers: ['expand trade', 'boost trade', 'resume trade', 'reopen trade'], pos: 'verb', symmetric: true },
];
