/** Types at the actors → coding boundary. */

/** CAMEO-style sector codes used for actor roles. */
export type Sector =
  | 'GOV' | 'MIL' | 'REB' | 'OPP' | 'MED' | 'CVL' | 'COP' | 'JUD' | 'LEG' | 'BUS'
  | 'EDU' | 'REF' | 'SPY' | 'IGO' | 'NGO' | 'INS' | 'SEP' | 'UAF' | 'ELI' | 'LAB' | 'HLH';

export type ActorKind = 'state' | 'group' | 'person' | 'org';

/** Who acts or is acted upon. */
export interface Actor {
  /** Display name: the country's common name, the group's name or the person's full name. */
  name: string;
  /** ISO 3166-1 alpha-3, or null for an actor with no state (an armed group operating across borders). */
  country: string | null;
  /** Sector, or null when only the country is known. */
  role: Sector | null;
  kind: ActorKind;
  /** For persons: the office as written ("foreign minister"). */
  office?: string | null;
  /** For groups: the countries it operates in. */
  operatesIn?: string[];
  /** For groups: the country it comes from or claims, when `country` is null (e.g. TTP: PAK). */
  home?: string | null;
}

/** A span of text that names an actor. Offsets are inside the text that was searched. */
export interface ActorMention {
  start: number;
  end: number;
  text: string;
  /** One actor, or two for plural references such as "the two neighbours" / "both countries". */
  actors: Actor[];
  /** 'name' (Iran), 'demonym' (Iranian officials), 'capital' (Tehran), 'group', 'person', 'office', 'pair'. */
  via: 'name' | 'demonym' | 'capital' | 'group' | 'person' | 'office' | 'pair' | 'pronoun';
  /** Id of the resolver rule that produced the mention ("A1 person-after-office"), for tracing. */
  rule?: string;
}

/** A resolved place. */
export interface Place {
  name: string;
  /** ISO3 of the country it lies in. */
  country: string;
  /** First-level division (province/state) name, or null when the place is the country itself. */
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  kind: 'country' | 'admin1' | 'city' | 'region';
  /** For a disputed region (Kashmir, Crimea): every claimant's ISO3; `country` is the administering one. */
  disputed?: string[];
}

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  place: Place;
}
