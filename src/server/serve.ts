/** `detente serve`: the API and dashboard over HTTP with @hono/node-server. */
import type { AddressInfo } from 'node:net';
import { serve as honoServe } from '@hono/node-server';
import type { Store } from '../store/store.js';
import { openStore } from '../store/open-store.js';
import { createApp, DEFAULT_TIMEOUT_MS, type AppOptions } from './app.js';

export interface ServeOptions extends Omit<AppOptions, 'store'> {
  /** SQLite file or postgres:// URL (ignored when `store` is given). */
  db?: string;
  /** An open store to serve (tests); it is not closed by close(). */
  store?: Store;
  /** Port; 0 picks a free one. Default 8080. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1 (only this machine). */
  host?: string;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:8080 */
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function serve(opts: ServeOptions): Promise<RunningServer> {
  const own = !opts.store;
  const store = opts.store ?? (await openStore(opts.db ?? 'detente.db'));
  const app = createApp({ ...opts, store });
  const host = opts.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof honoServe>>((resolve, reject) => {
    const s = honoServe({ fetch: app.fetch, port: opts.port ?? 8080, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  // Socket-level limits, beyond the per-request deadline inside the app.
  const http = server as unknown as import('node:http').Server;
  http.requestTimeout = (opts.timeoutMs ?? DEFAULT_TIMEOUT_MS) + 5_000;
  http.headersTimeout = 15_000;
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    close: () => new Promise<void>((resolve) => {
      (http.closeAllConnections?.bind(http) ?? (() => {}))();
      server.close(() => {
        if (own) store.close().then(() => resolve(), () => resolve());
        else resolve();
      });
    }),
  };
}
