// Puts a server app on a real socket (Node's http via @hono/node-server, with the agenda's fast
// lane in front: fast-lane.ts) and takes it down again without waiting for idle keep-alive
// connections.
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { withFastLane } from './fast-lane.js';

export interface Listening {
  /** The port actually bound (the one picked when 0 was asked for). */
  port: number;
  close(): Promise<void>;
}

export function listen(app: Hono, host: string, port: number): Promise<Listening> {
  return new Promise((resolve, reject) => {
    // The router's listener settles its own failures (a 500 answer); nothing to await here.
    const router = getRequestListener(app.fetch, { hostname: host });
    const server = createServer(withFastLane(app, (req, res) => void router(req, res)));
    const onError = (e: Error): void => reject(e);
    server.once('error', onError);
    server.listen(port, host);
    server.once('listening', () => {
      server.off('error', onError);
      const bound = (server.address() as AddressInfo).port;
      resolve({
        port: bound,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((e) => (e ? fail(e) : done()));
            server.closeIdleConnections();
            // A request still running after two seconds is cut off rather than holding up the exit.
            setTimeout(() => server.closeAllConnections(), 2000).unref();
          }),
      });
    });
  });
}
