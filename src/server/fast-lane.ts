// GET /api/today answered straight from Node's request, ahead of the router. The agenda is what
// every open tab polls, and its answer is kept bytes (agenda-answer.ts); building a Fetch
// request, running the middleware chain and routing cost as much as the answer itself
// (npm run bench:api, ADR 0005). Only the plain case takes this lane: a loopback server with no
// token, a Host it answers to, the exact path. Anything else (a token to check, a wrong Host, a
// query string, an error) goes through the router, which answers it in full.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Hono } from 'hono';
import type { ServerDeps } from './app.js';
import { agendaAnswer } from './agenda-answer.js';

const lanes = new WeakMap<Hono, ServerDeps>();

/** Lets listen() put the fast lane in front of this app (createServer calls it). */
export function registerFastLane(app: Hono, deps: ServerDeps): void {
  lanes.set(app, deps);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}

/** A request listener that answers the plain agenda request itself and hands the rest to `router`. */
export function withFastLane(app: Hono, router: RequestListener): RequestListener {
  const deps = lanes.get(app);
  // With a token every request is checked in full, by the router's guard.
  if (deps === undefined || deps.token !== null) return router;
  const answer = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let a;
    try {
      a = agendaAnswer(deps.useCases, deps.actor.userId, await deps.useCases.todaySnapshot(deps.actor), (n) => header(req, n));
    } catch {
      // The router computes it again and answers the failure as every route does (and logs it).
      router(req, res);
      return;
    }
    // With the headers written first, Node cannot add the length itself (it would chunk).
    res.writeHead(a.status, a.body ? { ...a.headers, 'Content-Length': a.body.length } : a.headers);
    res.end(a.body ?? undefined);
  };
  return (req, res) => {
    if (req.method === 'GET' && req.url === '/api/today') {
      const host = req.headers.host?.trim().toLowerCase();
      if (host !== undefined && deps.allowedHosts.includes(host)) {
        // Nothing is left to answer with if writing fails (a closed socket): end the exchange.
        answer(req, res).catch(() => res.destroy());
        return;
      }
    }
    router(req, res);
  };
}
