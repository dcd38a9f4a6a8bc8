/** Look-ups over the generated CAMEO table: code -> name, root, QuadClass, Goldstein, PLOVER. */
import { CAMEO_CODES } from './cameo-codes.js';
import type { CameoCode, QuadClass } from './cameo-types.js';

export type { CameoCode, QuadClass } from './cameo-types.js';

/** Thrown for a string that is not a CAMEO event code. */
export class UnknownCameoCodeError extends Error {
  constructor(readonly code: string) {
    super(`detente: unknown CAMEO event code ${JSON.stringify(code)} (expected 2–4 digits from the CAMEO table, e.g. "195")`);
    this.name = 'UnknownCameoCodeError';
  }
}

const BY_CODE: ReadonlyMap<string, CameoCode> = new Map(CAMEO_CODES.map((c) => [c.code, c]));

/** Every code, in code order. */
export function allCameoCodes(): readonly CameoCode[] {
  return CAMEO_CODES;
}

/** True when `code` is in the CAMEO table. */
export function isCameoCode(code: string): boolean {
  return BY_CODE.has(code);
}

/** The table row for `code`; throws UnknownCameoCodeError for an unknown code. */
export function cameoCode(code: string): CameoCode {
  const c = BY_CODE.get(code);
  if (!c) throw new UnknownCameoCodeError(code);
  return c;
}

/** The two-digit root ("195" -> "19"); throws for an unknown code. */
export function rootOf(code: string): string {
  return cameoCode(code).code.slice(0, 2);
}

/** QuadClass 1–4 (GDELT scheme); throws for an unknown code. */
export function quadOf(code: string): QuadClass {
  return cameoCode(code).quad;
}

/** Goldstein weight (GDELT scheme); throws for an unknown code. */
export function goldsteinOf(code: string): number {
  return cameoCode(code).goldstein;
}

/**
 * PLOVER event type for a code, or null when PLOVER has none (e.g. the 01 and 02 families).
 * A code missing from the PLOVER table falls back to its parent ("0231" -> "023" -> "02").
 */
export function ploverOf(code: string): string | null {
  for (let c = cameoCode(code).code; c.length >= 2; c = c.slice(0, -1)) {
    const row = BY_CODE.get(c);
    if (row?.plover) return row.plover;
  }
  return null;
}
