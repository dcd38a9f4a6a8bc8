import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalizeUrl, domainOf } from './canonical-url.js';

test('canonicalizeUrl: lowercase host, no fragment, no tracking params, no trailing slash', () => {
  assert.equal(canonicalizeUrl('HTTPS://WWW.Example.COM:443/World/Story/?utm_source=x&fbclid=1&id=7#top'), 'https://www.example.com/World/Story?id=7');
  assert.equal(canonicalizeUrl('https://example.com/a/b/?gclid=abc'), 'https://example.com/a/b');
  assert.equal(canonicalizeUrl('https://example.com/'), 'https://example.com');
  assert.equal(canonicalizeUrl('ftp://example.com/x'), null);
  assert.equal(canonicalizeUrl('not a url'), null);
  // The same article reached two ways gets one identity.
  assert.equal(canonicalizeUrl('https://example.com/x?utm_medium=email'), canonicalizeUrl('https://EXAMPLE.com/x/#comments'));
});

test('domainOf drops www', () => {
  assert.equal(domainOf('https://www.csmonitor.example/World'), 'csmonitor.example');
  assert.equal(domainOf('nope'), null);
});
