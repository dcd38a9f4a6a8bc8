/**
 * A country and its neighbours on a map (d3-geo, world-atlas 1:50m shapes fetched on demand),
 * each neighbour colored by the state of its relation with the country.
 */
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import atlasUrl from 'world-atlas/countries-50m.json?url';
import type { CountryView } from '../api.js';
import { s } from '../dom.js';
import { NO_DATA, STATE_COLORS } from '../states.js';

type Shape = Feature<Geometry, { name: string }>;
let shapes: Promise<Shape[]> | null = null;

function loadShapes(): Promise<Shape[]> {
  shapes ??= fetch(atlasUrl).then((r) => r.json()).then((topo: Topology) => {
    const fc = feature(topo, topo.objects.countries as GeometryCollection<{ name: string }>) as FeatureCollection<Geometry, { name: string }>;
    return fc.features;
  });
  return shapes;
}

const W = 760, H = 420;

export async function worldMap(view: CountryView, onPick: (iso3: string) => void): Promise<SVGSVGElement> {
  const all = await loadShapes();
  const byNumeric = new Map(all.map((f) => [String(f.id), f]));
  const isoByNumeric = new Map<string, { iso3: string; state: string | null; name: string }>();
  for (const n of view.neighbours) if (n.numeric) isoByNumeric.set(n.numeric, { iso3: n.country, state: n.state, name: n.name });
  const focus = [view.numeric, ...view.neighbours.map((n) => n.numeric)].map((n) => (n ? byNumeric.get(n) : undefined)).filter((f): f is Shape => !!f);
  const projection = geoNaturalEarth1();
  if (focus.length) projection.fitExtent([[10, 10], [W - 10, H - 10]], { type: 'FeatureCollection', features: focus });
  const path = geoPath(projection);
  const svg = s('svg', { class: 'map', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `${view.name} and its neighbours` });
  svg.append(s('rect', { x: 0, y: 0, width: W, height: H, class: 'sea' }));
  for (const f of all) {
    const id = String(f.id);
    const d = path(f);
    if (!d) continue;
    const n = isoByNumeric.get(id);
    const self = id === view.numeric;
    const fill = self ? '#2b3440' : n ? (n.state ? STATE_COLORS[n.state] ?? NO_DATA : NO_DATA) : '#f4f5f7';
    const el = s('path', { d, fill, class: `land${self ? ' self' : ''}${n ? ' neighbour' : ''}`, 'data-numeric': id },
      s('title', {}, self ? view.name : n ? `${n.name}: ${n.state ?? 'no data'}` : f.properties?.name ?? ''));
    if (n) el.addEventListener('click', () => onPick(n.iso3));
    svg.append(el);
  }
  return svg;
}
