// One route = one declaration: method, path, zod contracts, answer, and a thin handler. The same
// list registers the Hono routes and writes the OpenAPI document, so the two cannot drift.
import type { z } from 'zod';
import type { UseCases } from '../app/index.js';
import type { Actor } from '../core/types.js';
import type { ApiErrorCode } from './errors.js';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** A JSON answer described by a zod schema, or a download described in words. */
export type ResponseDoc = z.ZodType | { contentType: string; description: string };

export interface HandlerInput<P, Q, B> {
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  useCases: UseCases;
  actor: Actor;
  /** The server's clock (fixed by REBOUND_NOW). */
  now: () => string;
  /** A request header by name (any case), for the few routes that negotiate (ETag, gzip). */
  header: (name: string) => string | undefined;
}

export interface RouteDef<P, Q, B> {
  method: Method;
  /** Hono syntax: /api/applications/:id */
  path: string;
  /** Groups routes in the reference page. */
  tag: string;
  summary: string;
  description?: string;
  params?: P;
  query?: Q;
  body?: B;
  /** The success status; 200 unless the route creates something. */
  status?: 200 | 201;
  response: ResponseDoc;
  /** Error codes this route can answer with besides the ones every route can. */
  errors?: readonly ApiErrorCode[];
  /** Returns data to send as JSON, or a ready Response (downloads). */
  handle(input: HandlerInput<P, Q, B>): Promise<unknown>;
}

export type AnyRoute = RouteDef<z.ZodType | undefined, z.ZodType | undefined, z.ZodType | undefined>;

/** Declares a route with its handler typed by its schemas. */
export function route<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(def: RouteDef<P, Q, B>): AnyRoute {
  // Erasing the schema types lets one list hold routes of every shape; registration parses each
  // input with the route's own schemas before the handler sees it.
  return def;
}
