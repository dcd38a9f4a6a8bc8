/** CAMEO 10, demand. */
import type { EventPattern } from '../pattern-types.js';

export const DEMAND_PATTERNS: readonly EventPattern[] = [
  { id: 'demand.withdrawal', example: 'Ukraine demanded the withdrawal of Russian troops.', cameo: '1056', triggers: ['demand the withdrawal', 'demand withdrawal', 'demand an immediate ceasefire', 'demand a ceasefire', 'demand the immediate withdrawal'], pos: 'verb' },
  { id: 'demand.tell-to', example: 'Israel told Lebanon to rein in the militia.', cameo: '100', triggers: ['tell', 'order', 'instruct', 'direct'], pos: 'verb', after: /^\s+(?!its\b|their\b|his\b|her\b)\S+(?:\s+\S+){0,2}\s+to\s+(?:stop|halt|end|withdraw|leave|rein|cease|pull|refrain|release|return|hand|dismantle|abandon|back\s+off|stand\s+down)\b/i },
  { id: 'demand.demand', example: 'Greece demanded that Turkey withdraw its ships.', cameo: '100', triggers: ['demand'], pos: 'verb' },
  // A demand told as what another state "must" or "should" do: "Russia said Sudan must return the
  // helicopter" (the CAMEO manual's own 1053 example). Only with the addressee's name right before
  // the modal ("Israeli forces must"), so "said it must defend itself" or "said the strike must be
  // condemned" stay out.
  { id: 'demand.must', example: 'Chile said on Monday that Peru must return the seized trawler.', cameo: '100', triggers: ['say', 'declare', 'reiterate', 'insist', 'stress', 'state', 'repeat', 'maintain'], pos: 'verb', after: /^\s+(?:[^.;]{0,40}?\s)?(?:that\s+)?(?:the\s+)?\p{Lu}[\w'’.-]*(?:\s+(?:and\s+)?\p{Lu}[\w'’.-]*){0,3}(?:\s+(?:forces|troops|government|authorities|leaders|leadership|army|military))?\s+(?:must|should)\s+(?!have\s+been\b|be\s+\w+ed\b)/u },
  { id: 'demand.insist-on', example: 'Georgia insisted on the withdrawal of Russian troops.', cameo: '100', triggers: ['insist on', 'press for', 'push for'], pos: 'verb', after: /^\s+(?:the\s+|an?\s+|its\s+)?(?:immediate\s+|full\s+|complete\s+|unconditional\s+|prompt\s+)?(?:withdrawal|release|return|removal|resignation|extradition|handover|hand-over|compensation|apology|end|halt|lifting|recognition|admission|reform)\b/i },
  // The demand as a noun, restated or issued: "renewed its demand that Ankara withdraw",
  // "repeated demands for the release of the sailors".
  { id: 'demand.demand-noun', example: 'Cyprus renewed its demand that Turkey withdraw its troops.', cameo: '100', triggers: ['renew', 'repeat', 'reiterate', 'restate', 'press', 'issue', 'make'], pos: 'verb', after: /^\s+(?:its|their|an?|the)\s+(?:[\w-]+\s+)?demands?\s+(?:(?:on\s+)?\w+day\s+|today\s+)?(?:that|for)\b/i },
  // The addressee reminded or told what it must do: "reminded Baghdad that it must cooperate",
  // "issued a stern reminder to Iraq that it must".
  { id: 'demand.remind-must', example: 'Egypt reminded Ethiopia that it must not fill the dam alone.', cameo: '100', triggers: ['remind', 'tell', 'inform', 'issue', 'send', 'deliver'], pos: 'verb', after: /^\s+(?:\w+day\s+)?(?:an?\s+(?:[\w-]+\s+)?(?:reminder|message|warning)\s+(?:\w+day\s+)?to\s+)?(?:the\s+)?\S+(?:\s+\S+){0,3}?\s+that\s+(?:it|they)\s+(?:must|should|has\s+to|have\s+to)\b/i },
];
