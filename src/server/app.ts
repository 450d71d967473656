// The HTTP face: security checks, then each route (validate -> use case -> present), then the
// web app's files. Every failure leaves as {"error": {"code", "message"}} with its status.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { UseCases } from '../app/index.js';
import type { Actor } from '../core/types.js';
import { invalid } from '../core/errors.js';
import { errorAnswer, HttpProblem } from './errors.js';
import type { AnyRoute } from './route.js';
import { ROUTES } from './routes/index.js';
import { CALENDAR_PREFIX, calendarFeedHandler } from './calendar.js';
import { carriesSecurityHeaders, jsonResponse } from './respond.js';
import { guard, requestHeader, securityHeaders } from './security.js';
import { staticHandler } from './static.js';
import { registerFastLane } from './fast-lane.js';
import { validate } from './validation.js';

export interface ServerDeps {
  useCases: UseCases;
  actor: Actor;
  /** When set, every request must carry it (see security.ts). */
  token: string | null;
  /** Host header values accepted; read per request, so it may be filled once the port is known. */
  allowedHosts: string[];
  /** The built web app (web/dist), or null to show how to build it. */
  staticDir: string | null;
  now(): string;
  /** Where unexpected errors are written; default stderr. */
  log?: (line: string) => void;
}

/** 10 MB: room for a raw .eml with attachments, not for abuse. */
export const BODY_LIMIT_BYTES = 10 * 1024 * 1024;

async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw invalid(`The request body is not valid JSON (${(e as Error).message}).`);
  }
}

function register(app: Hono, r: AnyRoute, deps: ServerDeps): void {
  app.on(r.method.toUpperCase(), r.path, async (c) => {
    const params = r.params ? validate(r.params, c.req.param(), 'path') : undefined;
    const query = r.query ? validate(r.query, c.req.query(), 'query') : undefined;
    const body = r.body ? validate(r.body, await readJson(c), 'body') : undefined;
    const header = (name: string): string | undefined => requestHeader(c, name);
    const result = await r.handle({ params, query, body, useCases: deps.useCases, actor: deps.actor, now: () => deps.now(), header });
    if (result instanceof Response) return result;
    return jsonResponse(result, r.status ?? 200);
  });
}

/** Only requests that may carry a body are measured; a GET never builds the body stream. */
function limitBodies(): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: BODY_LIMIT_BYTES,
    onError: () => {
      throw new HttpProblem('payload_too_large', 'That is more than 10 MB; send a smaller message or file.');
    },
  });
  return (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limit(c, next));
}

export function createServer(deps: ServerDeps): Hono {
  const log = deps.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const app = new Hono();

  app.use('*', securityHeaders(carriesSecurityHeaders));
  app.use('*', guard({ allowedHosts: deps.allowedHosts, token: deps.token, ownSecretPrefixes: [CALENDAR_PREFIX] }));
  app.use('/api/*', limitBodies());

  for (const r of ROUTES) register(app, r, deps);

  app.all('/api/*', (c) => {
    throw new HttpProblem('route_not_found', `No endpoint ${c.req.method} ${c.req.path}; the list is at /api/docs.`);
  });
  app.get(`${CALENDAR_PREFIX}:file`, calendarFeedHandler(deps));
  app.get('*', staticHandler(deps.staticDir));
  app.notFound((c) => c.json(errorAnswer(new HttpProblem('route_not_found', `Nothing at ${c.req.method} ${c.req.path}.`)).body, 404));

  app.onError((e, c) => {
    const a = errorAnswer(e);
    if (a.unexpected) log(`[${deps.now()}] ${c.req.method} ${c.req.path} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    if (a.body.error.code === 'unauthorized') c.header('WWW-Authenticate', 'Bearer realm="rebound"');
    return c.json(a.body, a.status);
  });
  registerFastLane(app, deps);
  return app;
}
