/** Builds Actor values from gazetteer entries, so every rule makes them the same way. */
import { SOVEREIGN_OF } from './gazetteer/sovereigns.js';
import type { Actor, Sector } from './types.js';
import type { GroupEntry } from './gazetteer/armed-groups.js';
import type { OrgEntry } from './gazetteer/organisations.js';
import { gazetteer } from './gazetteer/build.js';

/** The state actor of `iso3` with an optional sector; null for an unknown code. */
export function stateActor(iso3: string, role: Sector | null = null): Actor | null {
  const c = gazetteer().countries.get(iso3);
  // A dependency acts through its sovereign; its own name is kept for display.
  return c ? { name: c.name, country: SOVEREIGN_OF[c.iso3] ?? c.iso3, role, kind: 'state' } : null;
}

/** A named non-state group (country null unless it governs a state, e.g. the Taliban). */
export function groupActor(g: GroupEntry): Actor {
  return { name: g.name, country: g.country, role: g.role, kind: 'group', operatesIn: [...g.operatesIn], home: g.home };
}

/** A person, or an unnamed office holder (then `name` is the phrase as written). */
export function personActor(name: string, country: string | null, role: Sector | null, office: string | null): Actor {
  return { name, country, role, kind: 'person', office };
}

/** An international body, unrecognised authority or unnamed attackers: country null, named. */
export function orgActor(o: OrgEntry): Actor {
  return { name: o.name, country: o.country, role: o.role, kind: o.kind };
}
