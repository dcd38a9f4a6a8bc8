/**
 * Patterns of text that states the condition of a relation rather than an event. Each pattern has an
 * id, the state it speaks for, and an example sentence (our own words). Order matters: the first
 * pattern that matches a sentence wins, so the graver and more specific ones come first.
 */
import type { RelationStatement } from '../types.js';

export interface RelationPattern {
  id: string;
  state: RelationStatement['state'];
  example: string;
  regex: RegExp;
  /**
   * The sentence speaks of the pair as a whole and may name only one side ("Tehran says it has no plan
   * to respond, easing fears of a wider war"): failing a dyad from the sentence, the article's two
   * main countries. Default false.
   */
  pairLevel?: boolean;
}

/** The nouns that name a relation. */
const REL = String.raw`(?:relations|relationship|ties|rapport)`;
/** A copula, possibly with up to two adverbs in either order: "are", "remains", "has long been", "are now openly". */
const BE = String.raw`(?:are|is|was|were|remain(?:s|ed)?|stay(?:s|ed)?|ha(?:ve|s|d)\s+(?:long\s+|always\s+|also\s+)?(?:been|remained))\s+(?:(?:\w+ly|as|so|very|more|most|still|now|even)\s+){0,2}`;
/** An adverb or two between an auxiliary and its verb: "have also soured", "has now sharply deteriorated". */
const ADV = String.raw`(?:(?:\w+ly|also|already|now|further|since|again|long|all\s+but)\s+){0,2}`;
/** Up to ~100 characters inside one clause (no full stop or semicolon), lazily. */
const GAP = String.raw`[^.;!?]{0,100}?`;

const rx = (s: string) => new RegExp(s, 'i');

