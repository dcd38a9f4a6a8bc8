/**
 * Person rules:
 *   A1 person-after-office  "former Pakistani Ambassador Husain Haqqani", "the Iranian foreign minister, Hossein Amir Abdollahian"
 *   A2 person-apposition    "Mushahid Hussain Syed, a Pakistani senator"; "Nasser Kanaani, spokesman for Iran's Foreign Ministry"
 */
import { nameEnd } from '../text/names.js';
import { personActor } from '../actor-factory.js';
import { actorAt, countryRef, knownPerson, possessive, sectorAfter, span, mention, type Ctx, type Hit } from './context.js';

/** A1: [former] [country word ['s]] office Name | office, Name, */
export function personAfterOffice(ctx: Ctx, i: number): Hit | null {
  let j = i;
  if (ctx.toks[j].lower === 'former' || ctx.toks[j].lower === 'ex') j++;
  const c = j < ctx.toks.length ? countryRef(ctx, j) : null;
  if (c) j = possessive(ctx, c.to);
  if (j >= ctx.toks.length) return null;
  const office = sectorAfter(ctx, j, c ? 3 : 0, !!c);
  if (!office || !office.entry.person) return null;
  if (!c && office.from !== i && !(i + 1 === office.from)) return null;
  let titled = ctx.toks[office.from].cap;
  let n0 = office.to;
  // "Army chief Gen. Asim Munir", "Foreign Minister Sen. X": a second title before the name.
  const second = n0 < ctx.toks.length ? ctx.g.sectors.longest(ctx.toks, n0) : null;
  if (second && second.values[0].person && ctx.toks[n0].cap) {
    n0 = second.to;
    titled = true;
  }
  if (ctx.toks[n0]?.key === '.' && ctx.toks[n0 - 1].end === ctx.toks[n0].start) n0++;
  let nEnd = -1;
  const stop = (k: number) => !!countryRef(ctx, k);
  if (ctx.toks[n0]?.key === ',') {
    // "the army chief, General Asim Munir,": a title may open the appositive.
    let k = n0 + 1;
    const title = k < ctx.toks.length ? ctx.g.sectors.longest(ctx.toks, k) : null;
    if (title && title.values[0].person && ctx.toks[k].cap) k = title.to;
    if (ctx.toks[k]?.key === '.' && ctx.toks[k - 1].end === ctx.toks[k].start) k++;
    nEnd = nameEnd(ctx.toks, k, 2, stop, ctx.text);
    const after = ctx.toks[nEnd];
    if (nEnd > 0 && after && ![',', '.', ';', ')', '('].includes(after.key) && after.cap) nEnd = -1;
    if (nEnd > 0) n0 = k;
  } else {
    nEnd = nameEnd(ctx.toks, n0, titled ? 1 : 2, stop, ctx.text);
  }
  const officeText = ctx.text.slice(ctx.toks[office.from].start, ctx.toks[office.to - 1].end).toLowerCase();
  let iso3 = c ? c.ref.iso3 : null;
  if (nEnd > 0) {
    let name = ctx.text.slice(ctx.toks[n0].start, ctx.toks[nEnd - 1].end);
    const known = knownPerson(ctx, n0, nEnd);
    if (known) {
      name = known.name;
      iso3 ??= known.country;
    }
    let end = nEnd;
    // "President Levy Mwanawasa of Zambia"
    if (ctx.toks[nEnd]?.lower === 'of' && !iso3) {
      const of = nEnd + 1 < ctx.toks.length ? countryRef(ctx, nEnd + 1) : null;
      if (of && of.ref.via !== 'demonym') {
        iso3 = of.ref.iso3;
        end = of.to;
      }
    }
    return { mention: mention(ctx, i, end, [personActor(name, iso3, office.entry.sector, officeText)], 'person'), next: end };
  }
  if (!c) return null;
  const s = span(ctx, c.from, office.to);
  return { mention: mention(ctx, c.from, office.to, [personActor(s.text, iso3, office.entry.sector, officeText)], 'office'), next: office.to };
}

/** A2: Name, [a|an|the] [former] country word ['s] [modifiers] office */
export function personApposition(ctx: Ctx, i: number): Hit | null {
  if (!ctx.toks[i].cap) return null;
  const lead = actorAt(ctx, i);
  if (lead && lead.values[0].type !== 'person') return null;
  const nEnd = nameEnd(ctx.toks, i, 2, undefined, ctx.text);
  if (nEnd < 0 || ctx.toks[nEnd]?.key !== ',') return null;
  let j = nEnd + 1;
  if (['a', 'an', 'the'].includes(ctx.toks[j]?.lower)) j++;
  if (['former', 'ex'].includes(ctx.toks[j]?.lower)) j++;
  const name = knownPerson(ctx, i, nEnd)?.name ?? ctx.text.slice(ctx.toks[i].start, ctx.toks[nEnd - 1].end);
  const c = j < ctx.toks.length ? countryRef(ctx, j) : null;
  if (!c) return officeForCountry(ctx, i, j, name);
  const k = possessive(ctx, c.to);
  const office = k < ctx.toks.length ? sectorAfter(ctx, k, 4, true) : null;
  if (!office || !office.entry.person) return null;
  const officeText = ctx.text.slice(ctx.toks[office.from].start, ctx.toks[office.to - 1].end).toLowerCase();
  return { mention: mention(ctx, i, office.to, [personActor(name, c.ref.iso3, office.entry.sector, officeText)], 'person'), next: office.to };
}

/** A2b: Name, [a] office for|of [the] country ['s ...] ("Nasser Kanaani, spokesman for Iran's Foreign Ministry"). */
function officeForCountry(ctx: Ctx, i: number, j: number, name: string): Hit | null {
  const office = j < ctx.toks.length ? sectorAfter(ctx, j, 3) : null;
  if (!office || !office.entry.person) return null;
  let k = office.to;
  // Not "to": an ambassador to Pakistan serves another state.
  if (ctx.toks[k]?.lower !== 'for' && ctx.toks[k]?.lower !== 'of') return null;
  k++;
  if (ctx.toks[k]?.lower === 'the') k++;
  const c = k < ctx.toks.length ? countryRef(ctx, k) : null;
  if (!c) return null;
  const officeText = ctx.text.slice(ctx.toks[office.from].start, ctx.toks[office.to - 1].end).toLowerCase();
  return { mention: mention(ctx, i, c.to, [personActor(name, c.ref.iso3, office.entry.sector, officeText)], 'person'), next: c.to };
}
