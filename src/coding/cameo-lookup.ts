/**
 * The coder's window on the CAMEO table (src/coding/ontology/cameo.ts, generated from the
 * reference data). Goldstein weights, QuadClass and PLOVER types always come from there.
 */
import { cameoCode, isCameoCode } from './ontology/cameo.js';

export interface CameoFacts {
  code: string;
  name: string;
  goldstein: number;
  quad: 1 | 2 | 3 | 4;
  plover: string | null;
}

/** Thrown when a pattern names a code the CAMEO table does not have: a bug in the pattern. */
export class UnknownCameoCodeError extends Error {
  constructor(code: string) {
    super(`detente coding: unknown CAMEO code "${code}" (not in src/coding/ontology/cameo.ts)`);
    this.name = 'UnknownCameoCodeError';
  }
}

const cache = new Map<string, CameoFacts>();

/** Facts for a CAMEO code; throws UnknownCameoCodeError for a code the table does not list. */
export function cameoFacts(code: string): CameoFacts {
  const hit = cache.get(code);
  if (hit) return hit;
  if (!isCameoCode(code)) throw new UnknownCameoCodeError(code);
  const row = cameoCode(code);
  const facts: CameoFacts = { code, name: row.name, goldstein: row.goldstein, quad: row.quad, plover: row.plover };
  cache.set(code, facts);
  return facts;
}
