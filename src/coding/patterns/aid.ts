/** CAMEO 07, provide aid. */
import type { EventPattern } from '../pattern-types.js';

export const AID_PATTERNS: readonly EventPattern[] = [
  { id: 'aid.send-aid', example: 'Turkey sent humanitarian aid to Syria.', cameo: '073', triggers: ['send aid', 'send humanitarian aid', 'deliver aid', 'deliver humanitarian aid', 'provide humanitarian aid'], pos: 'verb' },
  { id: 'aid.military-aid', example: 'The United States provided military aid to Ukraine.', cameo: '072', triggers: ['provide military aid', 'send weapon', 'supply weapon', 'deliver weapon', 'supply arm'], pos: 'verb' },
  { id: 'aid.deliver-arms', example: 'Germany delivered air defence systems to Ukraine.', cameo: '072', triggers: ['deliver', 'send', 'supply', 'provide', 'ship', 'transfer', 'give'], pos: 'verb', after: /^\s+(?!(?:[\w-]+\s+){0,2}(?:troops|soldiers|forces|units|marines|police(?:men)?)\b)(?:\S+\s+){0,5}(?:weapons|arms|ammunition|tanks|air[- ]defen[cs]e(?:\s+systems?)?|howitzers|artillery\s+shells|munitions|military\s+equipment|armou?red\s+vehicles)\b[^.;]{0,40}?\bto\s/i },
  // Peacekeepers arriving are a deployment (074), not a visit: "the first NATO peacekeepers arrived in
  // Bosnia", "Kenyan peacekeepers landed in Haiti".
  { id: 'aid.peacekeepers-arrive', example: 'The first Kenyan peacekeepers arrived in Haiti on Tuesday.', cameo: '074', triggers: ['arrive in', 'land in', 'arrive', 'deploy to', 'deploy in', 'reach'], pos: 'verb', near: ['peacekeeper', 'peacekeeping', 'peacekeep', 'blue helmet'], nearWindow: 6 },
  { id: 'aid.economic-aid', example: 'Saudi Arabia gave Pakistan a $3 billion loan.', cameo: '071', triggers: ['loan', 'bailout', 'economic aid', 'financial aid', 'credit line'], pos: 'noun' },
  // A safe-conduct out of the country is asylum's usual sequel ("granted the family a safe-conduct").
  { id: 'aid.asylum', example: 'Russia granted asylum to the former Syrian president.', cameo: '075', triggers: ['grant', 'give', 'offer', 'award'], pos: 'verb', after: /^\s+(?:[\w'’.-]+\s+){0,4}?(?:(?:diplomatic\s+|political\s+|temporary\s+)?asylum|safe[\s-]conducts?|safe[\s-]conduct\s+pass(?:es)?)\b/i },
  // Money given as aid: "gave Haiti 5 million dollars of aid", "donated $2 million in assistance".
  { id: 'aid.give-money', example: 'Norway gave Ethiopia 40 million dollars in aid.', cameo: '071', triggers: ['give', 'grant', 'donate', 'provide', 'allocate', 'disburse', 'transfer'], pos: 'verb', after: /^\s+(?:[\w'’.-]+\s+){0,5}?(?:US\s*)?\$?\s?[\d.,]+\s*(?:million|billion|bn|m)?\s*(?:[a-z]+\s+)?(?:of|in)\s+(?:[\w-]+\s+)?(?:aid|assistance|grants?|loans?|credits?|funding)\b|^\s+(?:[\w'’.-]+\s+){0,3}?an?\s+(?:[\w-]+\s+)?(?:grant|loan|credit)\s+of\s+(?:US\s*)?\$?\s?[\d.,]+/i },
  // A sum set aside for a state: "the cabinet approved 30 million euros for Morocco", "earmarked
  // $500 million for Jordan". The amount must be money with a currency word or sign.
  { id: 'aid.approve-money', example: 'The Spanish cabinet approved 30 million euros for Morocco.', cameo: '071', triggers: ['approve', 'earmark', 'allocate', 'pledge', 'release', 'disburse', 'unlock', 'set aside'], pos: 'verb', after: /^\s+(?:an?\s+(?:further|additional|extra|new)\s+|another\s+)?(?:(?:(?:US|A|C)?\$|€|£)\s?[\d.,]+\s*(?:million|billion|bn|m)?|[\d.,]+\s*(?:million|billion|bn)?\s*(?:(?:US\s+)?dollars|euros|pounds|yen|yuan|riyals|dirhams))\s*(?:in\s+[\w-]+\s+)?(?:for|to)\s/i },
  { id: 'aid.relief-supplies', example: 'Jordan delivered tonnes of medicine to Gaza.', cameo: '073', triggers: ['donate', 'deliver', 'hand over', 'send', 'airlift', 'ship', 'fly in', 'truck'], pos: 'verb', after: /^\s+(?:[\w$.,'’-]+\s+){0,6}?(?:medicines?|medical\s+supplies|food|grain|flour|rice|wheat|relief\s+(?:supplies|goods)|tents|blankets|humanitarian\s+supplies|drinking\s+water)\b/i },
];
