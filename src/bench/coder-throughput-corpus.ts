/**
 * A synthetic news corpus for throughput measurement: articles of ~400-700 words from our own
 * templates, with varied actors, verbs, dates, numbers and commentary, deterministic per seed.
 */
import type { Article, Paragraph } from '../ingest/types.js';

const STATES = [
  ['Iran', 'Iranian', 'Tehran'], ['Pakistan', 'Pakistani', 'Islamabad'], ['India', 'Indian', 'New Delhi'],
  ['China', 'Chinese', 'Beijing'], ['Russia', 'Russian', 'Moscow'], ['Ukraine', 'Ukrainian', 'Kyiv'],
  ['Turkey', 'Turkish', 'Ankara'], ['Greece', 'Greek', 'Athens'], ['Armenia', 'Armenian', 'Yerevan'],
  ['Azerbaijan', 'Azerbaijani', 'Baku'], ['Israel', 'Israeli', 'Jerusalem'], ['Egypt', 'Egyptian', 'Cairo'],
  ['Ethiopia', 'Ethiopian', 'Addis Ababa'], ['Sudan', 'Sudanese', 'Khartoum'], ['Venezuela', 'Venezuelan', 'Caracas'],
  ['Colombia', 'Colombian', 'Bogota'], ['Japan', 'Japanese', 'Tokyo'], ['South Korea', 'South Korean', 'Seoul'],
] as const;
const DATES = ['on Monday', 'last Tuesday', 'yesterday', 'on Jan. 16', 'on 3 March', 'earlier this month', 'this week', 'on Friday'];
const COUNTS = ['two', 'at least nine', '14', 'more than 30', 'dozens of', 'three', '1,200'];
const HOSTILE = [
  (a: S, b: S, d: string, n: string) => `${a[0]} launched a missile and drone attack ${d} in ${b[0]}'s border province, killing ${n} people.`,
  (a: S, b: S, d: string) => `${a[1]} forces fired at a village in ${b[0]} ${d}, officials said.`,
  (a: S, b: S, d: string, n: string) => `Within 48 hours of the strike, ${b[0]} struck targets inside ${a[0]}, with local media reporting the deaths of ${n} people.`,
  (a: S, b: S, d: string) => `${b[2]} was shelled by ${a[1]} artillery ${d}.`,
  (a: S, b: S, d: string) => `${a[0]} recalled its ambassador from ${b[2]} ${d} and expelled ${b[1]} diplomats.`,
  (a: S, b: S) => `${a[2]} condemned what it called ${b[1]} aggression and accused ${b[0]} of violating the ceasefire.`,
];
const FRIENDLY = [
  (a: S, b: S, d: string) => `The two neighbours issued a joint statement ${d} announcing that the ${a[1]} foreign minister would visit ${b[2]} next week.`,
  (a: S, b: S) => `Officials in ${a[2]} and ${b[2]} said the ambassadors of both countries would return to their posts.`,
  (a: S, b: S, d: string) => `${a[0]}'s leadership decided ${d} to de-escalate tensions with ${b[0]}.`,
  (a: S, b: S, d: string) => `${a[0]} and ${b[0]} held talks in Geneva ${d} and agreed to a ceasefire.`,
];
const FILLER = [
  (a: S) => `"To me the strike looked like a mistake by hardliners in security services who act too fast," says a senator and foreign policy expert from ${a[0]}.`,
  (a: S, b: S) => `Analysts say ${a[0]} must stop arms traffic and insurgent raids across the frontier before ties with ${b[0]} heal.`,
  () => 'What the episode cost was a feeling of safety built up over many years, and many residents told reporters they no longer dared to travel.',
  (a: S) => `Columnists in ${a[2]} doubt the official account, pointing to the domestic pressure the government is under now.`,
  () => 'Several separatist movements are active in the frontier districts, and their fighters move back and forth across the line in an uprising that is now decades old.',
  () => 'Markets fell sharply on the news before recovering some of their losses later in the day, traders said.',
  (a: S, b: S) => `Trade between ${a[0]} and ${b[0]} reached $2.5 billion last year, according to official figures, most of it in fuel and food.`,
  () => 'The two governments signed a border security pact years ago, so why has nobody ever used it?',
];
type S = readonly [string, string, string];

/** A small deterministic PRNG (mulberry32): the same corpus for the same seed on every machine. */
export function rng(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` articles, each between ~400 and ~700 words, published on 2024-01-23. */
export function syntheticArticles(n: number, seed = 1): Article[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out: Article[] = [];
  for (let i = 0; i < n; i++) {
    const a = pick(STATES), b = pick(STATES.filter((s) => s !== a));
    const target = 400 + Math.floor(rand() * 300);
    const paragraphs: string[] = [];
    let words = 0;
    while (words < target) {
      const r = rand();
      const sentences: string[] = [];
      for (let k = 0; k < 3; k++) {
        const s = r < 0.25 ? pick(HOSTILE)(a, b, pick(DATES), pick(COUNTS)) : r < 0.4 ? pick(FRIENDLY)(a, b, pick(DATES)) : pick(FILLER)(a, b);
        sentences.push(s);
      }
      const p = sentences.join(' ');
      paragraphs.push(p);
      words += p.split(/\s+/).length;
    }
    const { paragraphs: parts, text } = bodyText(paragraphs);
    out.push({
      id: `bench:${seed}:${i}`, origin: 'bench', url: null, canonicalUrl: null, title: null, published: '2024-01-23',
      publishedFrom: 'given', outlet: null, byline: null, language: 'en', paragraphs: parts, text, contentHash: `bench:${i}`,
    });
  }
  return out;
}

/** Body paragraphs joined as Article.text joins them (a blank line between), with their offsets. */
export function bodyText(paragraphs: string[]): { paragraphs: Paragraph[]; text: string } {
  let text = '';
  const parts = paragraphs.map((p): Paragraph => {
    if (text) text += '\n\n';
    const start = text.length;
    text += p;
    return { kind: 'body', text: p, start, end: start + p.length };
  });
  return { paragraphs: parts, text };
}
