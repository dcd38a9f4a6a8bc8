/**
 * URL fetching under attack: redirects from an allowed host to a private one, DNS answers that
 * change between the check and the connection (rebinding), schemes other than http(s), and
 * compressed bombs. Two loopback servers stand in for "public" (127.0.0.1) and "private"
 * (127.0.0.2) hosts; a custom address policy and resolver say which is which.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { fetchUrl, type FetchOptions } from '../ingest/sources/fetch-url.js';
import { blockedAddressReason } from '../ingest/sources/address-policy.js';
import { rejectionReason } from '../ingest/testing/rejection-reason.js';

const servers: Server[] = [];
let publicPort = 0;
let privatePort = 0;

async function serve(host: string, handler: Parameters<typeof createServer>[1]): Promise<number> {
  const s = createServer(handler);
  servers.push(s);
  await new Promise<void>((resolve, reject) => s.once('error', reject).listen(0, host, resolve));
  return (s.address() as AddressInfo).port;
}

before(async () => {
  privatePort = await serve('127.0.0.2', (_req, res) => {
    res.setHeader('content-type', 'text/html');
    res.end('<p>internal admin page</p>');
  });
  publicPort = await serve('127.0.0.1', (req, res) => {
    if (req.url === '/to-private') {
      res.writeHead(302, { location: `http://127.0.0.2:${privatePort}/` });
      return res.end();
    }
    if (req.url === '/to-private-name') {
      res.writeHead(301, { location: `http://intranet.test:${privatePort}/` });
      return res.end();
    }
    if (req.url === '/to-file') {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      return res.end();
    }
    if (req.url === '/bomb') {
      // 50 MB of zeros compressed to about 50 KB: the cap must count decompressed bytes.
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      return res.end(gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x61)));
    }
    if (req.url === '/gz') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
      return res.end(gzipSync(Buffer.from('<p>Talks resumed in Genève.</p>')));
    }
    res.setHeader('content-type', 'text/html');
    res.end('<p>public news page</p>');
  });
});

after(async () => {
  for (const s of servers) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

/** 127.0.0.2 plays the private network; every other address (127.0.0.1 included) plays the public internet. */
const policy = (a: string) => (a === '127.0.0.2' ? 'test-private' : null);
const names: Record<string, string[]> = { 'news.test': ['127.0.0.1'], 'intranet.test': ['127.0.0.2'] };
const base: FetchOptions = { addressPolicy: policy, resolve: async (h) => names[h] ?? [], timeoutMs: 5000 };

test('a redirect from an allowed host to a private address or name is refused at that hop; allowPrivate lets it through', async () => {
  assert.equal((await fetchUrl(`http://news.test:${publicPort}/`, base)).body, '<p>public news page</p>');
  assert.match(await rejectionReason(fetchUrl(`http://news.test:${publicPort}/to-private`, base)), /^refusing to fetch private address 127\.0\.0\.2 \(test-private/);
  assert.match(await rejectionReason(fetchUrl(`http://news.test:${publicPort}/to-private-name`, base)), /^refusing to fetch private address 127\.0\.0\.2/);
  const allowed = await fetchUrl(`http://news.test:${publicPort}/to-private-name`, { ...base, allowPrivate: true });
  assert.equal(allowed.body, '<p>internal admin page</p>');
  assert.equal(await rejectionReason(fetchUrl(`http://news.test:${publicPort}/to-file`, { ...base, allowPrivate: true })), "unsupported URL scheme 'file:'");
});

test('DNS rebinding: the connection goes to the address that was checked, not to a second answer', async () => {
  let calls = 0;
  // First answer public, every later answer private: a fetcher that resolves twice would reach 127.0.0.2.
  const rebinding: FetchOptions = { ...base, resolve: async () => (calls++ === 0 ? ['127.0.0.1'] : ['127.0.0.2']) };
  const page = await fetchUrl(`http://rebind.test:${publicPort}/`, rebinding);
  assert.equal(page.body, '<p>public news page</p>');
  assert.equal(calls, 1, 'one resolution per hop');
  // A host that answers with a mix of public and private addresses is refused outright.
  assert.match(await rejectionReason(fetchUrl(`http://mixed.test:${publicPort}/`, { ...base, resolve: async () => ['127.0.0.1', '127.0.0.2'] })), /private address 127\.0\.0\.2/);
});

test('the default policy refuses loopback by IP literal, by name and IPv4-mapped, and every private range; other schemes always', async () => {
  // With the real policy 127.0.0.1 is loopback: refused whether named by IP, by a resolver, or both.
  assert.match(await rejectionReason(fetchUrl(`http://127.0.0.1:${publicPort}/`)), /loopback/);
  assert.match(await rejectionReason(fetchUrl(`http://news.test:${publicPort}/`, { resolve: async () => ['127.0.0.1'] })), /loopback/);
  assert.match(await rejectionReason(fetchUrl(`http://[::ffff:127.0.0.1]:${publicPort}/`)), /ipv4-mapped loopback/);
  for (const a of ['10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', 'fe80::1', 'fd00::1', '::1', '0.0.0.0', '100.64.0.1']) {
    assert.ok(blockedAddressReason(a), `${a} is blocked`);
  }
  assert.equal(blockedAddressReason('2002:7f00:1::'), '6to4 loopback');
  assert.equal(blockedAddressReason('2002:0808:0808::'), null, '6to4 of a public address stays allowed');
  for (const scheme of ['file:///etc/passwd', 'gopher://example.com/', 'data:text/html,<p>x</p>', 'javascript:alert(1)', 'ftp://example.com/']) {
    assert.match(await rejectionReason(fetchUrl(scheme, { allowPrivate: true })), /unsupported URL scheme|not a valid URL/);
  }
});

test('compressed responses are decoded, and the size cap counts decompressed bytes (gzip bomb)', async () => {
  assert.equal((await fetchUrl(`http://news.test:${publicPort}/gz`, base)).body, '<p>Talks resumed in Genève.</p>');
  assert.match(await rejectionReason(fetchUrl(`http://news.test:${publicPort}/bomb`, { ...base, maxBytes: 1024 * 1024 })), /^response over the size cap \(1 MB\)$/);
});