export const RELATION_PATTERNS: readonly RelationPattern[] = [
  { id: 'rel.hostile-front', state: 'hostile', example: 'The clashes opened a hostile front with Armenia.',
    regex: rx(String.raw`\bhostile\s+(?:theat(?:er|re)|front|border|neighbou?r)\s+with\b`) },
  { id: 'rel.bad-terms', state: 'hostile', example: 'Caracas has been at loggerheads with Bogota for years, locked in a border dispute with it.',
    regex: rx(String.raw`\b(?:on|in)\s+(?:bad|poor|hostile|uneasy|shaky|rocky)\s+(?:terms|footing)\s+with\b|\bat\s+(?:odds|loggerheads|daggers\s+drawn|war)\s+with\b|\blocked\s+in\s+an?\s+(?:[\w-]+\s+){0,2}(?:dispute|standoff|stand-off|feud|conflict)\s+with\b`) },
  { id: 'rel.rivals', state: 'hostile', example: "Pakistan's arch-rival India tested a missile.",
    regex: rx(String.raw`\b(?:arch-?\s?rivals?|bitter\s+rivals?|long-?(?:time|standing)\s+(?:foes?|rivals?|enem(?:y|ies)|adversar(?:y|ies))|sworn\s+enem(?:y|ies)|nuclear-armed\s+rivals)\b`) },
  { id: 'rel.as-enemies', state: 'hostile', example: 'The two governments now regard each other as enemies; each side treats the other as an adversary.', pairLevel: true,
    // Each side seeing the other as an enemy is the condition of enmity, told through how they see each other.
    regex: rx(String.raw`\b(?:treat|regard|see|view|consider)(?:s|ed|ing)?\s+(?:each\s+other|one\s+another|the\s+other)\s+as\s+(?:an?\s+)?(?:adversar(?:y|ies)|enem(?:y|ies)|foes?|threats?)\b`) },
  { id: 'rel.hostile-adjective', state: 'hostile', example: 'Seoul keeps frosty relations with Tokyo over the islands.',
    regex: rx(String.raw`\b(?:hostile|strained|tense|troubled|fraught|frosty|icy|poor|bad|acrimonious|adversarial)\s+${REL}\s+(?:with|between)\b`) },
  { id: 'rel.is-troubled', state: 'hostile', example: "Armenia's relationship with Azerbaijan remains deeply hostile.",
    regex: rx(String.raw`\b${REL}\b${GAP}\b${BE}(?:troubled|strained|tense|hostile|fraught|frosty|icy|poor|bad|adversarial|acrimonious|rocky)\b`) },
  { id: 'rel.frozen', state: 'hostile', example: 'Relations between the two capitals have been frozen since the coup.',
    regex: rx(String.raw`\b${REL}\b${GAP}\b${BE}(?:frozen|broken(?:\s+off)?|severed|suspended|non-?existent)\b`) },
  { id: 'rel.new-low', state: 'deteriorating', example: 'Relations with Ottawa hit a new low last month.',
    regex: rx(String.raw`\b${REL}\b${GAP}\b(?:hit|hits|reached|(?:sink|sinks|sank|sunk|sinking|plunged?|plunging|fallen|fell|falls?|falling|dropped|slid|slumped)\s+to|(?:are|is|were|was|remain|remains)\s+at)\s+(?:a\s+|an\s+|their\s+|its\s+)?(?:new\s+|all-time\s+|historic\s+|record\s+)?(?:low|lowest\s+(?:point|ebb|level)|worst(?:\s+(?:point|level|state))?)\b`) },
  { id: 'rel.lowest-since', state: 'deteriorating', example: 'At their lowest point since the 1979 war, the two neighbours traded protests.',
    // "their/its lowest point since …" with the relation noun left implicit (an answer to a heading): the
    // pair must still be named or pointed to ("the two neighbours"). "since"/"in" ties it to history.
    regex: rx(String.raw`\bat\s+(?:their|its)\s+(?:lowest(?:\s+(?:point|ebb|level))?|worst)\s+(?:since|in)\b`) },
  { id: 'rel.worst-crisis', state: 'deteriorating', example: 'The expulsion set off the worst diplomatic crisis between Lima and Quito in twenty years; the worst tension between the two allies since 1996.',
    // The comparison with the past ("in decades", "since 1996") may follow the pair or the noun directly
    // ("plunged relations between Lima and Quito into their worst crisis in decades").
    regex: rx(String.raw`\b(?:worst|deepest|gravest|most\s+serious)\s+(?:diplomatic\s+|bilateral\s+)?(?:crisis|rift|row|spat|standoff|stand-off|tensions?)\s+(?:(?:between|with|in)\b${GAP}\b)?(?:in|for|since)\s+(?:decades|years|(?:a|two|three|four|five|\w+)\s+(?:decades?|years)|\d{4}|the\b)`) },
  { id: 'rel.souring-of', state: 'deteriorating', example: 'Hanoi has seen a souring of relations with Beijing.',
    regex: rx(String.raw`\b(?:souring|deterioration|worsening|downturn|decline|cooling|chill|breakdown|rupture|fraying)\s+(?:of|in)\s+(?:\w+\s+){0,2}?${REL}\b`) },
  { id: 'rel.gone-to-hostile', state: 'hostile', example: 'Relations between Lima and Quito went from warm to openly hostile in a year.',
    // A move that ends in enmity names the condition now: hostile.
    regex: rx(String.raw`\b${REL}\b${GAP}\b(?:ha(?:ve|s|d)\s+)?(?:gone|went|turned|moved)\s+from\s+(?:[\w-]+\s+){1,2}?to\s+(?:(?:openly|outright|open)\s+)?(?:hostile|hostility|enmity)\b`) },
  { id: 'rel.gone-from-to', state: 'deteriorating', example: 'Ties between Riga and Minsk have gone from cool to frozen in a year.',
    // A move down the scale of warmth (cool to frozen, good to bad): a souring told as its two ends.
    regex: rx(String.raw`\b${REL}\b${GAP}\b(?:ha(?:ve|s|d)\s+)?(?:gone|went|turned|moved)\s+from\s+(?:[\w-]+\s+){1,2}?to\s+(?:frozen|freezing|cold|icy|frosty|bad|worse|poor)\b`) },
  { id: 'rel.soured-ties', state: 'deteriorating', example: 'A row over fishing rights has soured ties between Oslo and Reykjavik; the dispute poisoned relations with Hanoi.',
    // The souring told with its cause as subject ("a quarrel that has soured ties"): the transitive verb,
    // not the adjective ("the soured ties", "their strained ties" name a condition, left to other patterns).
    regex: rx(String.raw`(?<!\b(?:the|their|its|of)\s+)\b(?:ha(?:ve|s|d)\s+${ADV})?(?:soured|poisoned|damaged|chilled|worsened)\s+(?:(?:the|their|its|bilateral|diplomatic)\s+){0,2}${REL}\b`) },
  { id: 'rel.free-fall', state: 'deteriorating', example: 'Relations with Ankara are in free fall.',
    regex: rx(String.raw`\b${REL}\b${GAP}\b(?:are|is|were|was)\s+(?:now\s+|still\s+)?in\s+(?:a\s+)?(?:free\s?-?fall|tailspin|downward\s+spiral)\b`) },
  { id: 'rel.have-soured', state: 'deteriorating', example: 'Ties with Kabul have soured since the border clashes.',
    regex: rx(String.raw`\b${REL}\b${GAP}\b(?:(?:ha(?:ve|s|d)\s+${ADV}(?:soured|deteriorated|worsened|cooled|frayed|nosedived|plummeted|plunged|sunk\s+further|fallen\s+further))|(?:are|is)\s+(?:souring|deteriorating|worsening|fraying))\b`) },
  { id: 'rel.escalating', state: 'escalating', example: 'Officials on both sides say tensions are escalating; the standoff has been escalating since July.',
    // The writer says the conflict is rising now (a progressive: "are escalating", "have been escalating"):
    // a statement of escalation, not of a souring ("tensions have risen" stays rel.tensions-rose).
    regex: rx(String.raw`\b(?:tensions?|${REL}|crisis|conflict|confrontation|standoff|stand-off|dispute|they)\b[^.;!?]{0,40}?\b(?:are|is|ha(?:ve|s)\s+been)\s+(?:\w+ly\s+|now\s+|still\s+)?escalating\b|\b(?:an?|the)\s+escalating\s+(?:crisis|conflict|confrontation|standoff|stand-off)\s+(?:between|with)\b`) },
  { id: 'rel.toward-war', state: 'escalating', example: 'The two armies are drifting towards open conflict; the neighbours edged closer to war this week.', pairLevel: true,
    // A movement towards war or armed confrontation under way ("sliding toward confrontation", "edging closer
    // to war"): the writer says the conflict is rising now. Hedged forms ("could slide into war") are dropped
    // by NOT_A_STATEMENT like any other.
    regex: rx(String.raw`\b(?:slid(?:e|es|ing)?|slipp(?:ed|ing)|slips?|drift(?:s|ed|ing)?|edg(?:e|es|ed|ing)|lurch(?:es|ed|ing)?|mov(?:es|ed|ing)|head(?:s|ed|ing))\s+(?:\w+ly\s+)?(?:closer\s+)?(?:to(?:wards?)?|into)\s+(?:the\s+brink\s+of\s+)?(?:an?\s+)?(?:open\s+|armed\s+|military\s+|full-scale\s+|all-out\s+)?(?:confrontation|war|conflict|hostilities)\b`) },
  { id: 'rel.tensions-rose', state: 'deteriorating', example: 'Tensions with Caracas have risen over the oil field.',
    regex: rx(String.raw`\btensions?\b[^.;!?]{0,40}?\bha(?:ve|s|d)\s+(?:\w+ly\s+)?(?:risen|soared|escalated|flared|mounted|grown|spiked)\b|\b(?:rising|mounting|growing|escalating)\s+tensions?\s+(?:with|between)\b`) },
  { id: 'rel.tensions-high', state: 'hostile', example: 'Tensions between Delhi and Islamabad remain high.',
    regex: rx(String.raw`\btensions?\b[^.;!?]{0,40}?\b(?:are|is|remain(?:s|ed)?)\s+(?:\w+\s+)?(?:high|elevated)\b`) },
  { id: 'rel.tensions-eased', state: 'improving', example: 'Tensions with Beijing have eased since the summit.',
    regex: rx(String.raw`\btensions?\b[^.;!?]{0,40}?\b(?:ha(?:ve|s|d)\s+)?(?:\w+ly\s+)?(?:eased|subsided|calmed|abated|receded)\b|\btensions?\b[^.;!?]{0,40}?\b(?:ha(?:ve|s|d)\s+)?(?:begun|began|started|start|begin)\s+to\s+(?:ease|subside|calm|abate|recede)\b|\beasing\s+(?:of\s+)?tensions?\s+(?:with|between|since)\b`), pairLevel: true },
  { id: 'rel.signal-thaw', state: 'improving', example: 'Officials in both capitals are signalling a thaw after the release.', pairLevel: true,
    regex: rx(String.raw`\b(?:signall?(?:s|ing|ed)?|herald(?:s|ing|ed)?|mark(?:s|ing|ed)?)\s+a\s+(?:\w+\s+)?thaw\b`) },
  { id: 'rel.thaw-in', state: 'improving', example: 'The thaw in relations with Tehran began in March.',
    regex: rx(String.raw`\b(?:thaw|improvement|warming|normali[sz]ation)\s+(?:in|of)\s+(?:\w+\s+){0,2}?${REL}\b|\b(?:rapprochement|d[ée]tente)\s+(?:between|with)\b`) },
  { id: 'rel.normalised', state: 'cooperative', example: 'Rabat and Tokyo normalised ties two years ago and trade has grown since.',
    regex: rx(String.raw`\b(?:have\s+|had\s+)?normali[sz]ed\s+(?:full\s+)?(?:diplomatic\s+)?(?:relations|ties)\b`) },
  { id: 'rel.restored', state: 'improving', example: 'The two governments agreed to restore diplomatic ties after a long break.',
    regex: rx(String.raw`\b(?:restor(?:e|es|ed|ing)|re-?establish(?:es|ed|ing)?|resum(?:e|es|ed|ing)|normali[sz](?:e|es|ed|ing))\s+(?:full\s+)?(?:diplomatic\s+)?(?:relations|ties)\b`) },
  { id: 'rel.avoid-war', state: 'improving', example: 'Both sides now seem keen to avoid a wider war; they pulled back from open war.', pairLevel: true,
    regex: rx(String.raw`\b(?:keen|eager|anxious|determined|careful)\s+to\s+avoid\s+(?:a\s+|an\s+|any\s+)?(?:wider|broader|regional|full-scale|all-out|open|further)\s+(?:war|conflict|escalation)\b|\beasing\s+fears\s+of\s+(?:a\s+)?(?:wider|broader|regional|full-scale|all-out)\s+(?:war|conflict)\b|\b(?:pull(?:s|ed|ing)?|step(?:s|ped|ping)?|back(?:s|ed|ing)?)\s+(?:back|away)\s+from\s+(?:the\s+brink\s+of\s+)?(?:an?\s+)?(?:open|wider|all-out|full-scale|regional)?\s*(?:war|conflict|the\s+brink)\b`) },
  { id: 'rel.have-improved', state: 'improving', example: 'Ties with Riyadh have improved since the deal; relations are now thawing (or recovering).', pairLevel: true,
    regex: rx(String.raw`\b${REL}\b${GAP}\b(?:(?:ha(?:ve|s|d)\s+${ADV}(?:improved|warmed|thawed|normali[sz]ed|recovered))|(?:are|is)\s+${ADV}(?:improving|warming|thawing|recovering))\b`) },
  { id: 'rel.good-terms', state: 'cooperative', example: 'The two countries are on good terms.',
    regex: rx(String.raw`\b(?:on|in)\s+(?:good|friendly|excellent|cordial|warm|solid|sound)\s+(?:terms|footing)\b|\b(?:close|friendly|warm|cordial|excellent|strong|brotherly)\s+${REL}\s+(?:with|between)\b|\b${REL}\b${GAP}\b${BE}(?:good|close|friendly|warm|cordial|excellent|strong)\b|\b${REL}\b${GAP}\bha(?:ve|s|d)\s+${ADV}grown\s+(?:very\s+|much\s+)?(?:close|closer|warm|warmer)\b`) },
  { id: 'rel.coordinate-closely', state: 'cooperative', example: 'Seoul and Canberra have rarely coordinated as closely as they have this year; they work closely with each other.',
    // Working or coordinating closely is a description of a cooperative relation ("have rarely coordinated
    // as closely as now" says the same: the comparison is with the present).
    regex: rx(String.raw`\b(?:coordinat(?:e|es|ed|ing)|cooperat(?:e|es|ed|ing)|work(?:s|ed|ing)?)\s+(?:(?:as|so|very|more|most|ever\s+more)\s+)?closely\b`) },
  { id: 'rel.allies', state: 'cooperative', example: 'Beijing, a close ally of Islamabad with a strategic partnership with it, sent engineers; the two call each other friends again.',
    // "partners again", "friends again": the condition restored after a break is the condition now.
    regex: rx(String.raw`\b(?:close|closest|staunch|key|long-?(?:time|standing)|all-weather|strategic|treaty)\s+(?:ally|allies|partners?|friends?)\b|\b(?:partners|allies|friends)\s+again\b|\b(?:strategic|comprehensive|special|privileged)\s+partnership\s+(?:with|between)\b`) },
  { id: 'rel.deepened', state: 'cooperative', example: 'Hanoi has deepened military cooperation with Tokyo; the two governments raised their ties to a strategic partnership.',
    regex: rx(String.raw`\b(?:deepen(?:s|ed|ing)?|strengthen(?:s|ed|ing)?|expand(?:s|ed|ing)?|bolster(?:s|ed|ing)?|boost(?:s|ed|ing)?)\s+(?:its\s+|their\s+)?(?:\w+\s+)?(?:cooperation|ties|relations|partnership|alliance)\s+with\b`
      // Raising a relation to a named higher level ("raised their relationship to a strategic partnership").
      + String.raw`|\b(?:upgrad|rais|elevat)(?:e|es|ed|ing)\s+(?:its\s+|their\s+|the\s+)?(?:bilateral\s+|diplomatic\s+)?(?:ties|relations|relationship)\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:partnership|alliance|level)\b`) },
  { id: 'rel.is-stable', state: 'stable', example: 'Only relations with Norway, which shares a long border with it, are stable.',
    regex: rx(String.raw`\b${REL}\b${GAP}\b${BE}(?:stable|steady|calm|normal|unchanged)\b`) },
];

