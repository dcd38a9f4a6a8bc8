/** #/articles — stored articles, newest first as the store lists them. */
import { api } from '../api.js';
import { h } from '../dom.js';

export async function articlesView(root: HTMLElement): Promise<void> {
  const { total, articles } = await api.articles();
  root.append(h('h1', {}, 'Articles'), h('p', { class: 'muted' }, `${total} stored`),
    h('table', { class: 'articles' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Published'), h('th', {}, 'Title'), h('th', {}, 'Outlet'), h('th', { class: 'num' }, 'Events'), h('th', { class: 'num' }, 'Quotes'))),
      h('tbody', {}, ...articles.map((a) => h('tr', {},
        h('td', { class: 'nowrap' }, a.published ?? '—'),
        h('td', {}, h('a', { href: `#/article/${encodeURIComponent(a.id)}` }, a.title ?? a.url ?? a.id)),
        h('td', {}, a.outlet ?? ''),
        h('td', { class: 'num' }, a.events),
        h('td', { class: 'num' }, a.quotes),
      ))),
    ));
}
