/**
 * Hostile files through the real CLI (`detente events FILE`): the process ends (no hang: a 60 s
 * guard kills it otherwise), stderr carries only `detente: …` lines (never a stack trace), and bad
 * input exits non-zero with exactly one line naming the file and the reason.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { adversarialText, fuzzParameters, SENTENCES } from './hostile-input.js';
import { runCli } from './run-cli.js';

let dir = '';
before(() => (dir = mkdtempSync(join(tmpdir(), 'detente-fuzz-cli-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, body: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, body);
  return p;
}

function assertCleanStderr(stderr: string): string[] {
  const lines = stderr.split('\n').filter(Boolean);
  for (const l of lines) assert.match(l, /^detente: /, `stderr line not from detente: ${l}`);
  assert.ok(!/\n\s+at /.test(stderr), 'no stack trace');
  return lines;
}

/** Inputs that must be refused, and the reason the one stderr line gives. */
const BAD: Array<{ name: string; body: () => string | Uint8Array; reason: RegExp }> = [
  { name: 'random.bin', body: () => Uint8Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256), reason: /binary file|undecodable|not valid/ },
  { name: 'empty.txt', body: () => '', reason: /empty file/ },
  { name: 'line.txt', body: () => `${SENTENCES[0]} `.repeat(60_000).slice(0, 5_000_000), reason: /article text too long to analyse \(5\.0 M characters/ },
  { name: 'cut.html', body: () => '<!doc', reason: /.+/ },
  { name: 'nul.txt', body: () => '\u0000'.repeat(5000), reason: /binary file|no article text|empty/ },
];

for (const bad of BAD) {
  test(`detente events ${bad.name}: one line naming the file, non-zero exit, no hang`, { timeout: 90_000 }, () => {
    const file = write(bad.name, bad.body());
    const r = runCli(['events', file]);
    assert.equal(r.signal, null, `the CLI was killed by the guard (hang) on ${bad.name}`);
    assert.notEqual(r.status, 0);
    const lines = assertCleanStderr(r.stderr);
    assert.equal(lines.length, 1, r.stderr);
    assert.ok(lines[0].startsWith(`detente: ${file}: `), lines[0]);
    assert.match(lines[0], bad.reason);
    assert.equal(r.stdout, '');
  });
}

test('detente events on a page nested 50,000 divs deep: read and coded, no stack overflow, no hang', { timeout: 90_000 }, () => {
  // The extractor walks the tree with its own stack and leaves such pages to the plain walk
  // instead of Readability, so depth costs time in proportion, never the call stack.
  const file = write('nested.html', `<html><body>${'<div>'.repeat(50_000)}<p>${SENTENCES[0]}</p>${'</div>'.repeat(50_000)}</body></html>`);
  const r = runCli(['events', file]);
  assert.equal(r.signal, null, 'the CLI was killed by the guard (hang)');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(assertCleanStderr(r.stderr), []);
  assert.ok(r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)).length >= 1, 'the sentence at the bottom is coded');
});

test('encoding mix-ups: UTF-16 without a BOM is refused on one line; latin1 mojibake of UTF-8 is still read and coded', { timeout: 90_000 }, () => {
  const text = `${SENTENCES[0]}\n\n${SENTENCES[3]}\n`;
  const utf16 = write('utf16.txt', Buffer.from(text, 'utf16le'));
  const utf16be = write('utf16be.txt', Buffer.from(text, 'utf16le').swap16());
  const mojibake = write('mojibake.txt', Buffer.from(Buffer.from(text, 'utf8').toString('latin1'), 'utf8'));
  const r = runCli(['events', utf16, utf16be, mojibake]);
  assert.equal(r.signal, null);
  assert.equal(r.status, 1, 'the refused inputs make the exit non-zero');
  // Today both UTF-16 files are judged binary (decode-bytes has no BOM-less UTF-16 sniffing); what matters here is one clear line each.
  assert.deepEqual(assertCleanStderr(r.stderr).map((l) => l.replace(/: [^:]+$/, '')), [`detente: ${utf16}`, `detente: ${utf16be}`]);
  assert.match(r.stdout, /"source":\{"name":"Iran"/, 'the mojibake file is still coded');
});

test('a directory of fuzzed adversarial-Unicode documents: every failure is one detente line, the rest are coded', { timeout: 90_000 }, () => {
  const sub = join(dir, 'batch');
  const samples = fc.sample(adversarialText, fuzzParameters(30));
  mkdirSync(sub);
  samples.forEach((s, i) => writeFileSync(join(sub, `doc-${String(i).padStart(3, '0')}.${i % 2 ? 'html' : 'txt'}`), i % 2 ? `<html><body><p>${s}</p></body></html>` : s));
  const r = runCli(['events', sub]);
  assert.equal(r.signal, null);
  const lines = assertCleanStderr(r.stderr);
  for (const l of lines) assert.match(l, new RegExp(`^detente: ${sub.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/doc-\\d{3}\\.(txt|html): \\S`));
  assert.equal(r.status, lines.length > 0 ? 1 : 0);
  for (const out of r.stdout.split('\n').filter(Boolean)) JSON.parse(out);
});
