/**
 * Which resolved addresses a fetch may connect to. Fetching user-given URLs from a server
 * must not reach the machine itself or its private network (SSRF), so every hop's host is
 * resolved and each address checked before the request is made.
 */
import { isIP } from 'node:net';

/** IPv4 ranges that are not the public internet, as [first octets, prefix length] with an id. */
const BLOCKED_V4: ReadonlyArray<{ id: string; net: [number, number, number, number]; bits: number }> = [
  { id: 'this-network', net: [0, 0, 0, 0], bits: 8 }, // 0.0.0.0/8
  { id: 'private-10', net: [10, 0, 0, 0], bits: 8 },
  { id: 'shared-cgnat', net: [100, 64, 0, 0], bits: 10 },
  { id: 'loopback', net: [127, 0, 0, 0], bits: 8 },
  { id: 'link-local', net: [169, 254, 0, 0], bits: 16 }, // includes cloud metadata 169.254.169.254
  { id: 'private-172', net: [172, 16, 0, 0], bits: 12 },
  { id: 'ietf-protocol', net: [192, 0, 0, 0], bits: 24 },
  { id: 'private-192', net: [192, 168, 0, 0], bits: 16 },
  { id: 'benchmarking', net: [198, 18, 0, 0], bits: 15 },
  { id: 'multicast', net: [224, 0, 0, 0], bits: 4 },
  { id: 'reserved', net: [240, 0, 0, 0], bits: 4 }, // includes 255.255.255.255
];

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
}

function blockedV4(ip: string): string | null {
  const x = v4ToInt(ip);
  for (const b of BLOCKED_V4) {
    const net = v4ToInt(b.net.join('.'));
    const size = 2 ** (32 - b.bits);
    if (x >= net && x < net + size) return b.id;
  }
  return null;
}

/** Expand an IPv6 address to 8 numbers (handles `::` and an embedded dotted IPv4 tail). */
function v6Groups(ip: string): number[] {
  let s = ip.toLowerCase().split('%')[0];
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const n = v4ToInt(v4[1]);
    s = s.slice(0, v4.index) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = s.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t].map((g) => parseInt(g || '0', 16));
}

function blockedV6(ip: string): string | null {
  const g = v6Groups(ip);
  if (g.every((x) => x === 0)) return 'unspecified'; // ::
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'loopback'; // ::1
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d): judge the IPv4 inside.
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) {
    const v4 = `${g[6] >> 8}.${g[6] & 255}.${g[7] >> 8}.${g[7] & 255}`;
    return blockedV4(v4) ? `ipv4-mapped ${blockedV4(v4)}` : g[5] === 0xffff ? 'ipv4-mapped' : null;
  }
  if ((g[0] & 0xfe00) === 0xfc00) return 'unique-local'; // fc00::/7
  if ((g[0] & 0xffc0) === 0xfe80) return 'link-local'; // fe80::/10
  if ((g[0] & 0xff00) === 0xff00) return 'multicast'; // ff00::/8
  if (g[0] === 0x64 && g[1] === 0xff9b) return 'nat64'; // 64:ff9b::/96 reaches IPv4 space indirectly
  if (g[0] === 0x2001 && g[1] === 0xdb8) return 'documentation';
  // 6to4 (2002::/16) carries an IPv4 address in groups 1-2; a relay would deliver to it. e.g. 2002:7f00:1:: → 127.0.0.1.
  if (g[0] === 0x2002) {
    const v4 = `${g[1] >> 8}.${g[1] & 255}.${g[2] >> 8}.${g[2] & 255}`;
    const why = blockedV4(v4);
    if (why) return `6to4 ${why}`;
  }
  return null;
}

/**
 * Why `ip` may not be fetched from ('loopback', 'private-10', 'unique-local', …), or null
 * when it is a public address.
 */
export function blockedAddressReason(ip: string): string | null {
  const family = isIP(ip.replace(/^\[|\]$/g, ''));
  if (family === 4) return blockedV4(ip);
  if (family === 6) return blockedV6(ip.replace(/^\[|\]$/g, ''));
  return 'not an IP address';
}
