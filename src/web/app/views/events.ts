/** #/events?q=… — searchable, filterable, paged event table. Filters live in the hash query. */
import { api } from '../api.js';
import { h } from '../dom.js';
import { actorLabel, isConflict } from '../states.js';

const PAGE = 50;

export async function eventsView(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const form = h('form', { class: 'filters', role: 'search' });
  const field = (name: string, label: string, placeholder: string) =>
    h('label', {}, label, h('input', { name, value: query.get(name) ?? '', placeholder, autocomplete: 'off' }));
  form.append(
    field('q', 'Text', 'words in the evidence'), field('pair', 'Pair', 'IRN,PAK'), field('country', 'Country', 'PAK'),
    field('root', 'CAMEO root', '19'), field('from', 'From', 'YYYY-MM-DD'), field('to', 'To', 'YYYY-MM-DD'),
    h('button', { type: 'submit' }, 'Search'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim()) q.set(k, String(v).trim());
    location.hash = `#/events?${q}`;
  });
  root.append(h('h1', {}, 'Events'), form);
  const params = new URLSearchParams(query);
  params.set('limit', String(PAGE));
  let data;
  try {
    data = await api.events(params);
  } catch (err) {
    root.append(h('p', { class: 'error' }, (err as Error).message));
    return;
  }
  const offset = Number(query.get('offset') ?? 0);
  root.append(h('p', { class: 'muted' }, `${data.total} event(s)${data.total > PAGE ? `, showing ${offset + 1}–${Math.min(offset + PAGE, data.total)}` : ''}`));
  root.append(h('table', { class: 'events' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Date'), h('th', {}, 'Who → whom'), h('th', {}, 'CAMEO'), h('th', {}, 'Modality'), h('th', { class: 'num' }, 'Dead'), h('th', {}, 'Evidence'), h('th', {}, 'Origin'))),
    h('tbody', {}, ...data.events.map((e) => h('tr', {},
      h('td', { class: 'nowrap' }, e.date ?? '—'),
      h('td', {}, e.source.country && e.target?.country && e.source.country !== e.target.country
        ? h('a', { href: `#/pair/${e.source.country}/${e.target.country}` }, `${actorLabel(e.source)} → ${actorLabel(e.target)}`)
        : `${actorLabel(e.source)} → ${actorLabel(e.target)}`),
      h('td', {}, h('span', { class: `dot ${isConflict(e.quad) ? 'conflict' : 'cooperation'}` }), h('code', {}, e.cameo), e.plover ? ` ${e.plover}` : ''),
      h('td', {}, e.modality),
      h('td', { class: 'num' }, e.fatalities ?? ''),
      h('td', { class: 'sentence-cell' }, e.evidence, ' ', e.evidences[0] && !e.evidences[0].imported ? h('a', { href: `#/article/${encodeURIComponent(e.evidences[0].articleId)}` }, 'article') : ''),
      h('td', {}, e.origin),
    ))),
  ));
  const page = (off: number, label: string) => {
    const q = new URLSearchParams(query);
    q.set('offset', String(off));
    return h('a', { href: `#/events?${q}`, class: 'pager' }, label);
  };
  root.append(h('p', {}, offset > 0 ? page(Math.max(0, offset - PAGE), '← newer') : '', ' ', offset + PAGE < data.total ? page(offset + PAGE, 'older →') : ''));
}
