/** CAMEO 15, exhibit force posture: alert, mobilisation, troop build-up. */
import type { EventPattern } from '../pattern-types.js';

export const FORCE_POSTURE_PATTERNS: readonly EventPattern[] = [
  { id: 'posture.mobilize', example: 'Venezuela massed troops on the border with Guyana.', cameo: '154', triggers: ['mass troop', 'mobilize', 'mobilise', 'deploy troop', 'deploy force', 'build up troop', 'send troop'], pos: 'verb' },
  // Soldiers or armour sent with a modifier or a number between: "sent soldiers and armoured vehicles
  // onto the beach", "deployed 2,000 extra troops to the border".
  { id: 'posture.send-forces', example: 'Spain sent soldiers and armoured vehicles to the border with Morocco.', cameo: '154', triggers: ['send', 'deploy', 'dispatch', 'move', 'rush'], pos: 'verb', after: /^\s+(?:(?:\d[\d,]*|hundreds\s+of|thousands\s+of|more|extra|additional|its|their|the|army|[\w-]+)\s+){0,3}?(?:troops|soldiers|tanks|armou?red\s+vehicles|warships|paratroopers|reinforcements)\b/i },
  { id: 'posture.alert', example: 'Taiwan put its forces on high alert after Chinese drills.', cameo: '152', triggers: ['high alert', 'heighten alert', 'raise alert'], pos: 'noun', needsTarget: false },
  { id: 'posture.missile-test', example: 'North Korea test-fired a ballistic missile toward Japan.', cameo: '150', triggers: ['test-fire', 'test fire', 'test-launch', 'test'], pos: 'verb', after: /^\s+(?:\S+\s+){0,4}(?:missiles?|rockets?|projectiles?|warheads?)\b/i },
  // A missile fired at no one is a show of force: "launched what it calls its first ICBM",
  // "fired a ballistic missile over northern Japan". Fired at something, it is an attack (fight.fire-at).
  { id: 'posture.missile-launch', example: 'North Korea fired a ballistic missile over Japan.', cameo: '150', triggers: ['launch', 'fire'], pos: 'verb', after: /^\s+(?:an?\s+|its\s+|the\s+|two\s+|three\s+|several\s+|another\s+|what\s+it\s+call(?:s|ed)\s+(?:its\s+)?)?(?:[\w-]+\s+){0,3}?(?:missiles?|ICBMs?)\b(?!\s+(?:and\s+[\w-]+\s+)?(?:attacks?|strikes?|barrages?|raids?|bombardments?|salvos?)\b)(?!\s+(?:and\s+[\w-]+\s+)?(?:at|on|toward|towards|against|upon)\s|\s+(?:and\s+[\w-]+\s+)?into\s+(?!the\s+(?:sea|ocean|waters)\b))/i },
  { id: 'posture.put-on-alert', example: 'Guyana put its defence force on alert after threats from Venezuela.', cameo: '152', triggers: ['put', 'place', 'keep'], pos: 'verb', after: /^\s+(?:[\w'’-]+\s+){0,5}?on (?:(?:high|full|heightened|maximum|combat|the highest|top|red) )*(?:state of )?(?:alert|standby|war footing)\b/i },
  { id: 'posture.intercept-aircraft', example: 'Greek fighter jets intercepted two Turkish warplanes over the Aegean.', cameo: '150', triggers: ['intercept', 'shadow', 'escort'], pos: 'verb', after: /^\s+(?:[\w-]+\s+){0,4}?(?:jets?|aircraft|warplanes?|planes?|fighters?|bombers?|F-\d+s?|Su-\d+s?|MiG-?\d*s?|reconnaissance flights?)\b/i },
  { id: 'posture.airspace', example: 'Turkish aircraft entered Greek airspace twelve times.', cameo: '150', triggers: ['violate', 'enter', 'breach', 'intrude into', 'stray into', 'penetrate'], pos: 'verb', after: /^\s+(?:[\w'’-]+\s+){0,2}?(?:airspace|territorial waters)\b/i },
  { id: 'posture.drills', example: 'China staged military drills around Taiwan.', cameo: '150', triggers: ['military drill', 'war game', 'live-fire drill', 'naval drill'], pos: 'noun' },
  { id: 'posture.reinforce', example: 'Turkey reinforced its troops on the Syrian border.', cameo: '154', triggers: ['reinforce', 'strengthen', 'beef up', 'bolster', 'build up', 'step up'], pos: 'verb', after: /^\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:forces|troops|military\s+presence|garrisons?|deployment)\b/i },
  { id: 'posture.remain-on-alert', example: 'Greek forces remained on high alert along the border with Turkey.', cameo: '152', triggers: ['remain', 'stay', 'go'], pos: 'verb', needsTarget: false, after: /^\s+on\s+(?:high\s+|full\s+|maximum\s+|heightened\s+|combat\s+|the\s+highest\s+)?(?:state\s+of\s+)?alert\b/i },
];
