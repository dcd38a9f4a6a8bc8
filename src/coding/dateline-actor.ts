/**
 * actor.dateline: a wire dateline ("WASHINGTON —", "KYIV, Nov 27 (Reuters) -") names the city a
 * report was filed from, not a party to anything the sentence tells. A capital there would
 * otherwise read as the sentence's first actor - its subject - and "WASHINGTON — China lodged a
 * protest with the United States, accusing Washington of …" would give the accusation to the
 * United States.
 */
import type { ActorMention } from '../actors/types.js';
import { DATELINE_START } from '../ingest/extract/text-boilerplate.js';

/** `mentions` without those lying inside a dateline that opens `text`. */
export function withoutDateline(text: string, mentions: ActorMention[]): ActorMention[] {
  if (!mentions.length || mentions[0]!.start > 2) return mentions;
  const line = DATELINE_START.exec(text);
  // A dateline is written in capitals: "US - China talks resume" opens on a name, not a dateline.
  if (!line || !/^[^a-z]*[A-Z]{3}/.test(text.slice(0, mentions[0]!.end))) return mentions;
  const end = line[0].length;
  return mentions.filter((m) => m.end > end);
}
