/** #/country/ISO3 — the country and its neighbours on a map, colored by relation state, with a table. */
import { api } from '../api.js';
import { h, signed } from '../dom.js';
import { worldMap } from '../charts/world-map.js';
import { stateBadge, stateLegend } from '../states.js';

export async function countryView(root: HTMLElement, iso3: string): Promise<void> {
  const v = await api.country(iso3);
  const mapBox = h('div', { class: 'map-box' }, h('p', { class: 'muted' }, 'loading map…'));
  root.append(
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Pairs'), ' / ', v.name),
    h('h1', {}, `${v.name} and its neighbours`),
    mapBox, stateLegend(),
    h('table', { class: 'neighbours' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Neighbour'), h('th', {}, 'State'), h('th', { class: 'num' }, 'Trust'), h('th', { class: 'num' }, 'Events'), h('th', {}, 'Latest'))),
      h('tbody', {}, ...v.neighbours.map((n) => h('tr', {},
        h('td', {}, n.events ? h('a', { href: `#/pair/${v.country}/${n.country}` }, n.name) : n.name),
        h('td', {}, stateBadge(n.state)),
        h('td', { class: 'num' }, n.trust == null ? '—' : signed(n.trust)),
        h('td', { class: 'num' }, n.events),
        h('td', { class: 'latest' }, n.last_events[0] ? `${n.last_events[0].date}: ${n.last_events[0].evidence}` : ''),
      ))),
    ),
  );
  const others = v.partners.filter((p) => !v.neighbours.some((n) => p.dyad.includes(n.country)));
  if (others.length) {
    root.append(h('h2', {}, 'Other pairs'), h('ul', {}, ...others.map((p) => h('li', {}, h('a', { href: `#/pair/${p.dyad[0]}/${p.dyad[1]}` }, `${p.names[0]} – ${p.names[1]}`), ' ', stateBadge(p.state)))));
  }
  try {
    mapBox.replaceChildren(await worldMap(v, (other) => { location.hash = `#/country/${other}`; }));
  } catch (err) {
    mapBox.replaceChildren(h('p', { class: 'error' }, `map unavailable: ${(err as Error).message}`));
  }
}
