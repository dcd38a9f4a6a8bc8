/** #/ — every pair with its state, trust and a trust sparkline; a row opens the pair page. */
import { api } from '../api.js';
import { h, signed } from '../dom.js';
import { sparkline } from '../charts/sparkline.js';
import { STATE_COLORS, stateBadge, stateLegend } from '../states.js';

export async function overview(root: HTMLElement): Promise<void> {
  const { as_of, pairs } = await api.relations();
  root.append(h('h1', {}, 'Country pairs'), h('p', { class: 'muted' }, as_of ? `As of ${as_of} · ${pairs.length} pair(s)` : 'Nothing stored yet: ingest some articles first.'));
  if (pairs.length === 0) return;
  const table = h('table', { class: 'pairs' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Pair'), h('th', {}, 'State'), h('th', { class: 'num' }, 'Trust'), h('th', {}, 'Trend'), h('th', { class: 'num' }, 'Events'), h('th', { class: 'num' }, 'Tit-for-tat'))),
    h('tbody', {}, ...pairs.map((p) => {
      const href = `#/pair/${p.dyad[0]}/${p.dyad[1]}`;
      return h('tr', { 'data-pair': p.dyad.join('-'), onclick: () => { location.hash = href; } },
        h('td', {}, h('a', { href, class: 'pair-link' }, `${p.names[0]} – ${p.names[1]}`)),
        h('td', { title: p.state_reason }, stateBadge(p.state)),
        h('td', { class: 'num' }, signed(p.trust)),
        h('td', {}, sparkline(p.sparkline, STATE_COLORS[p.state] ?? '#555')),
        h('td', { class: 'num' }, p.events),
        h('td', { class: 'num' }, p.tit_for_tat),
      );
    })),
  );
  root.append(table, stateLegend());
}
