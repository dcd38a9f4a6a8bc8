/** CAMEO 07, provide aid. */
import type { EventPattern } from '../pattern-types.js';

export const AID_PATTERNS: readonly EventPattern[] = [
  { id: 'aid.send-aid', example: 'Turkey sent humanitarian aid to Syria.', cameo: '073', triggers: ['send aid', 'send humanitarian aid', 'deliver aid', 'deliver humanitarian aid', 'provide humanitarian aid'], pos: 'verb' },
  { id: 'aid.military-aid', example: 'The United States provided military aid to Ukraine.', cameo: '072', triggers: ['provide military aid', 'send weapon', 'supply weapon', 'deliver weapon', 'supply arm'], pos: 'verb' },
  { id: 'aid.deliver-arms', example: 'Germany delivered air defence systems to Ukraine.', cameo: '072', triggers: ['deliver', 'send', 'supply', 'provide', 'ship', 'transfer', 'give'], pos: 'verb', after: /^\s+(?:\S+\s+){0,5}(?:weapons|arms|ammunition|tanks|air[- ]defen[cs]e(?:\s+systems?)?|howitzers|artillery\s+shells|munitions|military\s+equipment|armou?red\s+vehicles)\b[^.;]{0,40}?\bto\s/i },
  { id: 'aid.economic-aid', example: 'Saudi Arabia gave Pakistan a $3 billion loan.', cameo: '071', triggers: ['loan', 'bailout', 'economic aid', 'financial aid', 'credit line'], pos: 'noun' },
  { id: 'aid.asylum', example: 'Russia granted asylum to the former Syrian president.', cameo: '075', triggers: ['grant asylum'], pos: 'verb' },
];
