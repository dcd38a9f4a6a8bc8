/**
 * The hard cases of DESIGN.md, in our own sentences, against a fixed gazetteer
 * (testing/fake-actors.ts). Publication date 2024-01-23, a Tuesday.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from './code-article.js';
import { makeArticle, type ParagraphSpec } from './testing/make-article.js';
import { FAKE_ACTORS } from './testing/fake-actors.js';
import type { CodedEvent } from './types.js';

function code(paragraphs: ParagraphSpec[], published: string | null = '2024-01-23'): CodedEvent[] {
  const trace: string[] = [];
  const events = codeArticle(makeArticle(paragraphs, { published }), { actors: FAKE_ACTORS, debug: (m) => trace.push(m()) });
  (events as CodedEvent[] & { trace?: string[] }).trace = trace;
  return events;
}

function find(events: CodedEvent[], s: string, t: string, root: string): CodedEvent {
  const e = events.find((x) => x.source.country === s && x.target?.country === t && x.root === root)
    ?? events.find((x) => x.undirected && x.source.country === t && x.target?.country === s && x.root === root);
  assert.ok(e, `no ${s}->${t} ${root} in ${JSON.stringify(events.map((x) => [x.source.country, x.target?.country, x.cameo]))}\n${((events as { trace?: string[] }).trace ?? []).join('\n')}`);
  return e;
}

test('active, nominal and place-derived targets, with the date in the sentence', () => {
  const ev = code([
    'Iran struck Pakistan on Jan. 16.',
    'On Jan. 18 Pakistan launched a drone attack in the Sistan and Baluchestan province of Iran.',
  ]);
  assert.equal(find(ev, 'IRN', 'PAK', '19').date, '2024-01-16');
  const back = find(ev, 'PAK', 'IRN', '19');
  assert.equal(back.cameo, '195', 'a drone attack is an aerial weapon');
  assert.equal(back.location?.admin1, 'Sistan and Baluchestan');
  assert.equal(back.date, '2024-01-18');
});

test('passive voice: "was attacked by" takes the agent as source', () => {
  const ev = code(['Pakistan was attacked by Iran on Jan. 16.']);
  assert.equal(find(ev, 'IRN', 'PAK', '19').date, '2024-01-16');
});

test('a death toll in another clause attaches to the strike, with its qualifier; never a sum', () => {
  const ev = code([
    'The crisis started last Tuesday, when Iran launched a missile attack that killed at least two children in Pakistan’s Balochistan province.',
    'Two days later, Pakistan fired at a village in Iran, with local media reporting the deaths of seven people, including three women.',
  ]);
  const first = find(ev, 'IRN', 'PAK', '19');
  assert.equal(first.fatalities, 2);
  assert.equal(first.fatalitiesQualifier, 'at least');
  assert.equal(first.date, '2024-01-16');
  assert.equal(first.location?.admin1, 'Balochistan');
  const second = find(ev, 'PAK', 'IRN', '19');
  assert.equal(second.fatalities, 7);
  assert.equal(second.date, '2024-01-18', '"two days later" hangs on the earlier attack');
});

test('"within 48 hours of the initial attack" dates the reply from the attack it answers', () => {
  const ev = code([
    'Iran launched an attack in Pakistan on Jan. 16.',
    'Within 48 hours of the initial attack, Pakistan fired at targets in Iran.',
  ]);
  assert.equal(find(ev, 'PAK', 'IRN', '19').date, '2024-01-18');
});

test('repeated boxes and summary/body repeats make one event with distinct reports counted', () => {
  const box = 'It took only two days for Iran to strike Pakistan on Jan. 16 and for trust to collapse.';
  const ev = code([
    'Iran launched a strike in Pakistan on Jan. 16.',
    box,
    'Iran fired at Pakistan.',
    'Analysts were surprised that Iran launched missiles at Pakistan last Tuesday.',
    box,
  ]);
  const strikes = ev.filter((e) => e.root === '19');
  assert.equal(strikes.length, 1, JSON.stringify(strikes.map((e) => [e.date, e.evidence])));
  assert.equal(strikes[0]!.date, '2024-01-16');
  assert.equal(strikes[0]!.mentions, 4, 'the box printed twice counts once');
});

test('a decision to de-escalate in a photo caption is an event dated by the caption', () => {
  const ev = code([
    ['caption', 'The prime minister chairs a security meeting in Islamabad, Jan. 19, 2024. Pakistan’s leadership decided to de-escalate tensions with Iran.'],
    'Officials gave no details.',
  ]);
  const e = find(ev, 'PAK', 'IRN', '08');
  assert.equal(e.date, '2024-01-19');
  assert.equal(e.modality, 'asserted');
  assert.equal(e.evidences[0]!.paragraphKind, 'caption');
});

test('a future visit is intended (036), dated by the week it is planned for', () => {
  const ev = code(['Iran and Pakistan issued a statement yesterday saying that the Iranian foreign minister would visit Islamabad next week.']);
  const e = find(ev, 'IRN', 'PAK', '03');
  assert.equal(e.cameo, '036');
  assert.equal(e.modality, 'intended');
  assert.deepEqual([e.date, e.datePrecision], ['2024-01-29', 'week']);
});

test('an intended act with only a deadline is dated by its announcement', () => {
  const ev = code(['Tehran said yesterday that the Iranian foreign minister would visit Islamabad by Feb. 10.']);
  const e = find(ev, 'IRN', 'PAK', '03');
  assert.equal(e.date, '2024-01-22');
});

test('a joint statement and returning ambassadors are one undirected cooperation event', () => {
  const ev = code([
    'Iran and Pakistan have announced that ambassadors of both countries will return to their posts this week.',
    'The two neighbours issued a joint statement yesterday, and the ambassadors of both countries would return by Jan. 26.',
  ]);
  const coop = ev.filter((e) => e.root === '05');
  assert.equal(coop.length, 1, JSON.stringify(coop.map((e) => [e.source.country, e.target?.country, e.date, e.modality])));
  assert.equal(coop[0]!.date, '2024-01-22');
  assert.deepEqual([coop[0]!.source.country, coop[0]!.target?.country].sort(), ['IRN', 'PAK']);
});

test('opinions and advice are hypothetical, not asserted', () => {
  const ev = code([
    'To repair ties, she says Iran will need to attack the smugglers in Pakistan.',
    '“I think Pakistan should strike Iran again,” said the analyst.',
  ]);
  for (const e of ev) assert.equal(e.modality, 'hypothetical', e.evidence);
});

test('negated and claimed reports', () => {
  const ev = code(['Pakistan did not strike Iran on Jan. 20.', 'Iranian officials claimed that Pakistan attacked Iran on Jan. 21.']);
  assert.equal(find(ev, 'PAK', 'IRN', '19').modality !== 'asserted', true);
  const modalities = ev.filter((e) => e.root === '19').map((e) => e.modality).sort();
  assert.deepEqual(modalities, ['claimed', 'negated']);
});

test('blame through a relative clause: "Kabul, which it blames for …"', () => {
  const ev = code(['Islamabad has seen its relations sour with Kabul, which it blames for protecting the TTP.']);
  const e = find(ev, 'PAK', 'AFG', '11');
  assert.equal(e.cameo, '112');
  assert.equal(e.date, null, 'no date cue: null, as CONTRACT says');
});

test('evidence offsets point into the article text and name the pattern', () => {
  const article = makeArticle(['A first sentence with nothing.', 'Iran struck Pakistan on Jan. 16.']);
  const [e] = codeArticle(article, { actors: FAKE_ACTORS });
  const ev = e!.evidences[0]!;
  assert.equal(article.text.slice(ev.start, ev.end), 'Iran struck Pakistan on Jan. 16.');
  assert.equal(ev.pattern, 'fight.strike');
  assert.equal(e!.goldstein, -10);
  assert.equal(e!.quad, 4);
});

test('the debug handler is only called when given', () => {
  let calls = 0;
  codeArticle(makeArticle(['Iran struck Pakistan on Jan. 16.']), { actors: FAKE_ACTORS, debug: () => { calls++; } });
  assert.ok(calls > 0);
});
