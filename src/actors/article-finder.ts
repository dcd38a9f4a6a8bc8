/**
 * A finder for one article: the same lookups as the module's functions, but actor mentions
 * share a person memory across sentences, so "Guyana's president, Irfaan Ali" lets a later
 * "Ali said" resolve to Guyana (resolver rule A8). Make one per article.
 */
import type { Actor, ActorMention, PlaceMention } from './types.js';
import { findActorMentions, newPersonMemory } from './resolver.js';
import { findPlaceMentions } from './places.js';
import { countryActor } from './countries.js';

export interface ArticleActorFinder {
  findActorMentions(text: string): ActorMention[];
  findPlaceMentions(text: string): PlaceMention[];
  countryActor(iso3: string): Actor | null;
}

/** A fresh finder whose actor mentions remember the people named so far (texts in article order). */
export function articleActorFinder(): ArticleActorFinder {
  const memory = newPersonMemory();
  return {
    findActorMentions: (text) => findActorMentions(text, memory),
    findPlaceMentions,
    countryActor,
  };
}
