/**
 * The order attribution patterns are tried in. Words right after the quote bind tightest, so they come
 * first; then the sentence before the quote; "according to" anywhere in the sentence; a person opening
 * the sentence whose clause ends in a colon before the quote; a speaker reported in the sentence just
 * before; and last the previous quote's speaker, which only applies when nothing nearer names one.
 */
import { accordingTo } from './according-to.js';
import type { AttributionPattern } from './attribution-pattern.js';
import { continuation } from './continuation.js';
import { previousSentence } from './previous-sentence.js';
import { speakerThenVerb } from './speaker-then-verb.js';
import { speakerVerbBefore } from './speaker-verb-before.js';
import { subjectColon } from './subject-colon.js';
import { verbThenSpeaker } from './verb-then-speaker.js';

export const ATTRIBUTION_PATTERNS: readonly AttributionPattern[] = [
  verbThenSpeaker,
  speakerThenVerb,
  speakerVerbBefore,
  accordingTo,
  subjectColon,
  previousSentence,
  continuation,
];
