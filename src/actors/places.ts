/**
 * findPlaceMentions and placeIn. Rules:
 *   P1 longest place name in the gazetteer ("Sistan and Baluchestan", "Gaza Strip", "Peshawar")
 *   P2 a following "province"/"region"/... word joins the mention ("Balochistan province")
 *   P3 a country word right before or after picks the reading ("Iran's Balochistan" -> Sistan and Baluchestan;
 *      "Punjab, India" -> IND), else the nearest country named in the text, else the first reading
 *   P4 an ambiguous country name inside a longer proper name is not a place ("Michael Jordan")
 *   P5 a province or city name closing a longer Romance name is not that place: "Barra del
 *      Colorado" (Costa Rica) is not Colorado, "Villa de Mendoza" not Mendoza
 */
import type { Place, PlaceMention } from './types.js';
import { gazetteer, type PlaceRef } from './gazetteer/build.js';
import { tokenize, fold, type Token } from './text/tokens.js';
import { AMBIGUOUS_NAMES, NOT_NAME_WORDS } from './gazetteer/ambiguous.js';
import { REGION_IN_COUNTRY } from './gazetteer/regions.js';

const DIVISION_WORDS = new Set(['province', 'region', 'state', 'district', 'governorate', 'oblast', 'prefecture', 'territory', 'county', 'area']);

interface Raw {
  from: number;
  to: number;
  refs: PlaceRef[];
  /** ISO3 named right before/after ("Iran's", "of Iran"), when any. */
  hint: string | null;
}

/** Every place mention in `text` (countries, provinces, cities, regions), in text order. */
export function findPlaceMentions(text: string): PlaceMention[] {
  const g = gazetteer();
  const toks = tokenize(text);
  const raws: Raw[] = [];
  for (let i = 0; i < toks.length; ) {
    const m = toks[i].upper ? g.places.longest(toks, i) : null;
    if (!m || !plausiblePlace(toks, m.from, m.to, g)) {
      i++;
      continue;
    }
    if (m.values[0].blocked || tailOfLongerName(toks, m.from, m.values)) {
      i = m.to;
      continue;
    }
    let to = m.to;
    let refs = m.values;
    if (refs[0].place.kind !== 'country' && toks[to] && DIVISION_WORDS.has(toks[to].lower)) {
      to++;
      // "Herat province": the province, not the city of the same name.
      const provinces = (g.placesByName.get(refs[0].place.name.toLowerCase()) ?? []).filter((r) => r.place.kind === 'admin1');
      const same = provinces.filter((p) => refs.some((r) => r.place.country === p.place.country));
      if (refs[0].place.kind === 'city' && same.length > 0) refs = same;
    }
    raws.push({ from: i, to, refs, hint: hintAround(toks, i, to) });
    i = to;
  }
  const countriesAt = raws.filter((r) => r.refs[0].place.kind === 'country').map((r) => ({ at: toks[r.from].start, iso3: r.refs[0].place.country }));
  return raws.map((r) => {
    const start = toks[r.from].start;
    const end = toks[r.to - 1].end;
    return { start, end, text: text.slice(start, end), place: choose(r, start, countriesAt) };
  });
}

// Lower-case joints of Spanish, Portuguese, French and Italian place names.
const NAME_JOINTS = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'des', 'di', 'du', 'della', 'la', 'el', 'los', 'las']);

/** P5: "Barra del Colorado" - a joint and a capitalized word before a non-country place name. */
function tailOfLongerName(toks: readonly Token[], from: number, refs: readonly PlaceRef[]): boolean {
  if (refs.some((r) => r.place.kind === 'country')) return false;
  let k = from - 1;
  // "Puerto de la Cruz": up to two joints.
  for (let n = 0; n < 2 && k >= 0 && NAME_JOINTS.has(toks[k]!.key); n++) k--;
  if (k === from - 1 || k < 0) return false;
  const head = toks[k]!;
  return head.cap && !NOT_NAME_WORDS.has(head.key) && head.end + 1 >= toks[k + 1]!.start;
}

