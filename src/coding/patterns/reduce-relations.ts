/** CAMEO 16, reduce relations: recall or expel ambassadors, suspend ties, sanctions. */
import type { EventPattern } from '../pattern-types.js';

export const REDUCE_RELATIONS_PATTERNS: readonly EventPattern[] = [
  { id: 'reduce.recall-ambassador', example: 'Pakistan recalled its ambassador from Tehran.', cameo: '161', triggers: ['recall'], pos: 'verb', after: /^\s+(?:its|their|the)?\s*(?:[\w-]+\s+){0,2}(?:ambassador|envoy|diplomat)/i },
  { id: 'reduce.expel-ambassador', example: "Islamabad expelled Iran's ambassador.", cameo: '161', triggers: ['expel'], pos: 'verb', after: /^\s+(?:\S+\s+){0,4}(?:ambassador|envoy|diplomat)/i },
  { id: 'reduce.break-ties', example: 'Niger cut diplomatic ties with France.', cameo: '161', triggers: ['cut tie', 'cut diplomatic tie', 'sever tie', 'sever diplomatic tie', 'break off relation', 'break diplomatic relation', 'downgrade relation', 'downgrade tie', 'suspend relation', 'suspend diplomatic relation', 'cut relation'], pos: 'verb' },
  { id: 'reduce.sanction', example: 'The United States imposed sanctions on Iran.', cameo: '163', triggers: ['impose sanction', 'impose new sanction', 'sanction', 'impose an embargo', 'impose tariff'], pos: 'verb' },
  { id: 'reduce.suspend-talks', example: 'Serbia suspended talks with Kosovo.', cameo: '164', triggers: ['suspend talk', 'halt talk', 'break off talk', 'suspend negotiation'], pos: 'verb' },
  { id: 'reduce.suspend-aid', example: 'Germany suspended aid to Niger.', cameo: '162', triggers: ['suspend aid', 'cut aid', 'halt aid', 'freeze aid'], pos: 'verb' },
];
