/**
 * Page dumps in the shapes other outlets' pages take when copied as text (our own invented
 * stories): each must give its headline, byline and date, keep its story and drop the rest.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixture } from '../../testing/paths.js';
import { extractTextArticle } from './text-article.js';

const cases: Array<{ file: string; title: string; byline: string | null; published: string; first: string; kinds: string[]; gone: string[] }> = [
  {
    file: 'wire-breadcrumb.txt',
    title: 'Arvania carries out strikes in Belmora',
    byline: null,
    published: '2024-01-18',
    first: 'Keshet says it has targeted',
    kinds: ['summary', 'body', 'body'],
    gone: ['News|Conflict', 'Published On', 'Save articles', 'Source:'],
  },
  {
    file: 'image-caption-prefix.txt',
    title: 'Arvania strikes Belmora after deadly border raid',
    byline: 'Lena Ortiz',
    published: '2024-01-18',
    first: "Arvania's army said",
    kinds: ['caption', 'body', 'body', 'body'],
    gone: ['Skip to content', 'Image source', 'Image caption', 'BBC News, Keshet', 'Related Topics', 'More on this story', 'strikes Arvania border town', 'days ago'],
  },
  {
    file: 'byline-in-city.txt',
    title: 'Arvania launches retaliatory strikes on Belmora',
    byline: 'Tomas Reed',
    published: '2024-01-18',
    first: 'Keshet says ‘hideouts’ hit',
    kinds: ['summary', 'body', 'body'],
    gone: ['Tomas Reed', '06.46', 'Sign up', 'Explore more', 'Reuse this content'],
  },
  {
    file: 'dateline-updated.txt',
    title: 'Arvania strikes targets in Belmora, escalating tensions',
    byline: 'LENA ORTIZ',
    published: '2024-01-18',
    first: 'KESHET, Arvania (AP) —',
    kinds: ['body', 'body'],
    gone: ['Updated', 'Share', 'contributed to this report'],
  },
];

for (const c of cases) {
  test(`dump ${c.file}`, () => {
    const r = extractTextArticle(readFileSync(fixture('ingest', 'dumps', c.file), 'utf8'));
    assert.equal(r.title, c.title);
    assert.equal(r.byline, c.byline);
    assert.equal(r.published, c.published);
    assert.ok(r.paragraphs[0].text.startsWith(c.first), r.paragraphs[0].text);
    assert.deepEqual(r.paragraphs.map((p) => p.kind), c.kinds);
    const text = r.paragraphs.map((p) => p.text).join('\n');
    for (const g of c.gone) assert.ok(!text.includes(g), `${c.file} still contains ${g}`);
  });
}
