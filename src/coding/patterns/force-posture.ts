/** CAMEO 15, exhibit force posture: alert, mobilisation, troop build-up. */
import type { EventPattern } from '../pattern-types.js';

/**
 * Forces sent or deployed: ground units and warships ("sent frigates to shadow the flotilla"). Warplanes
 * are left out: "sent bombers on a patrol over Belarus" is a flight with an ally, "sent jets to strike" the strike.
 */
const FORCE_UNITS = String.raw`(?:troops|soldiers|tanks|armou?red\s+vehicles|warships|paratroopers|reinforcements|battalions|brigades|regiments|frigates|destroyers|corvettes|submarines|gunboats|patrol\s+(?:boats|vessels|ships)|naval\s+(?:vessels|ships|units)|marines|commandos|special\s+forces)`;

export const FORCE_POSTURE_PATTERNS: readonly EventPattern[] = [
  { id: 'posture.mobilize', example: 'Venezuela massed troops on the border with Guyana.', cameo: '154', triggers: ['mass troop', 'mobilize', 'mobilise', 'deploy troop', 'deploy force', 'build up troop', 'send troop'], pos: 'verb' },
  // The noun under a light verb: "announced a general mobilisation", "ordered a partial mobilization".
  { id: 'posture.mobilization-noun', example: 'Armenia announced a general mobilisation on Sunday after Azerbaijani forces crossed the border.', cameo: '154', triggers: ['mobilization', 'mobilisation'], pos: 'noun' },
  // Soldiers or armour sent with a modifier or a number between: "sent soldiers and armoured vehicles
  // onto the beach", "deployed 2,000 extra troops to the border".
  { id: 'posture.send-forces', example: 'Spain sent soldiers and armoured vehicles to the border with Morocco.', cameo: '154', triggers: ['send', 'deploy', 'dispatch', 'move', 'rush', 'redeploy', 'amass', 'mass', 'concentrate', 'position', 'airlift'], pos: 'verb', after: new RegExp(String.raw`^\s+(?:(?:\d[\d,]*|hundreds\s+of|thousands\s+of|more|extra|additional|its|their|the|army|[\w-]+)\s+){0,3}?${FORCE_UNITS}\b`, 'i') },
  // Forces ordered to a frontier: "ordered troops to the northern border", "ordered two brigades
  // toward the frontier with Colombia". Orders to withdraw or to hold fire are not this.
  { id: 'posture.order-to-border', example: 'Ecuador ordered troops to the border with Colombia.', cameo: '154', triggers: ['order'], pos: 'verb', after: /^\s+(?:(?:\d[\d,]*|thousands\s+of|more|extra|additional|its|their|the|army|[\w-]+)\s+){0,3}?(?:troops|soldiers|tanks|battalions|brigades|regiments|warships|reinforcements)\s+(?:to|into|toward|towards)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:border|frontier)\b/i },
  // The force may be named by its units: "ordered the deployment of units of the National Guard
  // to the border post", "announced the deployment of police reinforcements along the frontier".
  { id: 'posture.deployment-to-border', example: 'Venezuela announced the deployment of ten battalions to the Colombian frontier.', cameo: '154', triggers: ['announce', 'order', 'begin', 'start'], pos: 'verb', after: new RegExp(String.raw`^\s+(?:the\s+)?deployment\s+of\s+(?:[\w,-]+\s+){0,3}?(?:${FORCE_UNITS}|units|forces|police)(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:army|forces?|guard|police|navy|military|gendarmerie))?\s+(?:to|along|on|at)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:border|frontier)\b`, 'i') },
  // Armed forces standing on another state's land: "soldiers of the Nicaraguan army have been present
  // on the island, in Costa Rican territory", "troops remain stationed inside Georgian territory".
  // The territory must be named as such, so a garrison at home does not code; "stationed" and
  // "deployed" on foreign soil are left out, as they mostly tell an ally's bases.
  { id: 'posture.forces-on-territory', example: 'Soldiers of the Eritrean army have been present on Ethiopian soil since May.', cameo: '192', triggers: ['be present', 'be camp', 'be encamp', 'set up camp', 'dig in'], pos: 'verb', near: ['troop', 'soldier', 'army', 'force', 'unit', 'military', 'marine', 'paratrooper', 'personnel'], nearWindow: 6, after: /^\s+(?:\w+\s+){0,2}?(?:on|in|inside|within)\s+[^.;]{0,80}?\b(?:territory|soil)\b/i },
  { id: 'posture.alert', example: 'Taiwan put its forces on high alert after Chinese drills.', cameo: '152', triggers: ['high alert', 'heighten alert', 'raise alert'], pos: 'noun', needsTarget: false },
  // "raised its alert level", "raised the combat readiness of its border units".
  { id: 'posture.raise-alert', example: 'South Korea raised its military alert level after the shelling.', cameo: '152', triggers: ['raise', 'heighten', 'increase', 'upgrade'], pos: 'verb', needsTarget: false, after: /^\s+(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:alert\s+(?:level|status)|(?:state\s+of\s+)?(?:combat\s+)?readiness|defcon|threat\s+level\s+of\s+its\s+forces)\b/i },
  { id: 'posture.missile-test', example: 'North Korea test-fired a ballistic missile toward Japan.', cameo: '150', triggers: ['test-fire', 'test fire', 'test-launch', 'test'], pos: 'verb', after: /^\s+(?:\S+\s+){0,4}(?:missiles?|rockets?|projectiles?|warheads?|ICBMs?|SLBMs?)\b/i },
  // A missile fired at no one is a show of force: "launched what it calls its first ICBM",
  // "fired a ballistic missile over northern Japan". Fired at something, it is an attack (fight.fire-at).
  { id: 'posture.missile-launch', example: 'North Korea fired a ballistic missile over Japan.', cameo: '150', triggers: ['launch', 'fire'], pos: 'verb', after: /^\s+(?:an?\s+|its\s+|the\s+|two\s+|three\s+|several\s+|another\s+|what\s+it\s+call(?:s|ed)\s+(?:its\s+)?)?(?:[\w-]+\s+){0,3}?(?:missiles?|ICBMs?)\b(?!\s+(?:and\s+[\w-]+\s+)?(?:attacks?|strikes?|barrages?|raids?|bombardments?|salvos?)\b)(?!\s+(?:and\s+[\w-]+\s+)?(?:at|on|toward|towards|against|upon)\s|\s+(?:and\s+[\w-]+\s+)?into\s+(?!the\s+(?:sea|ocean|waters)\b))/i },
  { id: 'posture.put-on-alert', example: 'Guyana put its defence force on alert after threats from Venezuela.', cameo: '152', triggers: ['put', 'place', 'keep'], pos: 'verb', after: /^\s+(?:[\w'’-]+\s+){0,5}?on (?:(?:high|full|heightened|maximum|combat|the highest|top|red) )*(?:state of )?(?:alert|standby|war footing|(?:combat\s+)?readiness)\b/i },
  { id: 'posture.intercept-aircraft', example: 'Greek fighter jets intercepted two Turkish warplanes over the Aegean.', cameo: '150', triggers: ['intercept', 'shadow', 'escort', 'scramble', 'buzz'], pos: 'verb', after: /^\s+(?:[\w-]+\s+){0,4}?(?:jets?|aircraft|warplanes?|planes?|fighters?|bombers?|F-\d+s?|Su-\d+s?|MiG-?\d*s?|reconnaissance flights?)\b/i },
  { id: 'posture.airspace', example: 'Turkish aircraft entered Greek airspace twelve times.', cameo: '150', triggers: ['violate', 'enter', 'breach', 'intrude into', 'stray into', 'penetrate'], pos: 'verb', after: /^\s+(?:[\w'’-]+\s+){0,2}?(?:airspace|territorial waters)\b/i },
  // Exercises held with another state's forces are cooperation (material.exercise-with).
  { id: 'posture.drills', example: 'China staged military drills around Taiwan.', cameo: '150', triggers: ['military drill', 'war game', 'live-fire drill', 'naval drill', 'military exercise', 'live-fire exercise', 'naval exercise', 'air exercise', 'military manoeuvre', 'naval manoeuvre', 'military maneuver', 'naval maneuver', 'combat drill', 'air drill', 'army drill', 'army exercise', 'large-scale exercise', 'large-scale drill'], pos: 'noun', notAfter: /^\s+(?:with|alongside|together\s+with)\b/i },
  // The display named as such: "staged a show of force near Taiwan", "a show of strength on the border".
  { id: 'posture.show-of-force', example: 'China staged a show of force near Taiwan on Monday.', cameo: '150', triggers: ['show of force', 'show of strength', 'show of military might', 'display of force', 'display of military might', 'muscle-flexing', 'sabre-rattling', 'saber-rattling'], pos: 'noun' },
  { id: 'posture.reinforce', example: 'Turkey reinforced its troops on the Syrian border.', cameo: '154', triggers: ['reinforce', 'strengthen', 'beef up', 'bolster', 'build up', 'step up'], pos: 'verb', after: /^\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:forces|troops|military\s+presence|garrisons?|deployment)\b/i },
  { id: 'posture.remain-on-alert', example: 'Greek forces remained on high alert along the border with Turkey.', cameo: '152', triggers: ['remain', 'stay', 'go'], pos: 'verb', needsTarget: false, after: /^\s+on\s+(?:high\s+|full\s+|maximum\s+|heightened\s+|combat\s+|the\s+highest\s+)?(?:state\s+of\s+)?alert\b/i },
  // Ships sent into waters another state claims: "the survey ship, escorted by warships, sailed into
  // waters south of the Greek island", "Chinese coast guard vessels steamed into Japan's waters".
  { id: 'posture.sail-into-waters', example: 'A Turkish survey ship, escorted by two warships, sailed into waters off the Greek island of Rhodes.', cameo: '150', triggers: ['sail', 'steam', 'venture', 'push', 'move', 'return'], pos: 'verb', near: ['ship', 'warship', 'vessel', 'frigate', 'navy', 'flotilla', 'fleet', 'destroyer', 'coast guard', 'boat'], nearWindow: 12, after: /^\s+(?:back\s+)?(?:into|to|toward|towards)\s+(?:[\w'’,-]+\s+){0,4}?(?:waters|exclusive\s+economic\s+zone|EEZ|continental\s+shelf)\b/i },
];
