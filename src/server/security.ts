// Safe by default: the server answers only to its own host names (no DNS rebinding), takes
// writes only from its own pages (no cross-site forms), asks for a token when started with one,
// and sends a strict Content-Security-Policy with every answer.
import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { HttpProblem } from './errors.js';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The same protections for API answers: JSON is never a page, so nothing may load from it or
 * frame it, and the document-only headers are left out (every header is parsed by every client).
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
};

export const TOKEN_COOKIE = 'rebound_token';

/**
 * A request header, read from Node's own parsed headers when the server runs on a socket
 * (building a Fetch Headers object for every request is a measurable part of a small answer),
 * else from the Fetch request (tests call the app in-process).
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming?.headers) {
    const v = incoming.headers[name.toLowerCase()];
    return Array.isArray(v) ? v.join(', ') : v;
  }
  return c.req.header(name);
}

/**
 * Headers on every answer, errors included; API answers are private and not cached unless
 * they say otherwise. Answers built by respond.ts carry API_SECURITY_HEADERS already.
 */
export function securityHeaders(alreadySet: (res: Response) => boolean): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (alreadySet(c.res)) return;
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
    if (c.req.path.startsWith('/api/') && !c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  };
}

/** The Host of the request as the client sent it (the URL's host when there is no header). */
function requestHost(c: Context): string {
  // c.req.url is built on demand, and nearly every request has a Host header.
  return (requestHeader(c, 'host') ?? new URL(c.req.url).host).trim().toLowerCase();
}

/** True for addresses that never leave this computer. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** `host:port` as it appears in a Host header (IPv6 in brackets). */
export const hostWithPort = (host: string, port: number): string =>
  `${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`;

/** The Host values a server bound to `host:port` answers to. */
export function allowedHostsFor(host: string, port: number): string[] {
  const names = [host, 'localhost', '127.0.0.1', '::1'];
  const hosts = names.map((n) => hostWithPort(n, port).toLowerCase());
  // Browsers leave the port out of Host when it is the scheme's default.
  if (port === 80) hosts.push(...names.map((n) => (n.includes(':') ? `[${n}]` : n)));
  return [...new Set(hosts)];
}

/**
 * Refuses requests whose Host is not one of ours: a page on another site that re-points its
 * own name at 127.0.0.1 (DNS rebinding) still sends its own name. `allowed` is read on every
 * request, so a caller may fill it in once the port is known.
 */
function checkHost(c: Context, allowed: readonly string[]): void {
  const host = requestHost(c);
  if (!allowed.includes(host)) {
    throw new HttpProblem('forbidden_host', `This server does not answer to "${host}". Open it at its own address, as printed by rebound serve.`);
  }
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Writes carrying an Origin must come from our own origin. Browsers always send Origin on
 * cross-site writes, so a form or script on another site cannot change anything here.
 */
function checkOrigin(c: Context): void {
  if (!WRITES.has(c.req.method)) return;
  const origin = requestHeader(c, 'origin');
  const own = `${new URL(c.req.url).protocol}//${requestHost(c)}`;
  if (origin !== undefined && origin.toLowerCase() !== own) {
    throw new HttpProblem('forbidden_origin', 'Changes are accepted only from Rebound\'s own pages.');
  }
  // Defence in depth for clients that send Fetch Metadata but, oddly, no Origin.
  if (origin === undefined && c.req.header('sec-fetch-site') === 'cross-site') {
    throw new HttpProblem('forbidden_origin', 'Changes are accepted only from Rebound\'s own pages.');
  }
}

// Comparing digests of equal length keeps the comparison constant-time whatever was sent.
const digest = (s: string): Buffer => crypto.createHash('sha256').update(s, 'utf8').digest();
const sameSecret = (given: string, token: string): boolean => crypto.timingSafeEqual(digest(given), digest(token));

function bearer(header: string | undefined): string | undefined {
  const m = header ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null;
  return m?.[1];
}

/**
 * With a token, every request must carry it: `Authorization: Bearer …` for scripts, or the
 * HttpOnly cookie a browser gets by opening a page once with `?token=…` (the token is then taken
 * out of the address bar by a redirect, so it does not linger in history). Paths under
 * `ownSecretPrefixes` check their own secret instead. Returns that redirect, if it is one.
 */
function checkToken(c: Context, token: string | null, ownSecretPrefixes: readonly string[]): Response | undefined {
  if (token === null) return undefined;
  // Addresses that carry their own secret (the calendar feed) answer without the token.
  if (ownSecretPrefixes.some((p) => c.req.path.startsWith(p))) return undefined;
  const fromQuery = c.req.query('token');
  const isPage = (c.req.method === 'GET' || c.req.method === 'HEAD') && !c.req.path.startsWith('/api/');
  if (fromQuery !== undefined && isPage && sameSecret(fromQuery, token)) {
    setCookie(c, TOKEN_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/' });
    const url = new URL(c.req.url);
    url.searchParams.delete('token');
    return c.redirect(`${url.pathname}${url.search}`, 303);
  }
  const given = bearer(c.req.header('authorization')) ?? getCookie(c, TOKEN_COOKIE);
  if (given === undefined || !sameSecret(given, token)) {
    throw new HttpProblem(
      'unauthorized',
      given === undefined
        ? 'This Rebound server needs its access token: open the link rebound serve printed, or send Authorization: Bearer TOKEN.'
        : 'That access token is not the one this server was started with.',
    );
  }
  return undefined;
}

/**
 * Every request's checks, in order: the Host (before the token, so a rebinding page learns
 * nothing), the Origin of writes, then the token. One synchronous step, not three: this runs
 * before every answer (npm run bench:api).
 */
export function guard(o: { allowedHosts: readonly string[]; token: string | null; ownSecretPrefixes?: readonly string[] }): MiddlewareHandler {
  const prefixes = o.ownSecretPrefixes ?? [];
  return (c, next) => {
    checkHost(c, o.allowedHosts);
    checkOrigin(c);
    const redirect = checkToken(c, o.token, prefixes);
    return redirect ? Promise.resolve(redirect) : next();
  };
}
