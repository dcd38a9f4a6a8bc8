/**
 * Coding our own test sentences: an article made of `paragraphs`, published on `published`
 * (default Tuesday 2024-01-23), coded with the small fake gazetteer. Shared by the coder's tests.
 */
import assert from 'node:assert/strict';
import { codeArticle } from '../code-article.js';
import type { CodedEvent } from '../types.js';
import { FAKE_ACTORS } from './fake-actors.js';
import { makeArticle, type ParagraphSpec } from './make-article.js';

export function codeOwn(paragraphs: ParagraphSpec[], published: string | null = '2024-01-23'): CodedEvent[] {
  return codeArticle(makeArticle(paragraphs, { published }), { actors: FAKE_ACTORS });
}

/** The event `s` -> `t` of `root`; fails, listing what was coded, when there is none. */
export function findEvent(events: CodedEvent[], s: string, t: string, root: string): CodedEvent {
  const e = events.find((x) => x.source.country === s && x.target?.country === t && x.root === root);
  assert.ok(e, `no ${s}->${t} ${root} in ${JSON.stringify(events.map((x) => [x.source.country, x.target?.country, x.cameo, x.date]))}`);
  return e;
}

/** The date of that event. */
export function dateOf(events: CodedEvent[], s: string, t: string, root: string): string | null {
  return findEvent(events, s, t, root).date;
}
