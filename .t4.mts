import { syntheticArticles } from './src/bench/coder-throughput-corpus.ts';
import { splitSentences } from './src/language/sentences.ts';
import { findActorMentions, findPlaceMentions } from './src/actors/index.ts';
import { findDates } from './src/language/dates.ts';
import { findNumbers } from './src/language/numbers.ts';
import { codeArticle } from './src/coding/code-article.ts';
const corpus = syntheticArticles(200, 1);
const sents = corpus.flatMap(a => splitSentences(a).map(s=>s.text));
function time(name: string, f: () => void) { f(); const t = performance.now(); for (let i=0;i<3;i++) f(); console.log(name, ((performance.now()-t)/3/corpus.length*1000).toFixed(1), 'us/article'); }
time('split', () => corpus.forEach(a => splitSentences(a)));
time('actors', () => sents.forEach(s => findActorMentions(s)));
time('places', () => sents.forEach(s => findPlaceMentions(s)));
time('dates', () => sents.forEach(s => findDates(s, '2024-01-23')));
time('numbers', () => sents.forEach(s => findNumbers(s)));
time('code', () => corpus.forEach(a => codeArticle(a)));
