/**
 * The coder's configuration: the ordered patterns (proposers) and refiners, as in chrono's
 * locale configuration. Order matters and is explained inline.
 */
import type { ActorFinder, EventPattern, Refiner } from './pattern-types.js';
import { STATEMENT_PATTERNS } from './patterns/statement.js';
import { APPEAL_PATTERNS } from './patterns/appeal.js';
import { INTENT_PATTERNS } from './patterns/intent.js';
import { CONSULT_PATTERNS } from './patterns/consult.js';
import { DIPLOMATIC_COOPERATION_PATTERNS } from './patterns/diplomatic-cooperation.js';
import { MATERIAL_COOPERATION_PATTERNS } from './patterns/material-cooperation.js';
import { AID_PATTERNS } from './patterns/aid.js';
import { YIELD_PATTERNS } from './patterns/yield.js';
import { INVESTIGATE_PATTERNS } from './patterns/investigate.js';
import { DEMAND_PATTERNS } from './patterns/demand.js';
import { DISAPPROVE_PATTERNS } from './patterns/disapprove.js';
import { REJECT_PATTERNS } from './patterns/reject.js';
import { THREATEN_PATTERNS } from './patterns/threaten.js';
import { PROTEST_PATTERNS } from './patterns/protest.js';
import { FORCE_POSTURE_PATTERNS } from './patterns/force-posture.js';
import { REDUCE_RELATIONS_PATTERNS } from './patterns/reduce-relations.js';
import { COERCE_PATTERNS } from './patterns/coerce.js';
import { ASSAULT_PATTERNS } from './patterns/assault.js';
import { FIGHT_PATTERNS } from './patterns/fight.js';
import { MASS_VIOLENCE_PATTERNS } from './patterns/mass-violence.js';
import { modalityRefiner } from './refiners/modality.js';
import { commentaryRefiner } from './refiners/commentary.js';
import { wordsNotForceRefiner } from './refiners/words-not-force.js';
import { relativeSubjectRefiner } from './refiners/relative-subject.js';
import { habitualRefiner } from './refiners/habitual.js';
import { conditionalThreatRefiner } from './refiners/conditional-threat.js';
import { weaponRefiner } from './refiners/weapon.js';
import { fatalitiesRefiner } from './refiners/fatalities.js';
import { locationRefiner } from './refiners/location.js';
import { dateRefiner } from './refiners/date.js';
import { validityRefiner } from './refiners/validity.js';
import { backgroundRefiner } from './refiners/background.js';
import { intentRefiner } from './refiners/intent.js';
import { confidenceRefiner } from './refiners/confidence.js';
import { mainPairTargetRefiner } from './refiners/main-pair-target.js';
import { continuationRefiner } from './continuations.js';
import { sameActRefiner } from './same-act.js';
import { reportedAccusationRefiner } from './refiners/reported-accusation.js';
import { officeHolderRefiner } from './refiners/office-holder.js';
import { eventNounAgentRefiner } from './refiners/event-noun-agent.js';
import { privatePersonRefiner } from './refiners/private-person.js';
import { grievanceClauseRefiner } from './refiners/grievance-clause.js';

/**
 * Every pattern. At one token the longest trigger wins, and among equally long triggers the
 * earlier family: the specific forms (mass violence, assault, threats of force, reduced
 * relations) come before the general fight and statement forms, so "threatened to strike"
 * is a threat (138), not a strike, and "suicide attack" is 1831, not 190.
 */
export const PATTERNS: readonly EventPattern[] = [
  ...MASS_VIOLENCE_PATTERNS,
  ...ASSAULT_PATTERNS,
  ...THREATEN_PATTERNS,
  ...REDUCE_RELATIONS_PATTERNS,
  ...COERCE_PATTERNS,
  ...FORCE_POSTURE_PATTERNS,
  ...FIGHT_PATTERNS,
  ...PROTEST_PATTERNS,
  ...REJECT_PATTERNS,
  ...DISAPPROVE_PATTERNS,
  ...DEMAND_PATTERNS,
  ...INVESTIGATE_PATTERNS,
  ...YIELD_PATTERNS,
  ...AID_PATTERNS,
  ...MATERIAL_COOPERATION_PATTERNS,
  ...DIPLOMATIC_COOPERATION_PATTERNS,
  ...CONSULT_PATTERNS,
  ...INTENT_PATTERNS,
  ...APPEAL_PATTERNS,
  ...STATEMENT_PATTERNS,
];

/** The refiners, in the order they run. */
export function refiners(finder: ActorFinder): Refiner[] {
  return [
    // Modality first: the date refiner dates intended acts by their announcement, and the
    // intent refiner recodes by modality.
    modalityRefiner,
    // A hostile act promised under a condition is a threat made now, dated as said.
    conditionalThreatRefiner,
    // An analyst's or a columnist's words are an opinion: after the threat rule, which reads claims.
    commentaryRefiner,
    // Words worded as force ("Seoul hit back."), advice worded as a warning, a reaction's object:
    // before anything is spent on dating them and before the main pair gives them a target.
    wordsNotForceRefiner,
    // "the men who seized power": the act is the men's, before anyone fills a missing party.
    relativeSubjectRefiner,
    // A demonym naming a private person ("a Jordanian teenager") gives no state: before anyone
    // spends work on the act or fills its other party.
    privatePersonRefiner,
    // Habits are dropped before anything is spent on dating or placing them.
    habitualRefiner,
    weaponRefiner,
    fatalitiesRefiner,
    // Location before validity: an unnamed target is taken from the place's country.
    locationRefiner(finder),
    // An unknown minister acting on one main state speaks for the other; before the main pair
    // gives targets, so her own act is not aimed at her own state.
    officeHolderRefiner(finder),
    // An act named by its noun ("the strikes hit …") gets its agent before the main pair gives its target.
    eventNounAgentRefiner,
    // A force act with no target named is aimed at the other main state; then a new round
    // told without parties ("a second wave followed on Saturday") can repeat a complete act.
    mainPairTargetRefiner(finder),
    // Once every act has both parties: a reason given about two others is no event between them.
    grievanceClauseRefiner,
    continuationRefiner,
    // "Kuwait did the same": a state repeats the last act on its target.
    sameActRefiner,
    // Once targets are settled (a claimed act's victim may come from its place) and before
    // dating: the accusation is dated by its own reporting verb.
    reportedAccusationRefiner,
    // Date after location and in article order: anchored dates need earlier events settled.
    dateRefiner,
    // Needs the date; before validity so the trace names the real reason.
    backgroundRefiner,
    validityRefiner,
    intentRefiner,
    // Keep confidence last: it weighs what the others found.
    confidenceRefiner,
  ];
}