/**
 * `rel.keywords`: a prefilter, not a pattern. Every pattern above needs at least one of these words, so
 * a sentence without any of them ("The ministry said talks would resume.") matches none and is skipped
 * after one scan instead of twenty. Keep it a superset when adding a pattern (a test checks every
 * pattern's example against it). Example: "Ties with Kabul have soured."
 */
export const RELATION_KEYWORDS = /\b(?:relations|relationship|ties|rapport)\b|lowest|worst|deepest|gravest|most\s+serious|thaw|tension|terms|footing|odds|loggerheads|daggers|war\s+with|locked|rival|foe|enem|adversar|hostile|rapprochement|d[ée]tente|avoid|fears|(?:back|away)\s+from|ally|allies|partner|friend|cooperation|alliance|escalating|closely|confrontation|\bwar\b|conflict|hostilities/i;

/**
 * Words that make a match hypothetical, hoped for or negated ("ties would improve", "relations are
 * not stable"): a match with one of them just before it or inside it states nothing.
 */
/**
 * Words that make a match the name of a past event being commemorated, not the relation's condition now:
 * "a reception to mark the 40th anniversary of the normalisation of relations".
 */
export const COMMEMORATED = /\b(?:anniversary|anniversaries|jubilee|commemorat\w*)\s+of\s+(?:the\s+)?$/i;

/**
 * A reported decision: "would"/"will" after "announced that", "agreed that" is the future of a decision
 * made ("the two presidents announced that they would restore relations"), not a hypothesis. Tested on
 * the clause before the match, when the only hedge is would/will.
 */
export const REPORTED_DECISION = /\b(?:announced|agreed|decided|declared|pledged|confirmed)\s+(?:on\s+\w+\s+)?that\b/i;

export const NOT_A_STATEMENT = /\b(?:would|could|might|may|should|will|can|if|unless|not|never|no\s+longer|hopes?|hoped|expects?|expected|expectation|aim(?:s|ed)?\s+(?:at|to)|seeks?\s+to|seeking\s+to|wants?\s+to|trying\s+to|bid\s+to|unlikely)\b|n't\b/i;
