/**
 * Words that end with a period without ending a sentence. Data, not code: add a word here when a
 * sentence is wrongly cut after it ("Mr. Syed", "Jan. 16", "U.S. officials").
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'gov', 'sen',
  'rep', 'rev', 'st', 'sr', 'jr', 'pres', 'amb', 'brig', 'cmdr', 'hon', 'messrs', 'mt', 'ft',
]);

/** Month abbreviations: "Jan. 16" never ends a sentence at "Jan.". */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Other abbreviations that are usually followed by more of the same sentence. */
export const OTHER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'vs', 'etc', 'approx', 'inc', 'corp', 'co', 'ltd', 'dept', 'est', 'min', 'fig', 'al',
]);
