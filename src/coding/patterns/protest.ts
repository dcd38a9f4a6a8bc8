/**
 * CAMEO 14, protest: demonstrations and rallies (141; at another country's embassy or against it),
 * hunger strikes (142), strikes and boycotts (143), blockades of roads by protesters (144) and
 * riots (145). A crowd's protest needs no target: "thousands demonstrated in Kirkuk".
 */
import type { EventPattern } from '../pattern-types.js';

/** The people who block roads in protest; troops closing a road are restricting movement (191). */
const CROWD = ['protester', 'demonstrator', 'worker', 'student', 'resident', 'villager', 'activist', 'farmer', 'driver', 'supporter', 'youth', 'crowd', 'people', 'trader', 'union', 'teacher', 'miner'];

export const PROTEST_PATTERNS: readonly EventPattern[] = [
  { id: 'protest.demonstrate', example: 'Iranian protesters stormed the Saudi embassy in Tehran.', cameo: '141', triggers: ['protest outside', 'rally outside', 'demonstrate outside', 'storm', 'march on', 'march to', 'pelt', 'picket', 'gather outside', 'mass outside', 'converge on', 'protest at', 'demonstrate at', 'rally at'], pos: 'verb', after: /^\s+(?:the\s+)?[\w\s-]{0,30}embassy/i },
  // The verb used intransitively: "demonstrated in Belgrade", "rallied against the treaty";
  // "demonstrated its resolve" and "rallied behind the president" are not protests.
  { id: 'protest.demonstrate-rally', example: 'Thousands of Bolivians demonstrated against Chile in La Paz.', cameo: '141', triggers: ['demonstrate', 'rally', 'march'], pos: 'verb', needsTarget: false, after: /^\s*(?:\w+day\b|against|in\s|outside|on\s|at\s|near|through|across|in\s+front\s+of|for\s+(?:the\s+)?(?:independence|autonomy|release|resignation|removal|rights|reform)|,|\.|$)/i },
  { id: 'protest.stage-demonstration', example: 'Bolivian students staged a rally against Chile.', cameo: '141', triggers: ['stage', 'hold', 'organize', 'organise', 'lead', 'join'], pos: 'verb', needsTarget: false, after: /^\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:demonstrations?|rallies|rally|street\s+protests?|protest\s+(?:marches|march|rallies|rally)|protests|sit-ins?)\b/i },
  { id: 'protest.take-to-streets', example: 'Thousands of Armenians took to the streets against the border deal with Azerbaijan.', cameo: '141', triggers: ['take to the street', 'pour into the street', 'pour onto the street'], pos: 'verb', needsTarget: false },
  { id: 'protest.hunger-strike', example: 'Forty Iranian prisoners began a hunger strike in the Iraqi camp.', cameo: '142', triggers: ['begin', 'start', 'stage', 'continue', 'go on', 'launch', 'join'], pos: 'verb', needsTarget: false, after: /^\s+(?:an?\s+|their\s+|his\s+|her\s+|the\s+)?(?:\d+-(?:hour|day)\s+|open-ended\s+|indefinite\s+)?hunger\s+strike/i },
  { id: 'protest.general-strike', example: 'Palestinian unions called a general strike against the Israeli raids.', cameo: '143', triggers: ['call', 'stage', 'organize', 'organise', 'hold', 'begin', 'start', 'launch'], pos: 'verb', needsTarget: false, after: /^\s+(?:an?\s+|the\s+)?(?:\w+-day\s+|open-ended\s+|indefinite\s+|nationwide\s+)?(?:general\s+strike|(?:nationwide\s+)?strike\s+(?:against|in\s+protest)|boycott\s+of)/i },
  { id: 'protest.block-roads', example: 'Greek farmers blocked the border crossing with Bulgaria.', cameo: '144', triggers: ['block', 'barricade', 'blockade'], pos: 'verb', needsTarget: false, near: CROWD, after: /^\s+(?:the\s+|a\s+|main\s+|several\s+|major\s+)?(?:[\w-]+\s+){0,2}?(?:roads?|streets?|highways?|bridges?|railway|rail\s+lines?|traffic|motorways?|border\s+crossings?|crossing\s+points?)\b/i },
  // The bare verb, with the crowd named just before: "thousands of students protested in Belgrade".
  // A government "protesting" is a diplomatic complaint (disapprove.complain), so a crowd word is required.
  { id: 'protest.crowd-protests', example: 'Thousands of Armenian students protested outside the parliament in Yerevan.', cameo: '141', triggers: ['protest'], pos: 'verb', needsTarget: false, near: ['thousand', 'hundred', 'protester', 'demonstrator', 'student', 'worker', 'villager', 'activist', 'crowd', 'youth', 'farmer', 'resident', 'refugee', 'teacher', 'miner', 'trader'], nearWindow: 6, after: /^\s*(?:\w+day\b|against|in\s|outside|on\s|at\s|near|through|across|in\s+front\s+of|over\s|,|\.|$)/i },
  // Riots and demonstrations as nouns with their makers: "Palestinian riots against the occupation",
  // "Kosovo Serb demonstrations against the new mayors". "A demonstration of force" is not one, and
  // a "by" later in the clause names whom the crowd blames ("against abuses by the army"), not the crowd.
  { id: 'protest.riot-noun', example: 'Palestinian riots against Israeli troops spread to Nablus.', cameo: '145', triggers: ['riot', 'rioting'], pos: 'noun', needsTarget: false, notAfter: /^\s+(?:police|gear|squads?|shields?|control)\b|^[^.;,]{0,80}\bby\s/i },
  { id: 'protest.demonstration-noun', example: 'Bolivian demonstrations against Chile continued in La Paz.', cameo: '141', triggers: ['demonstration', 'street protest', 'protest rally', 'protest march', 'sit-in'], pos: 'noun', needsTarget: false, notAfter: /^\s+of\s+(?:force|strength|power|resolve|support|solidarity|military)\b|^[^.;,]{0,80}\bby\s/i },
  // Labour strikes named as such: "on the first day of an indefinite strike", "a nationwide
  // strike by teachers". Matching the whole phrase keeps "strike" from being read as an attack.
  { id: 'protest.labour-strike', example: 'Bolivian miners began a nationwide strike against the gas deal with Chile.', cameo: '143', triggers: ['general strike', 'nationwide strike', 'national strike', 'indefinite strike', 'labour strike', 'labor strike', 'strike action', 'warning strike', 'wildcat strike', 'sit-down strike', 'work stoppage'], pos: 'noun', needsTarget: false },
  { id: 'protest.riot', example: 'Albanian youths rioted in the Serbian town overnight.', cameo: '145', triggers: ['riot'], pos: 'verb', needsTarget: false, after: /^\s*(?:\w+day\b|overnight|against|in\s|at\s|on\s|outside|after|following|over|near|through|across|,|\.|$)/i },
];
