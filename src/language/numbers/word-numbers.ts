/** Number words -> value. Data. */
export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, a: 1, an: 1, single: 1, dozen: 12,
};
export const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, million: 1_000_000 };
/** Vague quantities: a lower bound, never an exact value. */
export const VAGUE: Readonly<Record<string, number>> = {
  dozens: 24, scores: 40, hundreds: 200, thousands: 2000, several: 3, many: 2, some: 2, few: 2, millions: 2_000_000,
};
export const QUALIFIERS: ReadonlyArray<[RegExp, string]> = [
  [/^at least$/i, 'at least'], [/^more than$/i, 'more than'], [/^over$/i, 'more than'],
  [/^about$/i, 'about'], [/^around$/i, 'about'], [/^nearly$/i, 'about'], [/^almost$/i, 'about'],
  [/^roughly$/i, 'about'], [/^some$/i, 'about'], [/^approximately$/i, 'about'], [/^up to$/i, 'up to'],
  [/^as many as$/i, 'up to'], [/^fewer than$/i, 'up to'], [/^less than$/i, 'up to'],
];
