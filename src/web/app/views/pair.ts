/** #/pair/A/B — trust over time with events marked, evidence beside it, outlook below. */
import { api, type PairDetail } from '../api.js';
import { h, signed } from '../dom.js';
import { chartLegend, trustChart } from '../charts/trust-chart.js';
import { stateBadge } from '../states.js';
import { eventCard } from './evidence.js';

export async function pairView(root: HTMLElement, a: string, b: string): Promise<void> {
  const p = await api.dyad(a, b);
  const side = h('aside', { class: 'evidence-panel', id: 'evidence' });
  const explainBox = h('div', { class: 'explain' });

  const show = (key: string | null) => {
    const chosen = key ? p.event_list.filter((e) => e.key === key) : p.event_list;
    side.replaceChildren(h('h2', {}, key ? 'Evidence for the selected event' : 'Evidence'), ...chosen.map((e) => eventCard(e, !!key)));
    if (key) side.append(h('button', { type: 'button', class: 'link', onclick: () => show(null) }, 'show all events'));
    for (const m of root.querySelectorAll('.marker')) m.classList.toggle('active', m.getAttribute('data-key') === key);
    const date = chosen[0]?.date;
    explainBox.replaceChildren(...(key && date ? explainView(p, date) : []));
  };

  root.append(
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Pairs'), ' / ', `${p.names[0]} – ${p.names[1]}`),
    h('h1', {}, `${p.names[0]} – ${p.names[1]} `, stateBadge(p.state)),
    h('p', { class: 'summary' },
      `Trust ${signed(p.trust)} (baseline ${signed(p.baseline)}) as of ${p.as_of} · ${p.events} event(s) · `,
      `${p.tit_for_tat} tit-for-tat exchange(s) · ${p.episodes} crisis episode(s). `,
      h('span', { class: 'muted' }, p.state_reason),
      ' ', h('a', { href: `#/country/${p.dyad[0]}` }, p.names[0]), ' · ', h('a', { href: `#/country/${p.dyad[1]}` }, p.names[1]),
    ),
    h('div', { class: 'pair-grid' },
      h('section', { class: 'chart-col' }, trustChart(p, show), chartLegend(), explainBox, outlookView(p), exchanges(p)),
      side,
    ),
  );
  show(null);
}

function explainView(p: PairDetail, date: string): HTMLElement[] {
  const x = p.explain[date];
  if (!x) return [];
  const byKey = new Map(p.event_list.map((e) => [e.key, e]));
  return [
    h('h3', {}, `Why trust was ${signed(x.trust)} on ${date}`),
    h('ul', {}, h('li', {}, `baseline share ${signed(x.baseline_term)}`), ...x.top.map((t) => {
      const e = byKey.get(t.key);
      return h('li', {}, `${signed(t.contribution)} from ${t.source ?? '?'} → ${t.target ?? '?'} ${t.cameo}${e?.date ? ` (${e.date})` : ''}`);
    })),
  ];
}

function outlookView(p: PairDetail): HTMLElement {
  const o = p.outlook;
  if (!o) return h('div', {});
  const items = (title: string, list: { date: string | null; text: string }[]) =>
    list.length ? h('div', {}, h('h4', {}, title), h('ul', {}, ...list.map((i) => h('li', {}, i.date && !i.text.startsWith(i.date) ? `${i.date}: ` : '', i.text)))) : '';
  return h('section', { class: 'outlook' },
    h('h2', {}, 'Outlook'),
    o.estimate ? h('p', {}, `Trust expected back at its baseline around ${o.estimate.expected} (range ${o.estimate.earliest} – ${o.estimate.latest}). `, h('span', { class: 'muted' }, o.estimate.basis)) : '',
    o.note ? h('p', { class: 'muted' }, o.note) : '',
    h('div', { class: 'two' }, items('For recovery', o.evidenceFor), items('Against recovery', o.evidenceAgainst)),
  );
}

function exchanges(p: PairDetail): HTMLElement {
  if (p.tit_for_tat_list.length === 0) return h('div', {});
  return h('section', {}, h('h2', {}, 'Tit-for-tat'), h('ul', {}, ...p.tit_for_tat_list.map((t) =>
    h('li', {}, `${t.initiator} on ${t.first}, answered by ${t.responder} on ${t.response} (${t.lag_days} day(s), intensity ×${t.intensity_ratio})`))));
}
