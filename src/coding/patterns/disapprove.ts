/**
 * CAMEO 11, disapprove: criticize, condemn, mock, or call another's act a threat or a
 * provocation (111); accuse, blame (112; of aggression 1123); summon an envoy or lodge a
 * protest (114, official complaint).
 */
import type { EventPattern } from '../pattern-types.js';

/** Quoted words that praise or excuse, so calling something by them is no reproach: "a victory for
 * dialogue", "focused, measured and non-escalatory", "a historic step". */
const PRAISE = String.raw`(?:(?:an?|the)\s+)?(?:(?:very|truly|really|most|important|major|big|great|significant|historic|first)\s+)*(?:victory|success|triumph|milestone|breakthrough|step\s+forward|positive|constructive|good|great|excellent|historic|friend|partner|model|win|focused|measured|proportionate|restrained|precise|targeted|non-escalatory|defensive|legitimate|necessary|justified|responsible|calibrated)\b`;

/** A document a ministry issues; the participle after it names the act ("a communiqué accusing …"). */
const DOCUMENT = String.raw`^\s+(?:\w+day\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|note|declaration|letter|resolution|memorandum|press\s+release)\s+(?:(?:on\s+)?\w+day\s+)?`;

export const DISAPPROVE_PATTERNS: readonly EventPattern[] = [
  // disapprove.document: a statement issued "accusing", "condemning" or "objecting to" is that act,
  // by the issuer: "issued a formal communiqué accusing Nicaragua of …", "released a statement
  // condemning the raid". One act: the participle itself is no verb of its own. The object stands
  // near the participle; a state named far on belongs to a later clause.
  { id: 'disapprove.document-accusing', example: 'Honduras issued a formal communiqué accusing El Salvador of moving troops to the border.', cameo: '112', triggers: ['issue', 'release', 'publish', 'send', 'deliver', 'adopt', 'pass', 'circulate'], pos: 'verb', objectWithin: 80, after: new RegExp(`${DOCUMENT}(?:accusing|blaming)\\b`, 'i') },
  { id: 'disapprove.document-condemning', example: 'Eritrea released a statement condemning the Ethiopian air raid.', cameo: '111', triggers: ['issue', 'release', 'publish', 'send', 'deliver', 'adopt', 'pass', 'circulate'], pos: 'verb', objectWithin: 80, after: new RegExp(`${DOCUMENT}(?:condemning|critici[sz]ing|denouncing|deploring|objecting\\s+to|protesting|decrying|slamming|lambasting|blasting|castigating|censuring|rebuking)\\b`, 'i') },
  { id: 'disapprove.object', example: 'Eritrea objected to the Ethiopian road through the disputed village.', cameo: '111', triggers: ['object to', 'take exception to', 'raise objection to', 'raise objections to'], pos: 'verb' },
  // A hostile status declared: "voted to declare South Sudan an enemy", "declared Kosovo a hostile state".
  { id: 'disapprove.declare-enemy', example: "Armenia's parliament voted to declare Azerbaijan an enemy state.", cameo: '111', triggers: ['declare', 'designate', 'proclaim'], pos: 'verb', after: /^\s+(?:[\w'’.-]+\s+){1,4}?(?:as\s+)?an?\s+["“]?(?:enemy|hostile|aggressor)(?:\s+(?:state|country|nation|entity))?\b/i },
  // Another state said to have declared war is accused of it: "said Khartoum had 'declared war' on his country".
  { id: 'disapprove.said-declared-war', example: 'Tajikistan\'s president said Kyrgyzstan had "declared war" on his country.', cameo: '112', triggers: ['say', 'charge', 'claim', 'insist', 'tell', 'declare'], pos: 'verb', after: /^\s+(?:[^.;]{0,40}?\s)?(?:that\s+)?(?:the\s+)?\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*){0,2}\s+(?:had|has|have)\s+(?:effectively\s+|now\s+)?["“]?declared\s+(?:an?\s+)?(?:["“]?[\w-]+["”]?\s+)?war["”]?\s+(?:on|against)\b/u },
  { id: 'disapprove.condemn', example: 'Egypt condemned the Israeli strike on Rafah.', cameo: '111', triggers: ['condemn', 'criticize', 'criticise', 'denounce', 'slam', 'decry', 'rebuke', 'censure', 'lambast', 'castigate', 'deplore', 'mock', 'ridicule', 'deride', 'scold', 'chide'], pos: 'verb' },
  // Headline and broadcast verbs of reproach, with the grievance after "over", "for" or "about":
  // "blasted Washington over the arms sale", "rapped Tokyo for the visit", "hit out at Athens over".
  // "Blasted" alone is also a blast of fire, so the grievance is required ("blasted targets for hours" is not one).
  { id: 'disapprove.blast-over', example: 'China blasted the United States over the arms sale to Taiwan.', cameo: '111', triggers: ['hit out at', 'lash out at', 'rail against', 'round on', 'blast', 'rap', 'fault', 'berate', 'reprimand', 'chastise', 'excoriate', 'upbraid', 'pillory', 'take aim at', 'tear into', 'lay into'], pos: 'verb', notAfter: /^[^.;]{0,60}?\b(?:for\s+(?:(?:several|many|two|three|\d+)\s+)?(?:hours|days|minutes|weeks|nights)|over\s+(?:the\s+)?(?:weekend|night|past|last|next|course|border|area|city|town|region))\b/i, after: /^\s+(?:[\w'’.-]+\s+){1,5}?(?:over|for|about)\s/i },
  // The same without a grievance, where the verb has no other reading: "berated Ankara", "hit out at Moscow".
  { id: 'disapprove.reproach', example: 'The Turkish president lashed out at Greece on Tuesday.', cameo: '111', triggers: ['hit out at', 'lash out at', 'rail against', 'berate', 'reprimand', 'chastise', 'excoriate', 'upbraid', 'pillory', 'take issue with'], pos: 'verb' },
  // "took Pakistan to task over the attack".
  { id: 'disapprove.take-to-task', example: 'India took Pakistan to task over the attack.', cameo: '111', triggers: ['take'], pos: 'verb', after: /^\s+(?:[\w'’.-]+\s+){1,3}?to\s+task\b/i },
  // Displeasure stated as a noun: "voiced strong dissatisfaction with Tokyo's decision", "expressed
  // outrage at the raid", "conveyed its displeasure to the ambassador". Concern and regret are weaker
  // (regret has its own pattern); only words of anger or disapproval code.
  { id: 'disapprove.voice-displeasure', example: "Beijing voiced strong dissatisfaction with Tokyo's decision.", cameo: '111', triggers: ['voice', 'express', 'convey', 'register', 'show', 'signal'], pos: 'verb', after: /^\s+(?:\w+day\s+)?(?:its\s+|their\s+|his\s+|her\s+)?(?:(?:strong|strongest|deep|profound|great|extreme|serious|grave|utmost|firm|sharp|growing|mounting|official)\s+){0,2}(?:dissatisfaction|displeasure|outrage|indignation|anger|disapproval|disgust|dismay|exasperation|irritation|annoyance)\s+(?:(?:on\s+)?\w+day\s+)?(?:at|over|with|to|about|toward|towards|against)\b/i },
  { id: 'disapprove.condemn-noun', example: 'Iraq issued a condemnation of the Turkish raids.', cameo: '111', triggers: ['condemnation', 'criticism'], pos: 'noun' },
  { id: 'disapprove.call-it-threat', example: 'Guyana called the Venezuelan decree a direct threat to its sovereignty.', cameo: '111', triggers: ['call', 'describe', 'brand', 'label', 'denounce', 'term'], pos: 'verb', notAfter: /^\s+(?:for|on|upon|off|in|back|up|out)\b/i, after: /^\s+(?:[^.;]{0,60}?\s)?(?:as\s+)?(?:an?\s+)?["“]?(?:(?:direct|serious|grave|flagrant|blatant|clear|dangerous|unacceptable|reckless|unprecedented|egregious|outrageous|extremely|very|major|bloody|brutal|barbaric|cowardly|heinous|savage|cold-blooded|deliberate|criminal|and)[,\s]+){0,4}(?:threat|provocation|violation|act\s+of\s+aggression|aggression|breach|crime|war\s+crime|terrorism|terrorist\s+act|escalation|interference|lie|fabrication|piracy|massacre|atrocity|genocide|blackmail|extortion|act\s+of\s+war|state\s+terrorism|ethnic\s+cleansing)\b/i },
  // The judgement as an adjective: "called the measures unjustified", "described the charges as
  // baseless", "branded the decision illegal".
  { id: 'disapprove.call-it-unjustified', example: "Doha called Riyadh's measures unjustified.", cameo: '111', triggers: ['call', 'describe', 'brand', 'label', 'term', 'deem', 'consider', 'dismiss'], pos: 'verb', after: /^\s+(?:the|its|their|these|those|this|that|such|[\w-]+['’]s?)\s+(?:[\w'’-]+\s+){0,3}(?:as\s+)?["“]?(?:wholly\s+|completely\s+|totally\s+|utterly\s+|entirely\s+)?(?:unjustified|unjustifiable|baseless|unfounded|groundless|illegal|illegitimate|unacceptable|absurd|provocative|irresponsible|outrageous|regrettable|fabricated|false|crazy|egregious|repugnant|shameful|disgraceful|deplorable|reprehensible|hostile|dangerous|reckless|insulting|offensive|despicable|extremely\s+\w+|deeply\s+\w+)\b/i },
  // A quoted epithet after the object is a reproach: 'called the Dutch "Nazi remnants"',
  // 'calls the launch an "unprecedented, serious and grave threat"'. "Called for", "called on",
  // "called it a day" are not, nor praise or self-justification in quotes ("a victory for peace").
  { id: 'disapprove.call-it-quoted', example: 'Turkey called the Greek government "pirates".', cameo: '111', triggers: ['call', 'describe', 'brand', 'label', 'dub'], pos: 'verb', notAfter: new RegExp(String.raw`^\s+(?:for|on|upon|off|in|back|up|out|it\s+a\s+day)\b|^\s+[^.;"“]{1,60}["“]\s*${PRAISE}`, 'i'), after: /^\s+(?:the|its|their|these|those|this|that|[\w-]+['’]s?)\s+(?:[\w'’-]+\s+){0,3}(?:as\s+)?(?:an?\s+|the\s+)?["“]/i },
  { id: 'disapprove.accuse-aggression', example: 'Azerbaijan accused Armenia of violating the ceasefire.', cameo: '1123', triggers: ['accuse'], pos: 'verb', after: /^\s+\S+(?:\s+\S+){0,3}\s+of\s+(?:violating|breaching|attacking|aggression|shelling|provocation|firing|opening\s+fire|invading|bombing)/i },
  { id: 'disapprove.accuse', example: 'Pakistan blames Kabul for sheltering militants.', cameo: '112', triggers: ['accuse', 'blame', 'charge', 'hold responsible'], pos: 'verb', notAfter: /^\s+(?:\$|\d|a\s+fee|fees)/i },
  // disapprove.reciprocal: an exchange of blame is one accusation each way, told once: "Armenia and
  // Azerbaijan traded accusations", "the two sides exchanged charges" - undirected between the pair.
  { id: 'disapprove.trade-accusations', example: 'Armenia and Azerbaijan traded accusations over the shelling.', cameo: '112', triggers: ['trade accusation', 'trade blame', 'trade charge', 'trade allegation', 'exchange accusation', 'exchange blame', 'exchange charge', 'exchange allegation'], pos: 'verb', symmetric: true },
  { id: 'disapprove.hold-responsible', example: 'Lebanon held Israel responsible for the blast.', cameo: '112', triggers: ['hold'], pos: 'verb', after: /^\s+(?:\S+\s+){1,3}(?:fully\s+|directly\s+)?(?:responsible|accountable)\b/i },
  // Regret at another's act is a reproach: "Mexico regretted the expulsion of its ambassador",
  // "voiced regret at Seoul's decision". Regret for one's own act is an apology (055): those
  // wordings ("regretted its mistake", "regretted the loss of life") have no other's act as object.
  { id: 'disapprove.regret', example: "Mexico regretted Peru's expulsion of its ambassador.", cameo: '111', triggers: ['regret', 'deplore', 'lament', 'express regret at', 'express regret over', 'voice regret at', 'voice regret over'], pos: 'verb', after: /^\s+(?:the|this|that|[\w-]+['’]s?)\s+(?:[\w-]+\s+){0,2}?(?:expulsion|decision|move|measures?|steps?|remarks|statements?|comments|actions?|expulsions|recall|closure|ban|sanctions|attack|raid|strike|arrest|detention|violation|incursion|refusal|deployment)\b/i },
  { id: 'disapprove.call-in-envoy', example: 'Poland called in the Russian ambassador over the stray missile.', cameo: '114', triggers: ['call in', 'haul in', 'summon'], pos: 'verb', after: /^\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}(?:ambassadors?|envoys?|diplomats?|charg[eé]s? d'affaires|high commissioners?|consuls?)\b/i },
  // The passive, envoy first: "Russia's ambassador was summoned to the foreign ministry", "the Iranian
  // chargé d'affaires was called in by Berlin". With no agent the host is found by the main-pair refiner.
  { id: 'disapprove.envoy-was-summoned', example: 'The Russian ambassador was summoned by Poland on Monday.', cameo: '114', triggers: ['summon', 'call in', 'haul in', 'haul', 'call'], pos: 'verb', near: ['ambassador', 'envoy', 'diplomat', 'chargé', 'affaires', 'attaché', 'consul', 'commissioner'], nearWindow: 8, before: /\b(?:was|were|been|being|is|are|be)\s+(?:(?:\w+ly|also|then|later|now|again)\s+)?$/i, after: /^\s*(?:in\b|to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:ministry|foreign\s+office|state\s+department|quai|office)\b|by\b|on\b|\w+day\b|over\b|for\b|after\b|,|\.|$)/i },
  // A diplomatic note handed over in a dispute is its protest: "handed a diplomatic note to India's ambassador".
  { id: 'disapprove.protest-note', example: "Vietnam handed a protest note to China's embassy in Hanoi.", cameo: '114', triggers: ['hand', 'deliver', 'send', 'issue', 'lodge', 'present', 'file', 'register', 'submit', 'make'], pos: 'verb', after: /^\s+(?:an?\s+)?(?:(?:formal|official|strong|stern|solemn|serious|sharp|firm|fresh|new|written|diplomatic|strongly[\s-]worded)\s+){0,3}(?:protest\s+note|note\s+of\s+protest|d[eé]marche|protest|complaint|diplomatic\s+note|note\s+verbale|verbal\s+note|representations)\b/i },
  { id: 'disapprove.complain', example: 'China lodged a protest with Japan.', cameo: '114', triggers: ['lodge a protest', 'lodge a complaint', 'file a complaint', 'summon', 'lodge a strong protest', 'lodge a formal protest', 'lodge protest', 'protest to', 'complain to', 'file a protest'], pos: 'verb' },
  // Legal action against another (115 lawsuit, 116 finding of guilt): "sued Germany before the
  // world court", "a court convicted Turkey of".
  { id: 'disapprove.sue', example: 'Ecuador sued Colombia at the International Court of Justice.', cameo: '115', triggers: ['sue', 'take to court', 'file a lawsuit against', 'file suit against', 'bring a case against', 'file a case against', 'lodge a case against'], pos: 'verb' },
  { id: 'disapprove.convict', example: 'A Russian court convicted an Estonian security officer of espionage.', cameo: '116', triggers: ['convict', 'find guilty', 'sentence'], pos: 'verb', after: /^\s+(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+)?(?:[\w-]+\s+){0,3}?(?:of\b|to\s+(?:\w+\s+){0,3}(?:years?|months?|prison|jail|death|life))/i },
];
