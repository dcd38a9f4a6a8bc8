/**
 * actors.dependency-sovereign: a dependent territory has no foreign policy of its own - "Spain
 * closed its border with Gibraltar", "Argentine jets flew over the Falklands" are acts on the
 * state that holds it. As an actor (and as the country of an unnamed target taken from a place)
 * a dependency is its sovereign; as a place it stays itself. world-countries marks these
 * territories only as not independent, so the sovereign is listed here. Left out: Taiwan,
 * Palestine, Kosovo and Western Sahara (the question is the dispute), Hong Kong and Macau (coded
 * as their own actors in event data), Antarctica (no sovereign).
 */
export const SOVEREIGN_OF: Readonly<Record<string, string>> = {
  // British overseas territories and Crown dependencies.
  GIB: 'GBR', FLK: 'GBR', BMU: 'GBR', CYM: 'GBR', VGB: 'GBR', AIA: 'GBR', MSR: 'GBR', TCA: 'GBR',
  SHN: 'GBR', IOT: 'GBR', SGS: 'GBR', PCN: 'GBR', GGY: 'GBR', JEY: 'GBR', IMN: 'GBR',
  // French overseas departments and collectivities.
  GLP: 'FRA', GUF: 'FRA', MTQ: 'FRA', MYT: 'FRA', REU: 'FRA', NCL: 'FRA', PYF: 'FRA', SPM: 'FRA',
  BLM: 'FRA', MAF: 'FRA', WLF: 'FRA', ATF: 'FRA',
  // United States territories.
  PRI: 'USA', GUM: 'USA', ASM: 'USA', MNP: 'USA', VIR: 'USA', UMI: 'USA',
  // The Kingdom of the Netherlands, Denmark, Australia, New Zealand, Norway, Finland.
  ABW: 'NLD', CUW: 'NLD', SXM: 'NLD', BES: 'NLD', FRO: 'DNK', GRL: 'DNK',
  CCK: 'AUS', CXR: 'AUS', NFK: 'AUS', HMD: 'AUS', COK: 'NZL', NIU: 'NZL', TKL: 'NZL',
  SJM: 'NOR', BVT: 'NOR', ALA: 'FIN',
};
