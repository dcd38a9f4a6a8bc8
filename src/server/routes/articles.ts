/** GET /api/articles, GET /api/articles/:id (text + coded sentence offsets), GET /api/quotes. */
import type { Hono } from 'hono';
import { formatQuote } from '../../quotes/format-quote.js';
import type { Deps } from '../deps.js';
import { PageQuery, QuoteQuery } from '../schemas.js';
import { parseInput } from '../parse-input.js';
import { HttpError } from '../http-error.js';

export function articleRoutes(app: Hono, d: Deps): void {
  app.get('/api/articles', async (c) => {
    const q = parseInput(PageQuery, c.req.query(), 'query');
    const [articles, counts] = await Promise.all([d.store.listArticles({ limit: q.limit, offset: q.offset }), d.store.counts()]);
    return c.json({ total: counts.articles, limit: q.limit, offset: q.offset, articles });
  });

  // Article ids are URLs: the client sends them percent-encoded, slashes included.
  app.get('/api/articles/:id{.+}', async (c) => {
    const id = c.req.param('id');
    const article = await d.store.getArticle(id);
    if (!article) throw new HttpError(404, `no article with id ${id}`);
    const [events, quotes] = await Promise.all([d.store.listEvents({ articleId: id }), d.store.listQuotes({ articleId: id })]);
    const sentences = events.flatMap((e) => e.evidences.filter((v) => v.articleId === id).map((v) => ({
      key: e.key, start: v.start, end: v.end, cameo: e.cameo, root: e.root, quad: e.quad, modality: e.modality, date: e.date,
      source: e.source.country ?? e.source.name, target: e.target ? e.target.country ?? e.target.name : null,
    })));
    return c.json({
      article: {
        id: article.id, url: article.url, title: article.title, published: article.published, outlet: article.outlet,
        byline: article.byline, text: article.text, paragraphs: article.paragraphs,
      },
      sentences: sentences.sort((a, b) => a.start - b.start),
      quotes: quotes.map(formatQuote),
    });
  });

  app.get('/api/quotes', async (c) => {
    const q = parseInput(QuoteQuery, c.req.query(), 'query');
    const quotes = await d.store.listQuotes({ articleId: q.article, speaker: q.speaker, country: q.country, limit: q.limit, offset: q.offset });
    return c.json({ limit: q.limit, offset: q.offset, quotes: quotes.map((x) => ({ ...formatQuote(x), articleId: x.articleId })) });
  });
}
