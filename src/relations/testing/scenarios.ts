/** Event sequences for relations tests, written as day offsets from 2024-03-01 ("AAA" and "BBB" are two states). */
import { addDays } from '../dates.js';
import type { RelationStatement } from '../../coding/types.js';
import { analyzeRelations, type DyadReport } from '../relations.js';
import { makeEvents, type EventSpec } from './make-events.js';

export const d = (n: number): string => addDays('2024-03-01', n);

/** An act of AAA towards BBB on day `day`. */
export const A = (cameo: string, day: number, extra: Partial<EventSpec> = {}): EventSpec => ({ dyad: 'AAA>BBB', cameo, date: d(day), ...extra });
/** An act of BBB towards AAA on day `day`. */
export const B = (cameo: string, day: number, extra: Partial<EventSpec> = {}): EventSpec => ({ dyad: 'BBB>AAA', cameo, date: d(day), ...extra });

/** A writer's word on the AAA-BBB relation ("Ties are hostile."), published on `published`. */
export function said(state: RelationStatement['state'], published = d(10)): RelationStatement {
  return { dyad: ['AAA', 'BBB'], state, sentence: `Ties are ${state}.`, articleId: 'a1', start: 0, end: 10, published, pattern: 'test' };
}

/** The AAA-BBB report for these acts and statements as of `asOf`. */
export function judge(specs: EventSpec[], asOf: string, statements: RelationStatement[] = []): DyadReport {
  const [r] = analyzeRelations(makeEvents(specs), statements, { asOf });
  return r;
}

/** One clash on day 0, nothing after. */
export const skirmish: EventSpec[] = [{ dyad: 'AAA>BBB', cameo: '190', date: d(0) }];

/** Each side answers the other within days, five acts in two weeks. */
export const spiral: EventSpec[] = [
  { dyad: 'AAA>BBB', cameo: '190', date: d(1) }, { dyad: 'BBB>AAA', cameo: '190', date: d(3) },
  { dyad: 'AAA>BBB', cameo: '195', date: d(6) }, { dyad: 'BBB>AAA', cameo: '183', date: d(10) },
  { dyad: 'AAA>BBB', cameo: '186', date: d(13) },
];

/** Strike and counter-strike, then a yield, a joint statement, a visit, an agreement and regular talks. */
export const recovery: EventSpec[] = [
  { dyad: 'AAA>BBB', cameo: '190', date: d(1) }, { dyad: 'BBB>AAA', cameo: '190', date: d(3) },
  { dyad: 'BBB>AAA', cameo: '080', date: d(5) }, { dyad: 'AAA>BBB', cameo: '050', date: d(8) },
  { dyad: 'AAA>BBB', cameo: '042', date: d(15) }, { dyad: 'BBB>AAA', cameo: '057', date: d(30) },
  ...[45, 60, 75, 90, 105, 120].map((n): EventSpec => ({ dyad: 'AAA>BBB', cameo: '040', date: d(n) })),
];

/** Half a year of weekly talks, then talks thin out and accusations take over; no hostile act. */
export const slowDeterioration: EventSpec[] = [
  ...Array.from({ length: 26 }, (_, w): EventSpec => ({ dyad: w % 2 ? 'AAA>BBB' : 'BBB>AAA', cameo: w % 3 ? '040' : '050', date: d(-200 + w * 7) })),
  ...Array.from({ length: 10 }, (_, w): EventSpec => ({ dyad: w % 2 ? 'AAA>BBB' : 'BBB>AAA', cameo: w < 3 ? '040' : w < 6 ? '111' : '112', date: d(-18 + w * 7) })),
];
