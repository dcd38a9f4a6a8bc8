import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixture } from '../testing/paths.js';
import { IngestError } from './errors.js';
import { charsetFromContentType, decodeBytes } from './decode-bytes.js';

const bytes = (s: string, enc: BufferEncoding = 'utf8') => new Uint8Array(Buffer.from(s, enc));

function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof IngestError, `expected IngestError, got ${String(err)}`);
    assert.equal(err.message, `${err.origin}: ${err.reason}`);
    assert.ok(!err.message.includes('\n'));
    return err.reason;
  }
  assert.fail('expected an IngestError');
}

test('decodes UTF-8 and strips a BOM', () => {
  assert.equal(decodeBytes(bytes('\uFEFFGespräche in Zürich'), 'a.txt'), 'Gespräche in Zürich');
});

test('the charset declared by the page is used (windows-1252, incl. 0x80–0x9F quotes)', () => {
  const text = decodeBytes(readFileSync(fixture('ingest', 'windows-1252.html')), 'w.html');
  assert.match(text, /Gespräche in Zürich/);
  assert.match(text, /„vertrauensbildende Maßnahmen“/);
});

test('an HTTP header charset wins over the meta declaration', () => {
  const b = new Uint8Array([...Buffer.from('<meta charset="utf-8"><p>caf'), 0xe9, ...Buffer.from('</p>')]);
  assert.match(decodeBytes(b, 'u', { headerCharset: 'iso-8859-1' }), /café/);
  assert.equal(charsetFromContentType('text/html; charset="Windows-1252"'), 'windows-1252');
  assert.equal(charsetFromContentType('text/html'), null);
});

test('UTF-16 with a BOM decodes', () => {
  const b = new Uint8Array([0xff, 0xfe, ...Buffer.from('Talks resume', 'utf16le')]);
  assert.equal(decodeBytes(b, 'x'), 'Talks resume');
});

test('undecodable, binary, empty and oversized inputs fail with one-line reasons', () => {
  assert.match(reasonOf(() => decodeBytes(readFileSync(fixture('ingest', 'undecodable.txt')), 'u.txt')), /^undecodable bytes \(not valid UTF-8 at byte 6/);
  assert.equal(reasonOf(() => decodeBytes(readFileSync(fixture('ingest', 'binary.bin')), 'b.bin')), 'binary file');
  assert.equal(reasonOf(() => decodeBytes(bytes('%PDF-1.7\n'), 'p.pdf')), 'binary file (PDF)');
  assert.equal(reasonOf(() => decodeBytes(readFileSync(fixture('ingest', 'empty.txt')), 'e.txt')), 'empty file');
  assert.equal(reasonOf(() => decodeBytes(bytes('x'.repeat(3 * 1024 * 1024)), 'big.txt', { maxBytes: 2 * 1024 * 1024 })), 'file over the size cap (2 MB)');
});

test('IngestError keeps origin and reason and flattens newlines', () => {
  const e = new IngestError('feed.xml', 'not a valid RSS/Atom feed (bad\n tag)');
  assert.equal(e.message, 'feed.xml: not a valid RSS/Atom feed (bad tag)');
  assert.equal(e.origin, 'feed.xml');
  assert.ok(e instanceof Error);
});
