/**
 * Fetch one page over HTTP(S), safely: every redirect hop is checked (scheme, resolved
 * addresses), the body is read with a size cap (after decompression) and a deadline, and bytes
 * are decoded with the charset from Content-Type, then the page's own declaration.
 *
 * DNS rebinding: each hop's host is resolved once, the addresses are checked, and the socket is
 * handed exactly those addresses through node:http's `lookup` hook, so the connection cannot go
 * to an address other than the one that was vetted. The address the socket actually connected to
 * is checked once more before any byte is sent.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { IngestError, reasonOf } from '../errors.js';
import { charsetFromContentType, decodeBytes } from '../decode-bytes.js';
import { blockedAddressReason } from './address-policy.js';

export interface FetchOptions {
  /** Allow loopback, private, link-local and unique-local addresses (tests, intranets). Default false. */
  allowPrivate?: boolean;
  /** Deadline for the whole fetch, redirects and body included, in ms. Default 15000. */
  timeoutMs?: number;
  /** Size cap for the body in bytes, after decompression. Default 10 MB. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** Resolves a host name to addresses (tests, custom DNS). Default: the system resolver (dns.lookup, all addresses). */
  resolve?: (host: string) => Promise<string[]>;
  /** Why an address may not be fetched from, or null when it may. Default `blockedAddressReason`. Ignored with allowPrivate. */
  addressPolicy?: (address: string) => string | null;
}

export interface FetchedPage {
  /** The final URL, after redirects. */
  url: string;
  body: string;
  contentType: string | null;
}

const DEFAULTS = { allowPrivate: false, timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 };
const USER_AGENT = 'detente/0.1 (+news event coding; respects robots by fetching single pages only)';
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5';

async function systemResolve(host: string): Promise<string[]> {
  return (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);
}

function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/**
 * The addresses `url` may be fetched from: throws IngestError unless `url` is http(s) and (unless
 * allowed) every address its host resolves to is public.
 */
export async function checkUrl(url: URL, origin: string, allowPrivate: boolean, options: Pick<FetchOptions, 'resolve' | 'addressPolicy'> = {}): Promise<string[]> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new IngestError(origin, `unsupported URL scheme '${url.protocol}'`);
  const host = hostOf(url);
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await (options.resolve ?? systemResolve)(host);
    } catch (err) {
      throw new IngestError(origin, `cannot resolve host '${host}' (${(err as NodeJS.ErrnoException).code ?? reasonOf(err)})`);
    }
    if (addresses.length === 0) throw new IngestError(origin, `cannot resolve host '${host}' (no addresses)`);
  }
  if (!allowPrivate) {
    const policy = options.addressPolicy ?? blockedAddressReason;
    for (const a of addresses) {
      const why = policy(a);
      if (why) throw new IngestError(origin, `refusing to fetch private address ${a} (${why}; allow with --allow-private)`);
    }
  }
  return addresses;
}

export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const o = { ...DEFAULTS, ...options };
  const origin = url;
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new IngestError(origin, 'not a valid URL');
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), o.timeoutMs);
  const timedOut = () => new IngestError(origin, `timed out after ${o.timeoutMs / 1000} s`);
  try {
    for (let hop = 0; ; hop++) {
      const addresses = await checkUrl(current, origin, o.allowPrivate, o);
      if (controller.signal.aborted) throw timedOut();
      let res: IncomingMessage;
      try {
        res = await get(current, addresses, controller.signal, o);
      } catch (err) {
        if (err instanceof IngestError) throw err;
        if (controller.signal.aborted) throw timedOut();
        throw new IngestError(origin, `fetch failed (${causeOf(err)})`);
      }
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (status >= 300 && status < 400 && location) {
        res.destroy();
        if (hop >= o.maxRedirects) throw new IngestError(origin, `too many redirects (more than ${o.maxRedirects})`);
        try {
          current = new URL(location, current);
        } catch {
          throw new IngestError(origin, `redirect to an invalid URL '${location.slice(0, 200)}'`);
        }
        continue;
      }
      if (status < 200 || status >= 300) {
        res.destroy();
        throw new IngestError(origin, `HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`);
      }
      const contentType = res.headers['content-type'] ?? null;
      const declared = Number(res.headers['content-length']);
      if (declared > o.maxBytes) {
        res.destroy();
        throw new IngestError(origin, `response over the size cap (${o.maxBytes / 1024 / 1024} MB)`);
      }
      const bytes = await readCapped(res, o.maxBytes, origin, controller, timedOut);
      const body = decodeBytes(bytes, origin, { headerCharset: charsetFromContentType(contentType), maxBytes: o.maxBytes });
      return { url: current.toString(), body, contentType };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** One GET to `url`, connecting only to the vetted `addresses` and re-checking the connected peer. */
function get(url: URL, addresses: string[], signal: AbortSignal, o: FetchOptions): Promise<IncomingMessage> {
  // The socket may only go where checkUrl looked: no second DNS answer can redirect it.
  const pinned: LookupFunction = (_host, opts, cb) => {
    const all = addresses.map((address) => ({ address, family: isIP(address) }));
    const wanted = opts.family === 4 || opts.family === 6 ? all.filter((a) => a.family === opts.family) : all;
    if (wanted.length === 0) {
      const err: NodeJS.ErrnoException = new Error(`no IPv${opts.family} address`);
      err.code = 'ENOTFOUND';
      return (cb as (e: Error) => void)(err);
    }
    if (opts.all) (cb as (e: null, a: typeof wanted) => void)(null, wanted);
    else (cb as (e: null, a: string, f: number) => void)(null, wanted[0].address, wanted[0].family);
  };
  const requestOptions: RequestOptions = {
    method: 'GET',
    signal,
    lookup: pinned,
    // No pooled sockets: a kept-alive connection made under other options must not be reused here.
    agent: false,
    headers: { 'user-agent': USER_AGENT, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br' },
  };
  return new Promise((resolve, reject) => {
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, requestOptions, resolve);
    req.on('error', reject);
    req.on('socket', (socket) => {
      const verify = () => {
        const peer = socket.remoteAddress;
        const why = o.allowPrivate || !peer ? null : (o.addressPolicy ?? blockedAddressReason)(peer);
        if (why) req.destroy(new IngestError(url.toString(), `refusing to fetch private address ${peer} (${why}; allow with --allow-private)`));
      };
      if (socket.remoteAddress) verify();
      else socket.once('connect', verify);
    });
    req.end();
  });
}

function decoded(res: IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(createGunzip());
  if (encoding === 'deflate') return res.pipe(createInflate());
  if (encoding === 'br') return res.pipe(createBrotliDecompress());
  return res;
}

/** Reads the (decompressed) body; the cap counts decompressed bytes, so a small compressed bomb is stopped too. */
async function readCapped(res: IncomingMessage, maxBytes: number, origin: string, controller: AbortController, timedOut: () => IngestError): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  const stream = decoded(res);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw new IngestError(origin, `response over the size cap (${maxBytes / 1024 / 1024} MB)`);
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof IngestError) throw err;
    if (controller.signal.aborted) throw timedOut();
    throw new IngestError(origin, `fetch failed while reading (${causeOf(err)})`);
  } finally {
    res.destroy();
    if (stream !== res) stream.destroy();
  }
  return Buffer.concat(chunks);
}

function causeOf(err: unknown): string {
  const e = err as { code?: string; cause?: { code?: string; message?: string } };
  return e?.code ?? e?.cause?.code ?? e?.cause?.message ?? reasonOf(err);
}
