import { syntheticArticles } from './src/bench/coder-throughput-corpus.ts';
import { codeArticle } from './src/coding/code-article.ts';
import { FAKE_ACTORS } from './src/coding/testing/fake-actors.ts';
import { findActorMentions, findPlaceMentions } from './src/actors/index.ts';
const corpus = syntheticArticles(200, 1);
// Cache the actor results so the profile shows only the coder's own work.
const cache = new Map(); const pcache = new Map();
const finder = { ...FAKE_ACTORS, findActorMentions: (t: string) => { let r = cache.get(t); if (!r) { r = FAKE_ACTORS.findActorMentions(t); cache.set(t, r); } return r; }, findPlaceMentions: (t: string) => { let r = pcache.get(t); if (!r) { r = FAKE_ACTORS.findPlaceMentions(t); pcache.set(t, r); } return r; } };
corpus.forEach(a => codeArticle(a, { actors: finder }));
const t = performance.now();
for (let k=0;k<5;k++) corpus.forEach(a => codeArticle(a, { actors: finder }));
console.log('coder own part', ((performance.now()-t)/5/corpus.length*1000).toFixed(0), 'us/article');
