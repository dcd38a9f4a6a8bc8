/** The CONTRACT shape of `detente relations --format json` (extra fields documented in docs/trust-index.md). */
import type { DyadReport } from './relations.js';
import { round } from './tit-for-tat.js';

/** One row of `detente relations --format json`. */
export interface RelationsJsonRow {
  dyad: [string, string];
  state: string;
  trust: number;
  events: number;
  tit_for_tat: { first: string; response: string; lag_days: number; intensity_ratio: number; initiator: string; responder: string }[];
  baseline: number;
  as_of: string;
  state_rule: string;
  state_reason: string;
  statements: { state: string; sentence: string; pattern: string }[];
  episodes: { opened: string; peak: string; closed: string | null; peak_trust: number; de_escalation: { date: string; cameo: string; rule: string }[] }[];
  outlook: null | {
    for: string[];
    against: string[];
    recovery: { expected: string; earliest: string; latest: string; basis: string } | null;
    note: string | null;
  };
}

/** Reports to CONTRACT rows; numbers rounded to 2 (trust) or 3 (ratios) decimals. */
export function toRelationsJson(reports: DyadReport[]): RelationsJsonRow[] {
  return reports.map((r) => ({
    dyad: r.dyad,
    state: r.state,
    trust: round(r.trust, 2),
    events: r.events,
    tit_for_tat: r.tit_for_tat.map((t) => ({ first: t.first, response: t.response, lag_days: t.lag_days, intensity_ratio: t.intensity_ratio, initiator: t.initiator, responder: t.responder })),
    baseline: round(r.baseline, 2),
    as_of: r.asOf,
    state_rule: r.stateRule.rule,
    state_reason: r.stateRule.reason,
    statements: r.statements.map((s) => ({ state: s.state, sentence: s.sentence, pattern: s.pattern })),
    episodes: r.episodes.map((e) => ({
      opened: e.opened, peak: e.peak, closed: e.closed, peak_trust: round(e.peakTrust, 2),
      de_escalation: e.deEscalation.map((s) => ({ date: s.date, cameo: s.cameo, rule: s.rule })),
    })),
    outlook: r.outlook && {
      for: r.outlook.evidenceFor.map((x) => x.text),
      against: r.outlook.evidenceAgainst.map((x) => x.text),
      recovery: r.outlook.estimate,
      note: r.outlook.note,
    },
  }));
}
