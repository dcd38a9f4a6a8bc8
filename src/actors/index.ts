/** Public entry of the actors stage: re-exports only. */
export type * from './types.js';
export { findActorMentions, newPersonMemory, type PersonMemory } from './resolver.js';
export { articleActorFinder } from './article-finder.js';
export { findPlaceMentions, placeIn } from './places.js';
export { resolvePair } from './pair-resolution.js';
export { countryActor, countryOf, landNeighbours, countryName, countryCentroid } from './countries.js';
