/** Crisis episodes of a dyad: open when trust breaks below the baseline, peak, close on return. */
import type { CodedEvent } from '../coding/types.js';
import { withDefaults } from './dates.js';
import { deEscalationRule } from './de-escalation.js';
import { eventWeight } from './dyad.js';
import { isHostile } from './tit-for-tat.js';
import type { TrustSeries } from './trust-index.js';

export interface EpisodeOptions {
  /** A crisis opens when trust − baseline ≤ −openDrop. Default 0.2. */
  openDrop?: number;
  /** It closes when trust − baseline ≥ −epsilon again, after the peak. Default 0.1. */
  epsilon?: number;
}

export const EPISODE_DEFAULTS: Required<EpisodeOptions> = { openDrop: 0.2, epsilon: 0.1 };

/** A marked event inside an episode. */
export interface EpisodeStep {
  date: string;
  key: string;
  cameo: string;
  source: string | null;
  target: string | null;
  /** De-escalation rule id (de-escalation.ts) or "hostile". */
  rule: string;
  label: string;
}

export interface Episode {
  /** First day trust fell openDrop below the baseline. */
  opened: string;
  /** Day of the lowest trust − baseline. */
  peak: string;
  peakTrust: number;
  peakDeviation: number;
  /** First day after the peak back within epsilon of the baseline; null while still open. */
  closed: string | null;
  /** Hostile acts from the opening on (escalation). */
  hostile: EpisodeStep[];
  /** De-escalation steps from the opening on (de-escalation.ts). */
  deEscalation: EpisodeStep[];
}

function step(e: CodedEvent, rule: string, label: string): EpisodeStep {
  return { date: e.date!, key: e.key, cameo: e.cameo, source: e.source?.country ?? null, target: e.target?.country ?? null, rule, label };
}

/** Episodes in a dyad's trust series; `events` are the dyad's events, used to mark steps. */
export function findEpisodes(series: TrustSeries, events: CodedEvent[], opts?: EpisodeOptions): Episode[] {
  const o = withDefaults(EPISODE_DEFAULTS, opts);
  const out: Episode[] = [];
  let cur: Episode | null = null;
  for (const p of series.points) {
    const dev = p.trust - p.baseline;
    if (!cur) {
      if (dev <= -o.openDrop) cur = { opened: p.date, peak: p.date, peakTrust: p.trust, peakDeviation: dev, closed: null, hostile: [], deEscalation: [] };
      continue;
    }
    if (dev < cur.peakDeviation) {
      cur.peak = p.date;
      cur.peakTrust = p.trust;
      cur.peakDeviation = dev;
    } else if (dev >= -o.epsilon) {
      cur.closed = p.date;
      out.push(cur);
      cur = null;
    }
  }
  if (cur) out.push(cur);
  const dated = events.filter((e) => e.date && eventWeight(e) > 0).sort((a, b) => a.date!.localeCompare(b.date!));
  for (const ep of out) {
    for (const e of dated) {
      if (e.date! < ep.opened || (ep.closed && e.date! > ep.closed)) continue;
      if (isHostile(e)) ep.hostile.push(step(e, 'hostile', `hostile act (${e.cameo})`));
      const r = deEscalationRule(e);
      if (r) ep.deEscalation.push(step(e, r.id, r.label));
    }
  }
  return out;
}
