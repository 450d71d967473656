// Builds the OpenAPI 3.1 document from the route list: paths from the routes, JSON Schemas from
// their zod contracts (z.toJSONSchema), named models hoisted into components/schemas.
import { z } from 'zod';
import { STATUS_BY_CODE, type ApiErrorCode } from '../errors.js';
import type { AnyRoute } from '../route.js';
import { ErrorBody, modelId } from './models.js';

type JsonSchema = Record<string, unknown>;

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: Array<{ url: string }>;
  tags: Array<{ name: string }>;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, JsonSchema> };
}

export interface Operation {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  parameters?: Array<{ name: string; in: 'path' | 'query'; required: boolean; description?: string; schema: JsonSchema }>;
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
  security: Array<Record<string, string[]>>;
}

const REF_PREFIX = '#/components/schemas/';

/** Converts a zod schema, moving every named model it uses into `components`. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output', components: Record<string, JsonSchema>): JsonSchema {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  const { $schema: _drop, $defs, ...rest } = out;
  for (const [name, def] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) {
    components[name] ??= rewriteRefs(def) as JsonSchema;
  }
  // A named model at the top level is referenced too, rather than copied into each operation.
  const topId = modelId(schema);
  if (topId) {
    components[topId] ??= rewriteRefs(rest) as JsonSchema;
    return { $ref: `${REF_PREFIX}${topId}` };
  }
  return rewriteRefs(rest) as JsonSchema;
}

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === '$ref' && typeof v === 'string' ? v.replace(/^#\/\$defs\//, REF_PREFIX) : rewriteRefs(v),
      ]),
    );
  }
  return value;
}

/** /api/applications/:id -> /api/applications/{id} */
export const openApiPath = (path: string): string => path.replace(/:([A-Za-z_]\w*)/g, '{$1}');

export function operationId(r: AnyRoute): string {
  const words = r.path
    .replace(/^\/api\//, '')
    .split(/[/.]/)
    .filter(Boolean)
    .map((w) => (w.startsWith(':') ? `by-${w.slice(1)}` : w))
    .map((w) => w.replace(/(^|[-_])(\w)/g, (_m, _s: string, c: string) => c.toUpperCase()));
  return `${r.method}${words.join('')}`;
}

function objectShape(schema: z.ZodType | undefined): Record<string, z.ZodType> {
  if (!schema || !(schema instanceof z.ZodObject)) return {};
  return schema.shape;
}

const WRITES = new Set(['post', 'put', 'patch', 'delete']);

/** The error codes a route can answer with: its own, and the ones every route shares. */
export function routeErrors(r: AnyRoute): ApiErrorCode[] {
  const codes = new Set<ApiErrorCode>(r.errors ?? []);
  if (r.params || r.query || r.body) codes.add('invalid_input');
  if (r.body) codes.add('payload_too_large');
  codes.add('unauthorized');
  codes.add('forbidden_host');
  if (WRITES.has(r.method)) codes.add('forbidden_origin');
  codes.add('store_error');
  codes.add('internal');
  return [...codes];
}

function operation(r: AnyRoute, components: Record<string, JsonSchema>): Operation {
  const parameters: NonNullable<Operation['parameters']> = [];
  for (const [where, schema] of [['path', r.params], ['query', r.query]] as const) {
    for (const [name, field] of Object.entries(objectShape(schema))) {
      const s = jsonSchema(field, 'input', components);
      const { description, ...fieldSchema } = s;
      parameters.push({
        name,
        in: where,
        required: where === 'path',
        ...(typeof description === 'string' && { description }),
        schema: fieldSchema,
      });
    }
  }
  const responses: Operation['responses'] = {};
  const okStatus = String(r.status ?? 200);
  responses[okStatus] =
    r.response instanceof z.ZodType
      ? { description: r.summary, content: { 'application/json': { schema: jsonSchema(r.response, 'output', components) } } }
      : { description: r.response.description, content: { [r.response.contentType]: { schema: { type: 'string' } } } };
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of routeErrors(r)) {
    const status = STATUS_BY_CODE[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: codes.map((c) => `\`${c}\``).join(', '),
      content: { 'application/json': { schema: { $ref: `${REF_PREFIX}Error` } } },
    };
  }
  return {
    operationId: operationId(r),
    tags: [r.tag],
    summary: r.summary,
    ...(r.description && { description: r.description }),
    ...(parameters.length > 0 && { parameters }),
    ...(r.body && {
      requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body, 'input', components) } } },
    }),
    responses,
    // The token is needed only when the server was started with one (`--token`).
    security: [{}, { bearerAuth: [] }],
  };
}

const DESCRIPTION = [
  'The HTTP API of Rebound, served by `rebound serve` on this computer. JSON in and out (camelCase).',
  '',
  'Errors are always `{"error": {"code", "message"}}` with a stable `code`; the message is one line for a person.',
  '',
  'Security: the server binds 127.0.0.1 by default. Every request\'s `Host` must be the bound address or `localhost`; writes (POST, PUT, PATCH, DELETE) that carry an `Origin` must come from the app\'s own origin. When the server was started with `--token`, send `Authorization: Bearer TOKEN` (a browser opening `/?token=TOKEN` gets an HttpOnly cookie instead).',
  '',
  'Email content is returned as plain text fields only (`Rejection.emailText`, `JobEmail.body`), never as HTML: show it as text.',
].join('\n');

export function buildOpenApiDocument(routes: readonly AnyRoute[]): OpenApiDocument {
  const components: Record<string, JsonSchema> = {};
  const paths: OpenApiDocument['paths'] = {};
  const tags: string[] = [];
  for (const r of routes) {
    const p = openApiPath(r.path);
    paths[p] ??= {};
    paths[p][r.method] = operation(r, components);
    if (!tags.includes(r.tag)) tags.push(r.tag);
  }
  // Every error answer refers to the Error model.
  jsonSchema(ErrorBody, 'output', components);
  return {
    openapi: '3.1.0',
    info: { title: 'Rebound HTTP API', version: '1.0.0', description: DESCRIPTION },
    servers: [{ url: '/' }],
    tags: tags.map((name) => ({ name })),
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))),
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'Only when the server was started with a token.' } },
    },
  };
}
