import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockedAddressReason } from './address-policy.js';

test('loopback, private, link-local, unique-local and mapped addresses are refused', () => {
  const blocked = ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '0.0.0.0', '100.64.0.1', '224.0.0.1', '255.255.255.255',
    '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::ffff:8.8.8.8', 'ff02::1', '[::1]'];
  for (const ip of blocked) assert.ok(blockedAddressReason(ip), `${ip} should be refused`);
});

test('public addresses are allowed (must-not-match)', () => {
  for (const ip of ['8.8.8.8', '172.32.0.1', '172.15.255.255', '192.169.0.1', '1.1.1.1', '2606:4700:4700::1111', '2a00:1450:4001::200e']) {
    assert.equal(blockedAddressReason(ip), null, ip);
  }
});
