// Answers built with every header they need up front. A header object given whole to the
// Response is the cheap path of @hono/node-server (no Headers instance, no copy); the security
// middleware then leaves these answers alone instead of setting its headers one by one.
import { API_SECURITY_HEADERS } from './security.js';

const ready = new WeakSet<Response>();

/** True for answers made here: they already carry the security headers. */
export const carriesSecurityHeaders = (res: Response): boolean => ready.has(res);

/** Every header of an API answer: its security headers, `no-store` unless `extra` says otherwise, then `extra`. */
export const apiHeaders = (extra: Readonly<Record<string, string>>): Readonly<Record<string, string>> =>
  Object.freeze({ ...API_SECURITY_HEADERS, 'Cache-Control': 'no-store', ...extra });

/** An API answer with headers made by apiHeaders (kept and reused: they are not copied). */
export function apiResponse(body: string | Uint8Array | null, status: number, headers: Readonly<Record<string, string>>): Response {
  const res = new Response(body, { status, headers });
  ready.add(res);
  return res;
}

const JSON_HEADERS = apiHeaders({ 'Content-Type': 'application/json' });

/** A JSON answer of the API. */
export function jsonResponse(value: unknown, status: number): Response {
  const res = new Response(JSON.stringify(value), { status, headers: JSON_HEADERS });
  ready.add(res);
  return res;
}
