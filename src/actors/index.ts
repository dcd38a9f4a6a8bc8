/**
 * Public entry of the actors stage. TEMPORARY SIGNATURES: the actors work replaces the bodies;
 * the coder and the quote finder build against these signatures.
 */
import type { ActorMention, PlaceMention, Actor } from './types.js';
export type * from './types.js';

/** Every actor mention in `text`, longest match first, non-overlapping, in text order. */
export function findActorMentions(text: string): ActorMention[] {
  void text;
  return [];
}

/** Every place mention in `text` (countries, provinces, cities), in text order. */
export function findPlaceMentions(text: string): PlaceMention[] {
  void text;
  return [];
}

/** The country's actor (kind 'state', role null) by ISO3, or null. */
export function countryActor(iso3: string): Actor | null {
  void iso3;
  return null;
}

/** ISO3 of a country from a name, demonym ("Pakistani") or capital; null when none. */
export function countryOf(word: string): string | null {
  void word;
  return null;
}

/** ISO3 codes of the land neighbours of a country (world-countries `borders`). */
export function landNeighbours(iso3: string): string[] {
  void iso3;
  return [];
}
