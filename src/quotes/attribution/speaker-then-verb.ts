/** Pattern `speaker-then-verb`: the speaker, then the verb, right after the quote. */
import { HONORIFICS, NAME_ABBREVIATIONS, SPEECH_VERBS } from '../lexicon.js';
import { parseSpeakerBeforeVerb } from '../speaker-phrase.js';
import { shift, type AttributionPattern } from './attribution-pattern.js';

/** A period that ends an honorific, a title, a suffix or an initial is no sentence end: "Ms. Al-Harbi said". */
const NAME_DOT = String.raw`(?<=\b(?:${[...Object.keys(HONORIFICS), ...NAME_ABBREVIATIONS].filter((h) => h.endsWith('.')).map((h) => h.slice(0, -1)).join('|')}|\p{Lu}))\.`;
const SUBJECT_THEN_VERB = new RegExp(`^(\\s*,?\\s*)((?:[^.“”"!?]|${NAME_DOT}){1,80}?)\\s+(${SPEECH_VERBS.join('|')})\\b(\\s*[.,;]|\\s*$)?`, 'u');

export const speakerThenVerb: AttributionPattern = {
  id: 'speaker-then-verb',
  example: '“We were never told,” Ortiz said.  /  “We were never told,” she says.',
  match({ article, segments, index }) {
    const seg = segments[index];
    if (!seg.closed) return null;
    const para = article.paragraphs[seg.lastParagraph];
    const after = article.text.slice(seg.after, para.end);
    const m = SUBJECT_THEN_VERB.exec(after);
    if (!m) return null;
    // After a quote that ends its own sentence ("… beware.” He says the …") a following "He says" starts
    // a new statement; accept it only when the attribution clause ends at the verb.
    if (/[.]$/.test(article.text.slice(seg.start, seg.end)) && m[4] === undefined) return null;
    const from = seg.after + m[1].length;
    const speaker = parseSpeakerBeforeVerb(m[2]);
    if (!speaker || speaker.start !== 0) return null;
    const verbEnd = seg.after + m[0].length - (m[4]?.length ?? 0);
    return { pattern: this.id, speaker: shift(speaker, from), end: verbEnd };
  },
};
