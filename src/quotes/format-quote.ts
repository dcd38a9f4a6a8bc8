/** A Quote as `detente quotes --format jsonl` prints it (CONTRACT.md): the contract's fields first, extras after. */
import type { Quote } from './types.js';

export interface QuoteJson {
  speaker: string | null;
  description: string | null;
  country: string | null;
  text: string;
  direct: boolean;
  attribution: string;
  start: number;
  end: number;
}

export function formatQuote(q: Quote): QuoteJson {
  return {
    speaker: q.speaker,
    description: q.description,
    country: q.country,
    text: q.text,
    direct: q.direct,
    attribution: q.attribution,
    start: q.start,
    end: q.end,
  };
}
