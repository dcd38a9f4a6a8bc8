/** CAMEO 17, coerce: seizures, arrests of foreign nationals, expulsions of people, cyber attacks. */
import type { EventPattern } from '../pattern-types.js';

export const COERCE_PATTERNS: readonly EventPattern[] = [
  { id: 'coerce.seize', example: 'Iran seized a tanker flying the flag of Greece.', cameo: '171', triggers: ['seize', 'confiscate', 'impound'], pos: 'verb' },
  { id: 'coerce.arrest', example: 'Russia detained two Estonian border guards.', cameo: '173', triggers: ['arrest', 'detain'], pos: 'verb' },
  // Captured in the field: "was taken prisoner by Pakistani troops", "took two Indian soldiers captive".
  { id: 'coerce.taken-prisoner', example: 'The Indian pilot was taken prisoner by Pakistani troops.', cameo: '173', triggers: ['take prisoner', 'take captive', 'take into custody'], pos: 'verb' },
  { id: 'coerce.take-prisoner', example: 'Pakistani troops took two Indian soldiers prisoner.', cameo: '173', triggers: ['take'], pos: 'verb', after: /^\s+(?:(?:him|her|them|[\w-]+)\s+){1,4}(?:prisoners?|captives?|into\s+custody)\b/i },
  { id: 'coerce.deport', example: 'Pakistan deported thousands of Afghan refugees.', cameo: '174', triggers: ['deport', 'expel'], pos: 'verb', after: /^\s+(?:\S+\s+){0,4}(?:refugee|migrant|national|citizen|worker|people|\p{Lu}\p{Ll}+(?:ans|ese|is|s)\b)/u },
  { id: 'coerce.cyber', example: 'Russia launched a cyberattack on Estonia.', cameo: '170', triggers: ['cyberattack', 'cyber attack', 'cyber-attack'], pos: 'noun' },
  // Grey-zone coercion between states: acts that hurt or intimidate without open fire.
  { id: 'coerce.balloons', example: 'North Korea floated hundreds of trash balloons into South Korea.', cameo: '170', triggers: ['float', 'send', 'launch', 'fly', 'drop', 'release'], pos: 'verb', after: /^\s+(?:[\w,.-]+\s+){0,6}?(?:(?:trash|rubbish|garbage|waste|manure|propaganda|leaflet)[\s-]+)?(?:filled\s+|laden\s+|carrying\s+)?balloons?\b/i },
  { id: 'coerce.jam', example: 'Russia jammed GPS signals over Estonia.', cameo: '170', triggers: ['jam', 'spoof', 'disrupt'], pos: 'verb', after: /^\s+(?:\S+\s+){0,2}(?:GPS|GNSS|satellite navigation|navigation|radio|radar)\b/i },
  { id: 'coerce.water-cannon', example: 'China fired water cannon at a Philippine supply boat.', cameo: '175', triggers: ['fire', 'use', 'blast', 'turn', 'spray', 'douse'], pos: 'verb', after: /^\s+(?:its\s+|their\s+|a\s+|with\s+)?(?:\S+\s+)?water[\s-]?cannons?\b/i },
  { id: 'coerce.board', example: 'Chinese coast guard officers boarded two Philippine navy boats.', cameo: '171', triggers: ['board', 'ram', 'intercept', 'tow away', 'puncture'], pos: 'verb', after: /^\s+(?:\S+\s+){0,5}?(?:vessels?|ships?|boats?|tankers?|trawlers?|freighters?|ferries|ferry|craft|yachts?)\b/i },
  // A mission shut by the host's police: "Turkish police closed off the Dutch embassy in Ankara".
  { id: 'coerce.seal-mission', example: 'Turkish police sealed off the Dutch embassy in Ankara.', cameo: '170', triggers: ['seal off', 'close off', 'cordon off', 'seal', 'blockade', 'surround'], pos: 'verb', after: /^\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:embassy|consulate|mission|legation)\b/i },
  { id: 'coerce.close-border', example: 'Pakistan closed its border with Afghanistan.', cameo: '172', triggers: ['close border', 'close its border', 'seal border', 'seal its border', 'close the border', 'shut border', 'shut its border', 'shut the border'], pos: 'verb' },
  // Administrative coercion, often at home (no target needed): curfews (1723), emergency or martial
  // law (1724), parties, groups or papers banned (1722).
  { id: 'coerce.curfew', example: 'Kyrgyz authorities imposed a curfew in Osh after the border clashes with Tajikistan.', cameo: '1723', triggers: ['impose', 'declare', 'reimpose', 're-impose', 'order', 'extend'], pos: 'verb', needsTarget: false, after: /^\s+(?:\w+day\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?curfew\b/i },
  { id: 'coerce.emergency-rule', example: 'Ethiopia declared a state of emergency in the Tigray region.', cameo: '1724', triggers: ['impose', 'declare', 'proclaim', 'reimpose', 're-impose'], pos: 'verb', needsTarget: false, after: /^\s+(?:\w+day\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:state\s+of\s+(?:emergency|siege)|martial\s+law|emergency\s+rule)\b/i },
  { id: 'coerce.ban-party', example: 'Tajikistan banned the Islamic Renaissance Party.', cameo: '1722', triggers: ['ban', 'outlaw', 'proscribe', 'dissolve'], pos: 'verb', needsTarget: false, after: /^\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:party|parties|organi[sz]ations?|movement|candidates|opposition\s+\w+)\b/i },
  { id: 'coerce.hack', example: 'North Korean agents hacked into the computers of the South Korean defence ministry.', cameo: '170', triggers: ['hack into', 'hack', 'break into', 'deface', 'breach'], pos: 'verb', after: /^\s+(?:the\s+|some\s+|nearly\s+|more\s+than\s+|\d[\d,]*\s+)?(?:[\w'’.-]+\s+){0,4}?(?:computers?|computer\s+systems?|networks?|web\s*sites?|servers?|e-?mail\s+accounts?|databases?)\b/i },
];
