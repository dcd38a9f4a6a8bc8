/**
 * A10 issuer: a communiqué or statement a state issues speaks of its own institutions without
 * naming the state - "The Government of Costa Rica informs public opinion that …" then "the
 * Ministry delivered a note of protest", "the Government ordered the deployment …". Inside such a
 * document, "the Government", "the Ministry", "this Ministry", "the Cabinet" are the issuer's.
 * The document opens with a state institution speaking in the present ("The Government of X
 * informs / announces / declares / wishes to inform"), or with a title "Communiqué / Statement /
 * Press release of [the Ministry of …] [the Republic of] X". It lasts for the next
 * ISSUER_REACH texts, and ends early where the report speaks of the document from outside
 * ("rejected the communiqué", "the statement said").
 */
import type { Actor } from '../types.js';
import { stateActor } from '../actor-factory.js';

export interface Issuer {
  iso3: string;
  /** The last text (memory count) the document may still hold. */
  until: number;
}

/** How many texts after its opening a document is read as the issuer's. */
export const ISSUER_REACH = 15;

// "The Government of Costa Rica informs …", "The Ministry of Foreign Affairs of X announces …".
const OPENING = /^\W*(?:\d+\.\s*)?the\s+(?:government|ministry of foreign affairs|foreign ministry|presidency)\s+of\s+(?:the\s+)?([\p{L}\s'-]{2,80}?)\s+(?:hereby\s+)?(?:informs|announces|declares|wishes|reiterates|states|expresses|condemns|rejects|protests|denounces|notifies)\b/iu;
// "COMMUNIQUÉ OF THE MINISTRY OF FOREIGN AFFAIRS AND WORSHIP OF THE REPUBLIC OF COSTA RICA".
const TITLE = /^\W*(?:joint\s+|official\s+)?(?:communiqu[eé]|press\s+(?:release|statement)|statement|declaration)\s+(?:no\.?\s*\d+\s+)?(?:of|by|from)\s+(?:the\s+)?(.{2,140})$/iu;
// The report speaking of the document from outside.
const OUTSIDE = /\b(?:the|its|that)\s+(?:communiqu[eé]|statement|declaration|press release)(?!\p{L})/iu;

/**
 * The issuing state a text opens, if it opens a document: `countryIn` reads a state out of a
 * phrase (title case restored for an all-capitals title).
 */
export function openedIssuer(text: string, countryIn: (phrase: string) => string | null): string | null {
  const o = OPENING.exec(text);
  if (o) return countryIn(o[1]!);
  const t = TITLE.exec(text.trim());
  if (!t) return null;
  // The state is named last ("… of the Republic of Costa Rica"): the last "of" phrase, then the whole.
  const words = t[1]!.replace(/[.:]+$/, '').toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  const tail = /\bOf\s+(?:The\s+)?(?:Republic\s+Of\s+|Kingdom\s+Of\s+|State\s+Of\s+)?([\p{L}\s'-]+)$/u.exec(words)?.[1];
  return (tail ? countryIn(tail) : null) ?? countryIn(words);
}

/** The document ends where the report speaks of it from outside. */
export function leavesDocument(text: string): boolean {
  return OUTSIDE.test(text);
}

// "the Government", "this Ministry", "the Ministry of Foreign Affairs" (no state after it).
const INSTITUTION = /^(?:government|ministry|cabinet|presidency|chancellery)$/i;

/**
 * A bare institution at token `word` ("Government" after "the"/"this"/"our"), not followed by
 * "of": the issuer's, as its government.
 */
export function issuerInstitution(prevWord: string | undefined, word: string, nextWord: string | undefined, issuer: Issuer | null, texts: number): Actor | null {
  if (!issuer || texts > issuer.until || !INSTITUTION.test(word)) return null;
  if (!prevWord || !/^(?:the|this|our|my)$/i.test(prevWord)) return null;
  // "the Government of the Republic of Nicaragua" names its own state.
  if (nextWord?.toLowerCase() === 'of') return null;
  return stateActor(issuer.iso3, 'GOV');
}
