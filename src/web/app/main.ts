/** Hash router of the dashboard: #/, #/pair/A/B, #/country/X, #/events?…, #/articles, #/article/<id>. */
import { h } from './dom.js';
import { overview } from './views/overview.js';
import { pairView } from './views/pair.js';
import { countryView } from './views/country.js';
import { eventsView } from './views/events.js';
import { articleView } from './views/article.js';
import { articlesView } from './views/articles.js';

const view = document.getElementById('view')!;
let generation = 0;

async function route(): Promise<void> {
  const mine = ++generation;
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, qs] = hash.split('?', 2);
  const parts = path.split('/').filter(Boolean);
  const root = h('div', { class: 'page' });
  view.replaceChildren(h('p', { class: 'muted' }, 'loading…'));
  document.querySelectorAll('nav a').forEach((a) => a.classList.toggle('current', a.getAttribute('data-nav') === (parts[0] ?? 'overview')));
  try {
    if (parts.length === 0) await overview(root);
    else if (parts[0] === 'pair' && parts.length === 3) await pairView(root, parts[1], parts[2]);
    else if (parts[0] === 'country' && parts.length === 2) await countryView(root, parts[1]);
    else if (parts[0] === 'events') await eventsView(root, new URLSearchParams(qs ?? ''));
    else if (parts[0] === 'articles') await articlesView(root);
    else if (parts[0] === 'article' && parts.length >= 2) await articleView(root, decodeURIComponent(path.slice('/article/'.length)));
    else root.append(h('h1', {}, 'Not found'), h('p', {}, h('a', { href: '#/' }, 'back to the pairs')));
  } catch (err) {
    root.append(h('p', { class: 'error' }, (err as Error).message));
  }
  // A slower earlier page must not replace a newer one.
  if (mine === generation) view.replaceChildren(root);
  document.body.dataset.ready = String(mine);
}

window.addEventListener('hashchange', () => void route());
void route();
