/**
 * ref.office-anaphor: an office named without its holder's name - "The Minister also demanded an
 * explanation", "the Head of State said", "the Prime Minister had belittled the matter" - is the
 * person the article named last with an office of the same kind ("Minister of Foreign Affairs
 * Marty Natalegawa" … "The Minister"). Reporting, translated agency prose above all, names an
 * official once in full and then by office alone.
 *
 * Offices fall into a few kinds so that "the Minister" finds a foreign minister and "the Head of
 * State" a president or king, while "the Minister" never finds a prime minister and "the
 * President" never a vice president (English names those by their full office).
 */
import type { Actor, ActorMention } from '../actors/types.js';

/** The kind of office, or null for an office no anaphor here names. */
export function officeKind(office: string | null | undefined): string | null {
  if (!office) return null;
  const o = office.toLowerCase();
  if (/\b(?:vice|deputy|assistant|former|ex)\b|\bvice-/.test(o)) return null;
  if (/\b(?:prime minister|premier)\b/.test(o)) return 'head-of-government';
  if (/\bminister\b/.test(o)) return 'minister';
  if (/\b(?:president|king|emir|sultan|head of state)\b/.test(o)) return 'head-of-state';
  if (/\b(?:ambassador|envoy|high commissioner)\b/.test(o)) return 'ambassador';
  if (/\bspokes(?:person|man|woman)\b/.test(o)) return 'spokesperson';
  return null;
}

// "the Minister", "the Foreign Minister", "the president", "the Head of State", "the envoy":
// the office alone after "the", not a title before a name ("the President Lee …" is matched by
// the actors stage) nor an office of something named after it ("the president of the commission").
const OFFICE_ANAPHOR =
  /\b[Tt]he\s+((?:(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior)\s+)?[Mm]inister|[Pp]rime\s+[Mm]inister|[Pp]remier|[Pp]resident|[Hh]ead\s+of\s+[Ss]tate|[Kk]ing|[Aa]mbassador|[Ee]nvoy|[Ss]pokes(?:person|man|woman))\b(?!\s+(?:of\b|for\b|\p{Lu})|['’]s?\s+(?:office|palace|residence)|-)/gu;
// A cheap necessary condition for OFFICE_ANAPHOR (it runs on every sentence).
const MAY_NAME_OFFICE = /inister|remier|resident|ead of|[Kk]ing\b|mbassador|nvoy|pokes/;

/** The person of this office kind named last in `mentions` before `at`, if any. */
function holderBefore(mentions: ActorMention[], at: number, kind: string): Actor | null {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.end > at || m.actors.length !== 1) continue;
    const a = m.actors[0]!;
    if (a.kind === 'person' && a.name && officeKind(a.office) === kind) return a;
  }
  return null;
}

/**
 * The office anaphors in `text` and the persons they name: the holder named earlier in the same
 * sentence, else the one named last in the article (`earlier`: the latest holder of each kind).
 */
export function officeAnaphors(text: string, mentions: ActorMention[], earlier: (kind: string) => Actor | null): Array<{ start: number; end: number; actor: Actor }> {
  const out: Array<{ start: number; end: number; actor: Actor }> = [];
  if (!MAY_NAME_OFFICE.test(text)) return out;
  OFFICE_ANAPHOR.lastIndex = 0;
  for (let m = OFFICE_ANAPHOR.exec(text); m; m = OFFICE_ANAPHOR.exec(text)) {
    const kind = officeKind(m[1]!.replace(/\s+/g, ' '));
    if (!kind) continue;
    const actor = holderBefore(mentions, m.index, kind) ?? earlier(kind);
    if (actor) out.push({ start: m.index, end: m.index + m[0].length, actor: { ...actor } });
  }
  return out;
}
