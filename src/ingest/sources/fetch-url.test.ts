import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fetchUrl } from './fetch-url.js';
import { startServer } from './test-server.js';
import { rejectionReason } from '../testing/rejection-reason.js';

let base = '';
let close: () => Promise<void>;
const pending: NodeJS.Timeout[] = [];

before(async () => {
  const s = await startServer({
    '/page': (_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<p>Talks resumed in Zürich.</p>');
    },
    '/latin': (_req, res) => {
      res.setHeader('content-type', 'text/html; charset=windows-1252');
      res.end(Buffer.from([...Buffer.from('<p>Gespr'), 0xe4, ...Buffer.from('che '), 0x84, ...Buffer.from('heute'), 0x93, ...Buffer.from('</p>')]));
    },
    '/meta-charset': (_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.end(Buffer.from([...Buffer.from('<meta charset="iso-8859-1"><p>caf'), 0xe9, ...Buffer.from('</p>')]));
    },
    '/hop1': (_req, res) => {
      res.writeHead(302, { location: '/hop2' });
      res.end();
    },
    '/hop2': (_req, res) => {
      res.writeHead(301, { location: '/page' });
      res.end();
    },
    '/loop': (_req, res) => {
      res.writeHead(302, { location: '/loop' });
      res.end();
    },
    '/to-ftp': (_req, res) => {
      res.writeHead(302, { location: 'ftp://example.com/file' });
      res.end();
    },
    '/big': (_req, res) => {
      res.setHeader('content-type', 'text/plain');
      // No content-length: the cap must hold while streaming.
      res.write('x'.repeat(64 * 1024));
      res.write('x'.repeat(64 * 1024));
      res.end('x'.repeat(64 * 1024));
    },
    '/slow': (_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.write('<p>start');
      pending.push(setTimeout(() => res.end('</p>'), 5000));
    },
    '/gone': (_req, res) => {
      res.statusCode = 410;
      res.end('gone');
    },
  });
  base = s.base;
  close = s.close;
});

after(async () => {
  for (const t of pending) clearTimeout(t);
  await close();
});

test('fetches and decodes a page (charset from Content-Type, then from meta)', async () => {
  const page = await fetchUrl(`${base}/page`, { allowPrivate: true });
  assert.equal(page.body, '<p>Talks resumed in Zürich.</p>');
  assert.equal(page.contentType, 'text/html; charset=utf-8');
  assert.equal((await fetchUrl(`${base}/latin`, { allowPrivate: true })).body, '<p>Gespräche „heute“</p>');
  assert.match((await fetchUrl(`${base}/meta-charset`, { allowPrivate: true })).body, /café/);
});

test('follows redirects hop by hop and reports the final URL', async () => {
  const page = await fetchUrl(`${base}/hop1`, { allowPrivate: true });
  assert.equal(page.url, `${base}/page`);
  assert.match(await rejectionReason(fetchUrl(`${base}/hop1`, { allowPrivate: true, maxRedirects: 1 })), /^too many redirects \(more than 1\)$/);
  assert.match(await rejectionReason(fetchUrl(`${base}/loop`, { allowPrivate: true })), /too many redirects/);
  assert.equal(await rejectionReason(fetchUrl(`${base}/to-ftp`, { allowPrivate: true })), "unsupported URL scheme 'ftp:'");
});

test('size cap, timeout and HTTP errors fail clearly', async () => {
  assert.match(await rejectionReason(fetchUrl(`${base}/big`, { allowPrivate: true, maxBytes: 100 * 1024 })), /^response over the size cap/);
  assert.equal(await rejectionReason(fetchUrl(`${base}/slow`, { allowPrivate: true, timeoutMs: 200 })), 'timed out after 0.2 s');
  assert.equal(await rejectionReason(fetchUrl(`${base}/gone`, { allowPrivate: true })), 'HTTP 410 Gone');
});

test('private addresses are refused unless allowed; other schemes always', async () => {
  assert.match(await rejectionReason(fetchUrl(`${base}/page`)), /^refusing to fetch private address 127\.0\.0\.1 \(loopback/);
  const port = new URL(base).port;
  assert.match(await rejectionReason(fetchUrl(`http://localhost:${port}/page`)), /refusing to fetch private address/);
  assert.match(await rejectionReason(fetchUrl(`http://[::1]:${port}/page`)), /refusing to fetch private address ::1/);
  assert.match(await rejectionReason(fetchUrl('http://169.254.169.254/latest/meta-data/')), /private address 169\.254\.169\.254 \(link-local/);
  assert.equal(await rejectionReason(fetchUrl('ftp://example.com/x')), "unsupported URL scheme 'ftp:'");
  assert.equal(await rejectionReason(fetchUrl('http://')), 'not a valid URL');
});
