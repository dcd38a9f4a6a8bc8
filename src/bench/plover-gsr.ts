/**
 * Reads the PLOVER gold-standard records (../shared/eval/event-coding/plover-gsr): one sentence each,
 * with the PLOVER event type and the source and target actors' country codes.
 */
import { readFileSync } from 'node:fs';

export interface GoldRecord {
  id: string;
  text: string;
  event: string;
  mode: string | null;
  sources: string[];
  targets: string[];
}

interface RawActor {
  code?: string;
}
interface RawRecord {
  id: string;
  event: string;
  text?: string;
  mode?: string;
  source?: RawActor[] | RawActor | string;
  target?: RawActor[] | RawActor | string;
}

/** Most records list actors as an array; a few give one object or a bare string. */
function codes(actors: RawRecord['source']): string[] {
  if (actors == null || typeof actors === 'string') return [];
  return (Array.isArray(actors) ? actors : [actors]).map((a) => a.code ?? '').filter(Boolean);
}

/** The file is a sequence of JSON objects separated by commas, not one array: wrap it. */
export function readGoldRecords(path: string): GoldRecord[] {
  const raw = readFileSync(path, 'utf8').trim().replace(/,\s*$/, '');
  let parsed: unknown = JSON.parse(`[${raw}]`);
  while (Array.isArray(parsed) && parsed.length === 1 && Array.isArray(parsed[0])) parsed = parsed[0];
  return (parsed as RawRecord[])
    .filter((r) => r.text && r.event !== 'DOCUMENT')
    .map((r) => ({
      id: r.id,
      text: r.text!,
      event: r.event,
      mode: r.mode || null,
      sources: codes(r.source),
      targets: codes(r.target),
    }));
}
