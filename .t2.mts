import { codeArticle } from './src/coding/code-article.ts';
import { makeArticle } from './src/coding/testing/make-article.ts';
import { findActorMentions, findPlaceMentions } from './src/actors/index.ts';
import { tokenize } from './src/language/tokens.ts';
for (const s of process.argv.slice(2)) {
  console.log(s); console.log(findActorMentions(s).map(m=>[m.text,m.actors.map(a=>a.country+'/'+a.role+'/'+a.kind).join('+'),m.via]), findPlaceMentions(s).map(p=>[p.text,p.place.country,p.place.kind]));
  console.log(tokenize(s).map(t=>t.lemma).join(' '));
  codeArticle(makeArticle([s]), {debug: m=>console.log(m())}).forEach(e=>console.log(e.source.country,e.target?.country,e.cameo,e.modality,e.date));
}
