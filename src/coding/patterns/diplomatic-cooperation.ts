/**
 * CAMEO 05, diplomatic cooperation: joint statements, restored ties and reopened embassies,
 * returning ambassadors, signed agreements (057), praise and declared support (051), apologies
 * (055), recognition (054).
 */
import type { EventPattern } from '../pattern-types.js';
import { DOCUMENT } from './disapprove.js';

const ENVOYS = ['ambassador', 'envoy', 'diplomat'] as const;
const AGREEMENT = String.raw`(?:agreement|accord|deal|treaty|pact|memorandum|memorandum of understanding|MoU|MOU|declaration|protocol|communiqu[eé]|charter|framework|contract)`;

// A day or place put between the verb and its object, as wire copy and translations do: "signed
// yesterday, Friday, in the city of Brasília the declaration". "Subscribe" is the translated "sign".
const WHEN_WHERE = String.raw`(?:(?:on\s+)?(?:yesterday|today|\w+day)[,\s]+)*(?:in\s+(?:the\s+city\s+of\s+)?\p{Lu}[\p{L}-]+[,\s]+)?`;

export const DIPLOMATIC_COOPERATION_PATTERNS: readonly EventPattern[] = [
  { id: 'diplomatic.joint-statement', example: 'India and China issued a joint statement on Monday.', cameo: '050', triggers: ['joint statement', 'joint communique', 'joint declaration'], pos: 'noun', symmetric: true },
  { id: 'diplomatic.restore-relations', example: 'Saudi Arabia and Iran restored diplomatic relations.', cameo: '050', triggers: ['restore relation', 'restore diplomatic relation', 'restore tie', 'restore diplomatic tie', 'normalize relation', 'normalise relation', 'normalize tie', 'normalise tie', 'resume diplomatic relation', 'resume relation', 'resume diplomatic tie', 'establish diplomatic relation', 'establish diplomatic tie', 'upgrade relation', 'upgrade tie', 'upgrade diplomatic relation', 'upgrade diplomatic tie', 'upgrade their tie', 'upgrade their relation', 'upgrade their diplomatic tie', 'upgrade their diplomatic relation', 'restore their tie', 'restore their relation', 'restore their diplomatic tie', 'restore their diplomatic relation', 'mend tie', 'mend relation', 'repair tie', 'repair relation', 'exchange ambassador', 'exchange envoy'], pos: 'verb', symmetric: true },
  { id: 'diplomatic.reopen-embassies', example: 'Qatar and Bahrain agreed to reopen their embassies.', cameo: '050', triggers: ['reopen'], pos: 'verb', symmetric: true, after: /^\s+(?:their\s+|its\s+|the\s+|respective\s+)*(?:[\w-]+\s+)?(?:embass|consulate|mission)/i },
  { id: 'diplomatic.envoys-return', example: 'Iran and Pakistan said the ambassadors of both countries will return to their posts.', cameo: '050', triggers: ['return'], pos: 'verb', near: ENVOYS, symmetric: true, needsTarget: true },
  { id: 'diplomatic.sign-agreement', example: 'Egypt and Sudan signed a defence agreement.', cameo: '057', triggers: ['sign', 'subscribe', 'conclude', 'ink', 'seal', 'finalize', 'finalise', 'ratify'], pos: 'verb', symmetric: true, after: new RegExp(String.raw`^\s+${WHEN_WHERE}(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}${AGREEMENT}`, 'iu') },
  { id: 'diplomatic.reach-agreement', example: 'Armenia and Azerbaijan reached an agreement on the text of a peace treaty.', cameo: '057', triggers: ['reach an agreement', 'reach agreement', 'reach a deal', 'strike a deal', 'clinch a deal', 'reach an accord'], pos: 'verb', symmetric: true },
  // A new envoy is a step toward normal ties: "named X as its ambassador to Bogota", "appointed
  // an envoy to Kabul", "nominated its first ambassador to Riyadh in seven years".
  { id: 'diplomatic.appoint-envoy', example: 'Chile named a veteran diplomat as its new ambassador to Lima.', cameo: '050', triggers: ['name', 'appoint', 'nominate', 'designate', 'accredit'], pos: 'verb', after: new RegExp(String.raw`^\s+(?:[^.;]{0,60}?\s)?(?:as\s+)?(?:its|their|the|an?)\s+(?:new\s+|first\s+)?(?:${ENVOYS.join('|')})\s+(?:to|in)\s`, 'i') },
  { id: 'diplomatic.praise', example: 'India praised Bangladesh for its help.', cameo: '051', triggers: ['praise', 'commend', 'hail', 'applaud', 'congratulate', 'pay tribute to', 'laud', 'extol', 'salute', 'thank', 'express gratitude to', 'express its gratitude to', 'express appreciation to', 'express its appreciation to', 'express thanks to', 'express its thanks to', 'heap praise on', 'shower praise on', 'speak highly of'], pos: 'verb', notAfter: /^\s+(?:you|reporters|journalists|the\s+press|god|heaven)\b/i },
  // Endorsing another's act: "welcomed Seoul's decision to", "endorsed the Egyptian proposal", 'welcomed
  // the "constructive remarks" of the new government' (the words quoted).
  { id: 'diplomatic.welcome-move', example: "Japan welcomed South Korea's decision to resume the talks.", cameo: '051', triggers: ['welcome', 'endorse', 'embrace'], pos: 'verb', after: /^\s+(?:\w+day\s+)?(?:the\s+)?(?:["“]?[\w'’.-]+["”]?\s+){0,4}?["“]?(?:decision|statements?|remarks|move|proposal|plan|announcement|initiative|offer|efforts?|steps?|overtures?|gesture|policy\s+statement|peace\s+plan)\b/i },
  // Verbal defence of another (052): "defended Iraq against Western criticism", "defended Moscow's
  // right to"; a defence by arms ("defended Kharkiv against the assault") is not.
  { id: 'diplomatic.defend-verbally', example: "Belarus defended Russia's right to protect its citizens.", cameo: '052', triggers: ['defend', 'stand by', 'speak up for'], pos: 'verb', after: /^\s+(?:\w+day\s+)?(?:the\s+)?(?:[\w'’.-]+\s+){1,6}?(?:against\s+(?:[\w-]+\s+){0,2}?(?:criticism|accusations|charges|allegations|claims|censure|condemnation)\b|right\s+(?:of|to)\b|(?:decision|policy|record|conduct)\b)/i },
  // A state backed by name: "Turkey backed Azerbaijan in the conflict", "sided with Moscow", "threw its
  // weight behind Baku's bid". The state must follow at once; "backed down" and "backed off" are other acts.
  { id: 'diplomatic.back-state', example: 'Turkey backed Azerbaijan in its conflict with Armenia.', cameo: '051', triggers: ['back', 'side with', 'stand behind', 'throw its weight behind', 'throw their weight behind', 'rally behind', 'stand with', 'stand by'], pos: 'verb', notAfter: /^\s+(?:down|off|away|out|up|into)\b/i, after: /^\s+(?:the\s+)?\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*){0,2}(?:['’]s?\s+(?:[\w-]+\s+){0,2}?(?:bid|claims?|position|stance|right|plan|proposal|call|candidacy|efforts?|demands?|sovereignty|territorial\s+integrity))?(?:\s+(?:in|on|over|against|at|for|and)\b|\s*[,.;]|$)/u },
  { id: 'diplomatic.declare-support', example: 'Egypt declared its firm support for Somalia.', cameo: '051', triggers: ['declare', 'express', 'voice', 'reaffirm', 'reiterate', 'pledge', 'offer', 'announce'], pos: 'verb', after: /^\s+(?:its\s+|their\s+|his\s+|her\s+)?(?:full\s+|firm\s+|strong\s+|unwavering\s+|steadfast\s+|total\s+|unconditional\s+)?(?:and\s+\w+\s+)?(?:support|solidarity|backing)\s+(?:for|with)\b/i },
  { id: 'diplomatic.apologize', example: 'Japan apologized to South Korea.', cameo: '055', triggers: ['apologize', 'apologise', 'express regret', 'offer an apology', 'issue an apology'], pos: 'verb' },
  // Regret stated as one's own in a document, with no other's act as its object: "sent a note expressing
  // its regret and offering compensation" (the participle is no verb of its own, as in disapprove.document-*). Regret at or over another's act is disapproval (disapprove.regret).
  { id: 'diplomatic.express-own-regret', example: 'Chile sent Peru a note expressing its deep regret for the incident.', cameo: '055', triggers: ['issue', 'send', 'deliver', 'hand', 'release', 'publish', 'transmit'], pos: 'verb', objectWithin: 80, after: new RegExp(String.raw`${DOCUMENT}(?:expressing|conveying|voicing)\s+(?:its|his|her|their)\s+(?:(?:deep|deepest|profound|sincere|great|official)\s+)?regrets?\b(?!\s+(?:at|over|about|that|with|to\s+see)\b)`, 'i') },
  // An approving judgement of another's plan or step: "now regards Rabat's plan as a serious and credible
  // basis", "considers the proposal a constructive step" (051, praise).
  { id: 'diplomatic.regard-as-credible', example: "Madrid described Morocco's proposal as a serious and credible basis for a settlement.", cameo: '051', triggers: ['regard', 'view', 'see', 'consider', 'deem', 'describe'], pos: 'verb', after: /^\s+(?:the|its|this|that|[\w-]+['’]s?)\s+(?:[\w'’-]+\s+){0,5}?(?:as\s+)?(?:an?\s+|the\s+)?(?:(?:very|most|genuinely|truly|highly|most)\s+)?(?:serious|credible|constructive|positive|realistic|valuable|important|sound|viable|genuine|good)(?:,?\s+(?:and\s+)?(?:serious|credible|constructive|positive|realistic|valuable|important|sound|viable|genuine|good))?\s+(?:effort|basis|step|contribution|proposal|plan|solution|initiative|move|gesture|signal|partner|framework|foundation)\b/i },
  { id: 'diplomatic.call-to-apologize', example: 'The Azerbaijani president called the Russian president the next day to apologise.', cameo: '055', triggers: ['call', 'phone', 'telephone', 'write to'], pos: 'verb', after: /^\s+[^.;]{1,60}?\bto\s+(?:apologi[sz]e|express\s+(?:his\s+|her\s+|deep\s+)*regret)/i },
  { id: 'diplomatic.recognize', example: 'Spain recognized the State of Palestine.', cameo: '054', triggers: ['recognize', 'recognise'], pos: 'verb' },
  // Recognition issued as a document, the participle naming the act (as disapprove.document-condemning):
  // "issued a statement recognising the new government".
  { id: 'diplomatic.document-recognising', example: 'Brazil issued a statement recognising the new Bolivian government.', cameo: '054', triggers: ['issue', 'release', 'publish', 'send', 'sign'], pos: 'verb', objectWithin: 80, after: new RegExp(`${DOCUMENT}(?:recogni[sz]ing)\\b`, 'i') },
];
