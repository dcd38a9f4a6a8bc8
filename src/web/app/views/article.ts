/**
 * #/article/<id> — the article text with coded sentences highlighted (and quotes underlined).
 * The text is cut at the sentence offsets and every piece is inserted as a text node.
 */
import { api, type ArticleView } from '../api.js';
import { h, isSafeHref } from '../dom.js';
import { isConflict } from '../states.js';

interface Mark { start: number; end: number; cls: string; title: string }

export async function articleView(root: HTMLElement, id: string): Promise<void> {
  const v = await api.article(id);
  const a = v.article;
  root.append(
    h('p', { class: 'crumbs' }, h('a', { href: '#/articles' }, 'Articles'), ' / ', a.title ?? a.id),
    h('h1', {}, a.title ?? '(untitled)'),
    h('p', { class: 'muted' }, [a.outlet, a.published].filter(Boolean).join(' · '), ' ',
      a.url && isSafeHref(a.url) ? h('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank' }, 'original') : ''),
    h('p', { class: 'legend-line' }, h('mark', { class: 'conflict' }, 'conflict event'), ' ', h('mark', { class: 'cooperation' }, 'cooperation event'), ' ', h('span', { class: 'quote' }, 'quote')),
    h('div', { class: 'article-text' }, ...paragraphs(v)),
  );
}

function paragraphs(v: ArticleView): HTMLElement[] {
  const marks: Mark[] = [
    ...v.sentences.map((s) => ({ start: s.start, end: s.end, cls: `coded ${isConflict(s.quad) ? 'conflict' : 'cooperation'}`, title: `${s.source} → ${s.target ?? '—'} CAMEO ${s.cameo} (${s.modality}${s.date ? `, ${s.date}` : ''})` })),
    ...v.quotes.map((q) => ({ start: q.start, end: q.end, cls: 'quote', title: `quote${q.speaker ? `: ${q.speaker}` : ''}` })),
  ];
  return v.article.paragraphs.map((p) => {
    const el = h(p.kind === 'heading' ? 'h3' : 'p', { class: `para ${p.kind}` });
    // Cut points: paragraph bounds and every mark bound inside it; each piece gets the marks covering it.
    const cuts = new Set([p.start, p.end]);
    for (const m of marks) for (const x of [m.start, m.end]) if (x > p.start && x < p.end) cuts.add(x);
    const sorted = [...cuts].sort((x, y) => x - y);
    for (let i = 0; i < sorted.length - 1; i++) {
      const from = sorted[i], to = sorted[i + 1];
      const text = v.article.text.slice(from, to);
      const on = marks.filter((m) => m.start <= from && m.end >= to);
      if (on.length === 0) el.append(document.createTextNode(text));
      else el.append(h('mark', { class: on.map((m) => m.cls).join(' '), title: on.map((m) => m.title).join('; ') }, text));
    }
    return el;
  });
}
