// The HTTP face's public surface, for `rebound serve`, tests and the benchmark.
export { createServer, BODY_LIMIT_BYTES, type ServerDeps } from './app.js';
export { listen, type Listening } from './listen.js';
export { allowedHostsFor, API_SECURITY_HEADERS, hostWithPort, isLoopback, SECURITY_HEADERS, TOKEN_COOKIE } from './security.js';
export { defaultStaticDir } from './static.js';
export { ROUTES } from './routes/index.js';
export { buildOpenApiDocument, openApiPath, type OpenApiDocument } from './openapi/document.js';
export { STATUS_BY_CODE, type ApiErrorCode } from './errors.js';