function plausiblePlace(toks: readonly Token[], from: number, to: number, g: ReturnType<typeof gazetteer>): boolean {
  const word = toks.slice(from, to).map((t) => t.key).join(' ');
  if (!AMBIGUOUS_NAMES.has(word)) return true;
  const prev = toks[from - 1];
  const next = toks[to];
  const unknown = (t: Token | undefined, at: number) => !!t && t.cap && !g.places.longest(toks, at) && !g.actors.longest(toks, at);
  if (prev?.key === ',' && from >= 2 && unknown(toks[from - 2], from - 2) && !NOT_NAME_WORDS.has(toks[from - 2].key)) return false; // "Atlanta, Georgia"
  const prevName = prev && !NOT_NAME_WORDS.has(prev.key) && prev.end + 1 >= toks[from].start && unknown(prev, from - 1);
  return !(prevName || (next && toks[to - 1].end + 1 >= next.start && unknown(next, to)));
}

/** The country a neighbouring word names: "Iran's X", "Iranian X", "X of Iran", "X, Iran". */
function hintAround(toks: readonly Token[], from: number, to: number): string | null {
  const g = gazetteer();
  const iso = (k: string) => g.countryWords.get(k.toLowerCase()) ?? null;
  if (from >= 3 && toks[from - 1].lower === 's' && toks[from - 2].key === "'") {
    const h = iso(toks[from - 3].key);
    if (h) return h;
  }
  if (from >= 1) {
    const h = iso(toks[from - 1].key);
    if (h && g.countries.get(h)?.demonym === toks[from - 1].key) return h;
  }
  const after = toks[to]?.key === ',' || toks[to]?.lower === 'of' ? toks[to + 1] : undefined;
  if (after) {
    const h = iso(after.key);
    if (h) return h;
  }
  return null;
}

function choose(r: Raw, at: number, countriesAt: { at: number; iso3: string }[]): Place {
  const name = r.refs[0].place.name;
  if (r.hint) {
    const hinted = r.refs.find((x) => x.place.country === r.hint) ?? null;
    if (hinted) return toPlace(hinted);
    const alias = placeIn(r.hint, name);
    if (alias && r.refs[0].place.kind !== 'country') return alias;
  }
  if (r.refs.length === 1) return toPlace(r.refs[0]);
  let best = r.refs[0];
  let bestDist = Infinity;
  for (const c of countriesAt) {
    const ref = r.refs.find((x) => x.place.country === c.iso3);
    if (ref && Math.abs(c.at - at) < bestDist) {
      best = ref;
      bestDist = Math.abs(c.at - at);
    }
  }
  return toPlace(best);
}

/** A fresh Place (callers may keep or change it) with one object shape. */
function toPlace(ref: PlaceRef): Place {
  const p = ref.place;
  const out: Place = { name: p.name, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon, kind: p.kind };
  if (ref.disputed) out.disputed = [...ref.disputed];
  return out;
}

/**
 * The place called `name` inside country `iso3`, or null: "Punjab" in PAK or IND; a region named
 * for another country's province ("Balochistan" in IRN is Sistan and Baluchestan).
 */
export function placeIn(iso3: string, name: string): Place | null {
  const g = gazetteer();
  const key = fold(name).toLowerCase();
  const refs = g.placesByName.get(key) ?? [];
  const hit = refs.find((r) => r.place.country === iso3);
  if (hit) return toPlace(hit);
  const canonical = refs[0]?.place.name ?? name;
  const alias = REGION_IN_COUNTRY[canonical]?.[iso3];
  if (!alias) return null;
  const aliasRefs = g.placesByName.get(alias.toLowerCase()) ?? [];
  const a = aliasRefs.find((r) => r.place.country === iso3);
  return a ? toPlace(a) : null;
}
